//! The lookup against the golden files in tests/golden/, which `python -m zego_codes` is
//! checked against too (python/tests/test_golden.py): one expected output for both command
//! lines. `ZEGO_CODES_BLESS=1` rewrites the files from this tool instead of comparing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

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
        let (expected, actual) = (fs::read_to_string(&path).unwrap(), actual.render());
        if bless {
            fs::write(&path, &actual).unwrap();
        } else if expected != actual {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
