//! What README.md's Rust examples print. rustdoc runs the blocks (src/lib.rs includes the
//! README) but does not look at their output, which the README shows in comments:
//! `println!("{code}"); // 410001002 ...` after `let code = Code::new(410001002);`. Each such
//! line is printed here with the same format and compared.

use std::collections::HashMap;

use zego_codes::Code;

fn rust_blocks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut open: Option<String> = None;
    for line in text.lines() {
        match (line.strip_prefix("```"), open.take()) {
            (Some(_), Some(block)) => out.push(block),
            (Some(info), None) if info.split([' ', ',']).next() == Some("rust") => open = Some(String::new()),
            (Some(_), None) => open = Some("\u{0}".into()), // not Rust: kept apart, dropped below
            (None, Some(mut block)) => {
                block.push_str(line);
                block.push('\n');
                open = Some(block);
            }
            (None, None) => {}
        }
    }
    out.retain(|b| !b.starts_with('\u{0}'));
    out
}

/// A `println!("{var:format}"); // shown` line.
#[derive(Debug, PartialEq)]
struct Printed {
    var: String,
    format: String,
    shown: String,
}

/// Each `println!` line that shows its output, with the codes the block binds by
/// `let var = Code::new(N);`.
fn printed(block: &str) -> (Vec<Printed>, HashMap<String, u32>) {
    let mut lines = Vec::new();
    let mut codes = HashMap::new();
    for line in block.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("let ") {
            if let Some((var, value)) = rest.split_once(" = Code::new(") {
                if let Some((n, _)) = value.split_once(')') {
                    codes.insert(var.to_owned(), n.parse().expect("a code"));
                }
            }
        }
        let Some(rest) = line.strip_prefix("println!(\"{") else {
            continue;
        };
        let Some((spec, rest)) = rest.split_once("}\");") else {
            continue;
        };
        let Some((_, shown)) = rest.split_once("//") else {
            continue;
        };
        let (var, format) = spec.split_once(':').unwrap_or((spec, ""));
        lines.push(Printed {
            var: var.to_owned(),
            format: format.to_owned(),
            shown: shown.trim().to_owned(),
        });
    }
    (lines, codes)
}

#[test]
fn the_readme_shows_what_its_examples_print() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut checked = 0;
    for block in rust_blocks(&readme) {
        let (lines, codes) = printed(&block);
        for Printed { var, format, shown } in lines {
            let code = Code::new(
                *codes
                    .get(&var)
                    .unwrap_or_else(|| panic!("README: {var} is no `Code::new` of its block")),
            );
            let actual = match format.as_str() {
                "" => format!("{code}"),
                "#" => format!("{code:#}"),
                other => {
                    panic!("README: println!(\"{{{var}:{other}}}\") is a format this test does not know")
                }
            };
            assert_eq!(
                actual, shown,
                "README.md: println!(\"{{{var}:{format}}}\") prints"
            );
            checked += 1;
        }
    }
    assert!(
        checked > 0,
        "no println! with its output in README.md's Rust blocks"
    );
}

#[test]
fn the_reader() {
    let md = "```rust\nlet c = Code::new(7); // x\nprintln!(\"{c:#}\"); // shown\n```\n```text\nprintln!(\"{c}\"); // no\n```\n";
    let blocks = rust_blocks(md);
    assert_eq!(blocks.len(), 1);
    let (lines, codes) = printed(&blocks[0]);
    assert_eq!(
        lines,
        [Printed {
            var: "c".to_owned(),
            format: "#".to_owned(),
            shown: "shown".to_owned(),
        }]
    );
    assert_eq!(codes["c"], 7);
}
