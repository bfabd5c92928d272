//! The command examples of cli/README.md and the root README.md, run.
//!
//! - In an `sh` block, every line that runs `zego-codes` (alone, or at the end of a pipe) is
//!   run with an empty standard input: it must not be a usage error (exit status 2). A FILE it
//!   names (`app.log`) exists, empty, in the folder it runs in.
//! - A block (`sh` or `text`) whose first line is `$ zego-codes ARGS` is a transcript: the
//!   command must print exactly the rest of the block. For `explain FILE`, the FILE holds the
//!   block's lines with their annotations removed (what a log held before explain).
//!
//! The environment is empty but for what a line sets, so the language is Chinese unless the
//! command says `--lang en`, as a reader without a locale would see it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_zego-codes");

/// The documents whose examples are run.
const DOCUMENTS: [&str; 2] = ["cli/README.md", "README.md"];

struct Block {
    lang: String,
    /// 1-based line of the opening fence.
    line: usize,
    lines: Vec<String>,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        let fence = line.trim_start().strip_prefix("```");
        match (fence, open.take()) {
            (Some(_), Some(block)) => out.push(block),
            (Some(lang), None) => {
                open = Some(Block {
                    lang: lang.trim().to_owned(),
                    line: i + 1,
                    lines: Vec::new(),
                })
            }
            (None, Some(mut block)) => {
                block.lines.push(line.to_owned());
                open = Some(block);
            }
            (None, None) => {}
        }
    }
    out
}

/// The words of a command line: blanks split, single and double quotes group; a `#` at the
/// start of a word starts a comment.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, '#') if !in_word => break,
            (None, c) if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        out.push(word);
    }
    out
}

/// The arguments of the `zego-codes` command a line of an `sh` block runs, if it runs one.
fn command(line: &str) -> Option<Vec<String>> {
    let last = line.rsplit('|').next()?.trim();
    let args = words(last);
    match args.split_first() {
        Some((bin, rest)) if bin == "zego-codes" => Some(rest.to_vec()),
        _ => None,
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zego-codes-readme-{}-{name}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_in(dir: &Path, args: &[String]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_clear()
        .stdin(Stdio::null())
        .output()
        .expect("run zego-codes")
}

/// A line of explain's output with its annotations removed.
fn unannotated(line: &str) -> &str {
    line.find("  # ").map_or(line, |i| &line[..i])
}

#[test]
fn readme_commands_run() {
    let dir = scratch("commands");
    fs::write(dir.join("app.log"), "").unwrap();
    let mut ran = 0;
    let mut failures = Vec::new();
    for doc in DOCUMENTS {
        let text = fs::read_to_string(root().join(doc)).unwrap_or_else(|e| panic!("{doc}: {e}"));
        for block in blocks(&text).iter().filter(|b| b.lang == "sh") {
            if block.lines.first().is_some_and(|l| l.starts_with("$ ")) {
                continue;
            }
            for (i, line) in block.lines.iter().enumerate() {
                let Some(args) = command(line) else { continue };
                let o = run_in(&dir, &args);
                ran += 1;
                if o.status.code() == Some(2) || o.status.code().is_none() {
                    failures.push(format!(
                        "{doc}:{}: zego-codes {}: {}",
                        block.line + 1 + i,
                        args.join(" "),
                        String::from_utf8_lossy(&o.stderr)
                    ));
                }
            }
        }
    }
    fs::remove_dir_all(&dir).unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran >= 10, "only {ran} commands found: is the parsing broken?");
}

#[test]
fn readme_transcripts_are_what_the_command_prints() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for doc in DOCUMENTS {
        let text = fs::read_to_string(root().join(doc)).unwrap_or_else(|e| panic!("{doc}: {e}"));
        for block in blocks(&text) {
            let Some(first) = block.lines.first() else {
                continue;
            };
            let Some(args) = first.strip_prefix("$ ").and_then(command) else {
                continue;
            };
            let expected: String = block.lines[1..].iter().map(|l| format!("{l}\n")).collect();
            let dir = scratch(&format!("transcript-{checked}"));
            // explain's FILE arguments hold the log the transcript shows.
            if args.first().map(String::as_str) == Some("explain") {
                let log: String = block.lines[1..]
                    .iter()
                    .map(|l| format!("{}\n", unannotated(l)))
                    .collect();
                for file in args[1..].iter().filter(|a| !a.starts_with('-')) {
                    fs::write(dir.join(file), &log).unwrap();
                }
            }
            let o = run_in(&dir, &args);
            fs::remove_dir_all(&dir).unwrap();
            checked += 1;
            let actual = String::from_utf8_lossy(&o.stdout);
            if actual != expected {
                failures.push(format!(
                    "{doc}:{}: `{first}` prints:\n{actual}--- the document shows:\n{expected}",
                    block.line
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        checked >= 4,
        "only {checked} transcripts found: is the parsing broken?"
    );
}

#[test]
fn the_parsers() {
    assert_eq!(
        words(r#"zego-codes search "a b" 'c' # comment"#),
        ["zego-codes", "search", "a b", "c"]
    );
    assert_eq!(
        command("kubectl logs x | zego-codes explain --lang en"),
        Some(vec!["explain".to_owned(), "--lang".to_owned(), "en".to_owned()])
    );
    assert_eq!(command("cargo install --path cli"), None);
    assert_eq!(unannotated("code=1  # 1 X: y"), "code=1");
    let md = "a\n```sh\nx\n```\n```text\n$ y\nz\n```\n";
    let b = blocks(md);
    assert_eq!(b.len(), md.matches("```").count() / 2);
    assert_eq!((b[0].lang.as_str(), b[0].line, b[0].lines.len()), ("sh", 2, 1));
    assert_eq!(b[1].lines, ["$ y", "z"]);
}
