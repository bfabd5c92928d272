//! The lookup against the golden files in tests/golden/, which `python -m zego_codes` is
//! checked against too (python/tests/test_golden.py): one expected output for both command
//! lines. `ZEGO_CODES_BLESS=1` rewrites the files from this tool instead of comparing.
//!
//! ZEGO's texts and each code's `since` stand in the files as placeholders
//! (`{{return 410001002 message_en}}`), filled from the catalog, so a catalog update needs no
//! edit here: the files pin the layout, and xtask's conformance test pins the catalog to
//! ZEGO's pages.

#[path = "support/json.rs"]
mod json;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use zego_codes::{CatalogCode, Code, EventCode, Family, Lang, Product, ProductCode};

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

/// What the catalog says of a known code that a placeholder may name: ZEGO's four texts and
/// the revision that first lists the code (a page's date, which a test must not copy); for a
/// product's entry also ZEGO's causes.
const FIELDS: [&str; 7] = [
    "message_zh",
    "suggestion_zh",
    "message_en",
    "suggestion_en",
    "since",
    "cause_zh",
    "cause_en",
];

/// Whose entry a placeholder names: AI Agent's catalog as before products (`return 410001002
/// ...`), or a product's, with its section where it has sections (`rtc/media_files return
/// 41003 ...`, `asr return 410001002 ...`).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Owner {
    Aiagent,
    Product(String),
}

impl Owner {
    fn prefix(&self) -> String {
        match self {
            Owner::Aiagent => String::new(),
            Owner::Product(p) => format!("{p} "),
        }
    }
}

/// The text a placeholder names: `[PRODUCT[/SECTION]] FAMILY CODE FIELD`, optionally followed
/// by `json` for the text escaped as inside a JSON string; or `product ids`.
fn placeholder_text(spec: &str) -> Result<String, String> {
    // Every product's id, in the registry's order: a product added to the data needs no edit
    // of a golden file that lists them.
    if spec == "product ids" {
        return Ok(Product::ALL.iter().map(|p| p.id()).collect::<Vec<_>>().join(", "));
    }
    let mut words: Vec<&str> = spec.split_whitespace().collect();
    let owner = match words.first() {
        Some(&("return" | "event")) => None,
        Some(_) => Some(words.remove(0)),
        None => return Err("empty placeholder".to_owned()),
    };
    let (family, code, field, json) = match words[..] {
        [f, c, x] => (f, c, x, false),
        [f, c, x, "json"] => (f, c, x, true),
        _ => {
            return Err(format!(
                "placeholder {{{{{spec}}}}}: [PRODUCT[/SECTION]] FAMILY CODE FIELD [json]"
            ))
        }
    };
    let code: u32 = code.parse().map_err(|_| format!("{{{{{spec}}}}}: bad code"))?;
    if !FIELDS.contains(&field) || (owner.is_none() && field.starts_with("cause")) {
        return Err(format!("{{{{{spec}}}}}: unknown field {field}"));
    }
    let text = match (owner, family) {
        (None, "return") => known_field(Code::new(code), field),
        (None, "event") => known_field(EventCode::new(code), field),
        (Some(owner), "return" | "event") => {
            let family = if family == "event" {
                Family::Event
            } else {
                Family::Return
            };
            product_field(owner, family, code, field)
        }
        _ => return Err(format!("{{{{{spec}}}}}: family is return or event")),
    }
    .ok_or_else(|| format!("{{{{{spec}}}}}: not a known code"))?;
    Ok(if json { json::escape(&text) } else { text })
}

/// One of [`FIELDS`] of a known code.
fn known_field<C: CatalogCode>(code: C, field: &str) -> Option<String> {
    let info = code.info()?;
    let text = match field {
        "message_zh" => info.message(Lang::Zh),
        "suggestion_zh" => info.suggestion(Lang::Zh),
        "message_en" => info.message(Lang::En),
        "suggestion_en" => info.suggestion(Lang::En),
        _ => info.since(),
    };
    Some(text.as_str().to_owned())
}

