//! The lookup against the golden files in tests/golden/, which `python -m zego_codes` is
//! checked against too (python/tests/test_golden.py): one expected output for both command
//! lines. `ZEGO_CODES_BLESS=1` rewrites the files from this tool instead of comparing.
//!
//! ZEGO's texts stand in the files as placeholders (`{{return 410001002 message_en}}`),
//! filled from the catalog, so a catalog update that rewords a text needs no edit here: the
//! files pin the layout, and xtask's conformance test pins the texts to ZEGO's pages.

#[path = "support/json.rs"]
mod json;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use zego_codes::{CatalogCode, Code, EventCode, Lang};

const BIN: &str = env!("CARGO_BIN_EXE_zego-codes");

/// One golden file: the invocation, then what it must print.
struct Case {
    args: Vec<String>,
    env: Vec<(String, String)>,
    status: String,
    stdout: String,
    stderr: String,
}

impl Case {
    fn parse(path: &Path) -> Case {
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (head, outputs) = text
            .split_once("--- stdout\n")
            .unwrap_or_else(|| panic!("{}: no `--- stdout` line", path.display()));
        let (stdout, stderr) = outputs
            .split_once("--- stderr\n")
            .unwrap_or_else(|| panic!("{}: no `--- stderr` line", path.display()));
        let field = |name: &str| {
            head.lines()
                .find_map(|l| l.strip_prefix(name)?.strip_prefix(": ").or(Some("")))
                .map(str::trim)
        };
        let words = |s: Option<&str>| -> Vec<String> {
            s.unwrap_or("").split_whitespace().map(str::to_owned).collect()
        };
        Case {
            args: words(field("args")),
            env: words(field("env"))
                .iter()
                .map(|kv| {
                    let (k, v) = kv.split_once('=').expect("env entries are NAME=VALUE");
                    (k.to_owned(), v.to_owned())
                })
                .collect(),
            status: field("status").unwrap_or("").to_owned(),
            stdout: stdout.to_owned(),
            stderr: stderr.to_owned(),
        }
    }

    fn render(&self) -> String {
        let mut text = format!("args: {}\n", self.args.join(" "));
        if !self.env.is_empty() {
            let env: Vec<String> = self.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
            text.push_str(&format!("env: {}\n", env.join(" ")));
        }
        text.push_str(&format!(
            "status: {}\n--- stdout\n{}--- stderr\n{}",
            self.status, self.stdout, self.stderr
        ));
        text
    }
}

/// The four texts of a known code that ZEGO publishes, as placeholder field names.
const FIELDS: [(&str, bool, Lang); 4] = [
    ("message_zh", true, Lang::Zh),
    ("suggestion_zh", false, Lang::Zh),
    ("message_en", true, Lang::En),
    ("suggestion_en", false, Lang::En),
];

/// The text a placeholder names: `FAMILY CODE FIELD`, optionally followed by `json` for the
/// text escaped as inside a JSON string.
fn placeholder_text(spec: &str) -> Result<String, String> {
    let words: Vec<&str> = spec.split_whitespace().collect();
    let (family, code, field, json) = match words[..] {
        [f, c, x] => (f, c, x, false),
        [f, c, x, "json"] => (f, c, x, true),
        _ => return Err(format!("placeholder {{{{{spec}}}}}: FAMILY CODE FIELD [json]")),
    };
    let code: u32 = code.parse().map_err(|_| format!("{{{{{spec}}}}}: bad code"))?;
    let &(_, is_message, lang) = FIELDS
        .iter()
        .find(|(name, ..)| *name == field)
        .ok_or_else(|| format!("{{{{{spec}}}}}: unknown field {field}"))?;
    let text = match family {
        "return" => known_text(Code::new(code), is_message, lang),
        "event" => known_text(EventCode::new(code), is_message, lang),
        _ => return Err(format!("{{{{{spec}}}}}: family is return or event")),
    }
    .ok_or_else(|| format!("{{{{{spec}}}}}: not a known code"))?;
    Ok(if json { json::escape(&text) } else { text })
}

fn known_text<C: CatalogCode>(code: C, is_message: bool, lang: Lang) -> Option<String> {
    let info = code.info()?;
    let text = if is_message {
        info.message(lang)
    } else {
        info.suggestion(lang)
    };
    Some(text.as_str().to_owned())
}

/// A golden file with every placeholder replaced by the catalog's text.
fn expand(template: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let end = rest[start..].find("}}").ok_or("unclosed {{")? + start;
        out.push_str(&rest[..start]);
        out.push_str(&placeholder_text(&rest[start + 2..end])?);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The reverse of [`expand`] for blessing: the texts of the codes a case asks for become
/// placeholders again (longest first, so no text is cut inside a longer one). Review the diff.
fn to_template(rendered: &str, args: &[String]) -> String {
    let family = if args.iter().any(|a| a == "event") {
        "event"
    } else {
        "return"
    };
    let mut texts: Vec<(String, String)> = Vec::new();
    for arg in args {
        let code = arg.parse::<u32>().ok().or_else(|| match family {
            "event" => EventCode::from_name(arg).map(|c| c.get()),
            _ => Code::from_name(arg).map(|c| c.get()),
        });
        for (field, ..) in FIELDS {
            let Some(code) = code else { continue };
            let spec = format!("{family} {code} {field}");
            if let Ok(text) = placeholder_text(&spec) {
                if !text.is_empty() {
                    texts.push((json::escape(&text), format!("{{{{{spec} json}}}}")));
                    texts.push((text, format!("{{{{{spec}}}}}")));
                }
            }
        }
    }
    texts.sort_by_key(|(text, _)| std::cmp::Reverse(text.len()));
    let mut out = String::new();
    for line in rendered.split_inclusive('\n') {
        let json = line.starts_with('{');
        let mut line = line.to_owned();
        for (text, placeholder) in &texts {
            if placeholder.ends_with(" json}}") == json {
                line = line.replace(text.as_str(), placeholder);
            }
        }
        out.push_str(&line);
    }
    out
}

fn golden_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn lookup_prints_the_golden_output() {
    let bless = std::env::var_os("ZEGO_CODES_BLESS").is_some();
    let files = golden_files();
    assert!(!files.is_empty(), "no golden files");
    let mut failures = Vec::new();
    for path in files {
        let case = Case::parse(&path);
        let out = Command::new(BIN)
            .args(&case.args)
            .env_clear()
            .envs(case.env.iter().map(|(k, v)| (k, v)))
            .output()
            .expect("run zego-codes");
        let actual = Case {
            status: out.status.code().expect("exited").to_string(),
            stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
            stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
            ..case
        };
        let template = fs::read_to_string(&path).unwrap();
        let expected = expand(&template).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let actual_text = actual.render();
        if bless {
            fs::write(&path, to_template(&actual_text, &actual.args)).unwrap();
        } else if expected != actual_text {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual_text}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
