//! Every product's catalog against its current pages, byte for byte in each language, and the
//! check that holds it so: a cell changed on any product's page is named with the product, the
//! code and the page. Expectations come from the pages and data/products.toml only.

use xtask::catalog::repo_root;
use xtask::pages::Pages;
use xtask::product_import::{compare, current_pages, Api, ReadPage};
use xtask::products::{problems, Products};

#[test]
fn every_product_is_valid_reviewed_and_matches_its_current_pages() {
    let found = problems(&repo_root()).unwrap();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_product_has_a_current_page_and_codes() {
    let root = repo_root();
    let products = Products::load(&root).unwrap();
    let pages = Pages::load(&root).unwrap();
    for (product, catalog) in products.each() {
        let read: usize = xtask::catalog::Kind::ALL
            .into_iter()
            .map(|kind| current_pages(&root, &pages, product, kind).unwrap().len())
            .sum();
        assert!(
            read > 0,
            "{}: no current page in {}",
            product.id,
            xtask::pages::FILE
        );
        assert!(!catalog.entries.is_empty(), "{}: no codes", product.id);
    }
}

/// One cell of each current page of each product, changed as ZEGO might reword it, fails the
/// comparison with a message naming the page, the product and the code.
#[test]
fn a_changed_cell_of_any_products_page_is_named() {
    let root = repo_root();
    let products = Products::load(&root).unwrap();
    let pages = Pages::load(&root).unwrap();
    let mut tried = 0;
    for (product, catalog) in products.each() {
        for kind in xtask::catalog::Kind::ALL {
            for (rec, page) in current_pages(&root, &pages, product, kind).unwrap() {
                let text = std::fs::read_to_string(root.join(&rec.file)).unwrap();
                assert!(
                    compare(&rec.file, &page, product, catalog).is_empty(),
                    "{}",
                    rec.file
                );
                // A row whose text the catalog holds from this page: on a per-API page, one
                // whose code no global page gives (a page giving none is skipped).
                let from_here = |((kind, section, code), _, _): &&(_, _, usize)| {
                    catalog.entries.iter().any(|e| {
                        e.kind == *kind && &e.section == section && e.code == *code && e.api == rec.api
                    })
                };
                let rows: Vec<_> = page.rows.iter().filter(from_here).collect();
                let Some((key, texts, line)) = rows.get(rows.len() / 2) else {
                    assert!(
                        rec.api.is_some(),
                        "{}: no row of a global page is in the catalog",
                        rec.file
                    );
                    continue;
                };
                // The first line of the message, from the row's first line on.
                let first = texts.message.lines().next().unwrap();
                let start: usize = text.split_inclusive('\n').take(line - 1).map(str::len).sum();
                let at = start + text[start..].find(first).expect("the message is on the page");
                let changed = format!("{}旧{}", &text[..at + first.len()], &text[at + first.len()..]);
                let api = rec.api.clone().map(|name| Api {
                    name,
                    section: rec.section.clone(),
                });
                let reread = ReadPage::read(product, &changed, Some(&rec.revision), api.as_ref()).unwrap();
                let found = compare(&rec.file, &reread, product, catalog);
                let code = key.2;
                assert!(
                    found.iter().any(|p| p.starts_with(&format!("{}:", rec.file))
                        && p.contains(&format!("{} code {code}", product.id))
                        && p.contains("differs from the page")),
                    "{}: a changed message of {code} passes: {found:?}",
                    rec.file
                );
                tried += 1;
            }
        }
    }
    assert!(tried > 0);
}