/// One of [`FIELDS`] of the entry `owner` (`product` or `product/section`) gives `code`, when
/// exactly one answers.
fn product_field(owner: &str, family: Family, code: u32, field: &str) -> Option<String> {
    let (product, section) = match owner.split_once('/') {
        Some((p, s)) => (p, Some(s)),
        None => (owner, None),
    };
    let product = Product::from_id(product)?;
    let lookup = match section {
        Some(s) => product.section(s)?.code(code),
        None => ProductCode::of(product, family, code),
    };
    let m = lookup.info()?;
    let text = match field {
        "message_zh" => m.message(Lang::Zh),
        "suggestion_zh" => m.suggestion(Lang::Zh),
        "message_en" => m.message(Lang::En),
        "suggestion_en" => m.suggestion(Lang::En),
        "cause_zh" => m.cause(Lang::Zh),
        "cause_en" => m.cause(Lang::En),
        _ => m.since(),
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

/// The labels of the detail lines that hold a catalog text, and the field each holds.
const LABELS: [(&str, &str); 8] = [
    ("  说明：", "message_zh"),
    ("  建议：", "suggestion_zh"),
    ("  原因：", "cause_zh"),
    ("  收录：", "since"),
    ("  message:    ", "message_en"),
    ("  suggestion: ", "suggestion_en"),
    ("  cause:      ", "cause_en"),
    ("  since:      ", "since"),
];

/// The reverse of [`expand`] for blessing: in each code's lines of the output (from its
/// header line `CODE  NAME`, or its JSON line, to the next), a labelled line's text, or a JSON
/// key's, becomes its placeholder when it is that code's text for that field. The code's owner
/// is AI Agent's catalog, or the product (and section) its `product:` and `section:` lines
/// (or JSON keys) name. Review the diff.
fn to_template(rendered: &str, args: &[String]) -> String {
    let family = if args.iter().any(|a| a == "event") {
        "event"
    } else {
        "return"
    };
    let mut out = String::new();
    let mut code: Option<&str> = None;
    let mut owner = Owner::Aiagent;
    for line in rendered.split_inclusive('\n') {
        if line.starts_with("--- ") {
            code = None;
        } else if let Some(number) = code_of_line(line) {
            code = Some(number);
            owner = json_owner(line).unwrap_or(Owner::Aiagent);
        } else if let Some(id) = labelled(line, &["  product:    ", "  产品："]) {
            owner = Owner::Product(id.to_owned());
        } else if let Some(id) = labelled(line, &["  section:    ", "  章节："]) {
            if let Owner::Product(p) = &owner {
                owner = Owner::Product(format!("{}/{id}", p.split('/').next().unwrap_or(p)));
            }
        }
        let Some(code) = code else {
            out.push_str(line);
            continue;
        };
        let spec = |field: &str| format!("{}{family} {code} {field}", owner.prefix());
        let value = |field: &str, json: bool| {
            let suffix = if json { " json" } else { "" };
            placeholder_text(&format!("{}{suffix}", spec(field)))
                .ok()
                .filter(|v| !v.is_empty())
        };
        let mut line = line.to_owned();
        if line.starts_with('{') {
            for field in FIELDS {
                if let Some(v) = value(field, true) {
                    let key = if field == "since" { "since" } else { field };
                    line = line.replace(
                        &format!("\"{key}\":\"{v}\""),
                        &format!("\"{key}\":\"{{{{{} json}}}}\"", spec(field)),
                    );
                }
            }
        } else if let Some((label, field)) = LABELS.iter().find(|(l, _)| line.starts_with(l)) {
            let text = line[label.len()..].trim_end_matches('\n');
            if value(field, false).as_deref() == Some(text) {
                line = format!("{label}{{{{{}}}}}\n", spec(field));
            }
        }
        out.push_str(&line);
    }
    out
}

/// The id after one of `labels` at the start of `line`, up to ` — `.
fn labelled<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    let rest = labels.iter().find_map(|l| line.strip_prefix(l))?;
    rest.split_once(" — ").map(|(id, _)| id)
}

/// The owner a JSON line names with its `product` and `section` keys.
fn json_owner(line: &str) -> Option<Owner> {
    let product = json_string(line, "product")?;
    Some(Owner::Product(match json_string(line, "section") {
        Some(section) => format!("{product}/{section}"),
        None => product.to_owned(),
    }))
}

/// The value of the string key `key` of a JSON line, if it is a string.
fn json_string<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let start = line.find(&format!("\"{key}\":\""))? + key.len() + 4;
    line[start..].split('"').next()
}

/// The code a line of lookup output starts: `410001002  NAME`, `event 1201  NAME`, or a JSON
/// object `{"code":2204,...`.
fn code_of_line(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("{\"code\":")
        .or_else(|| line.strip_prefix("event "))
        .unwrap_or(line);
    let digits = &rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())];
    let after = &rest[digits.len()..];
    (!digits.is_empty() && (after.starts_with("  ") || after.starts_with(','))).then_some(digits)
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
