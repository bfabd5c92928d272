//! The documents quote ZEGO's texts as the catalog holds them now (xtask::quotes), and every
//! quote the check reads is one it would refuse once reworded.

use xtask::catalog::repo_root;
use xtask::gen::Catalogs;
use xtask::quotes::{check, check_repo, documents};

#[test]
fn every_document_quotes_the_current_texts() {
    let root = repo_root();
    let catalogs = Catalogs::load(&root).unwrap();
    if let Err(e) = check_repo(&root, &catalogs) {
        panic!("{e}");
    }
}

/// Each quote found in a document, reworded there, makes the check fail: none is read and
/// then ignored.
#[test]
fn every_quote_read_is_one_a_rewording_fails() {
    let root = repo_root();
    let catalogs = Catalogs::load(&root).unwrap();
    for file in documents(&root).unwrap() {
        let text = std::fs::read_to_string(root.join(&file)).unwrap();
        for quote in check(&text, &catalogs).passed {
            let lines: Vec<&str> = text.lines().collect();
            let line = lines[quote.line - 1];
            // Reworded as ZEGO might: a word inserted before the last character.
            let last = quote.text.char_indices().last().unwrap().0;
            let reworded_text = format!("{}旧{}", &quote.text[..last], &quote.text[last..]);
            let reworded = line.replacen(&quote.text, &reworded_text, 1);
            assert_ne!(reworded, line, "{file}:{}", quote.line);
            let mut doc = lines.clone();
            doc[quote.line - 1] = &reworded;
            let problems = check(&doc.join("\n"), &catalogs).problems;
            assert!(
                problems
                    .iter()
                    .any(|p| p.starts_with(&format!("{}: ", quote.line))),
                "{file}:{}: {:?} reworded still passes: {problems:?}",
                quote.line,
                quote.text
            );
        }
    }
}
