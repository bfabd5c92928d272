//! The compiled catalog holds exactly the codes of ZEGO's vendored pages, with exactly their
//! text. A failure names the code and both texts.

use std::collections::BTreeSet;

use xtask::catalog::{repo_root, Kind, Lang};
use xtask::upstream::{Page, CURRENT_PAGES, SEED_PAGE};
use zego_codes::{Code, CodeInfo, EventCode, SEED_REVISION};

fn page(path: &str) -> Page {
    Page::read(&repo_root().join(path)).unwrap_or_else(|e| panic!("{e}"))
}

/// The core's entry for a code of `kind`, if it holds one.
fn core_entry(kind: Kind, code: u32) -> Option<&'static CodeInfo> {
    match kind {
        Kind::Return => Code::new(code).info(),
        Kind::Event => EventCode::new(code).info(),
    }
}

fn known_codes(kind: Kind) -> BTreeSet<u32> {
    match kind {
        Kind::Return => Code::all().map(Code::get).collect(),
        Kind::Event => EventCode::all().map(EventCode::get).collect(),
    }
}

/// Every mismatch between `page` and the core, as lines a person can act on.
fn mismatches(path: &str, page: &Page) -> Vec<String> {
    let mut out = Vec::new();
    for row in &page.rows {
        let at = format!("{path}:{} code {}", row.line, row.code);
        let Some(info) = core_entry(page.kind, row.code) else {
            out.push(format!("{at}: listed upstream but missing from the catalog"));
            continue;
        };
        for (what, upstream, ours) in [
            ("message", &row.message, info.message(page.lang).as_str()),
            ("suggestion", &row.suggestion, info.suggestion(page.lang).as_str()),
        ] {
            if upstream != ours {
                out.push(format!(
                    "{at}: {what} differs\n    upstream: {upstream:?}\n    catalog:  {ours:?}"
                ));
            }
        }
    }
    out
}

#[test]
fn catalog_matches_every_current_page() {
    let mut problems = Vec::new();
    for path in CURRENT_PAGES {
        let page = page(path);
        problems.extend(mismatches(path, &page));
        let listed: BTreeSet<u32> = page.rows.iter().map(|r| r.code).collect();
        let known = known_codes(page.kind);
        match page.lang {
            // The Chinese pages are the complete lists.
            Lang::Zh => {
                for code in known.difference(&listed) {
                    problems.push(format!(
                        "{path}: catalog holds {code}, which the page does not list"
                    ));
                }
            }
            // The English page may lack a row; then, and only then, the English is ours.
            Lang::En => {
                for &code in &known {
                    let from_zego = core_entry(page.kind, code).unwrap().english_from_zego();
                    if from_zego != listed.contains(&code) {
                        problems.push(format!(
                            "{path}: code {code}: english_from_zego is {from_zego}, but the page {} it",
                            if listed.contains(&code) {
                                "lists"
                            } else {
                                "does not list"
                            }
                        ));
                    }
                }
            }
        }
        let revision = match page.kind {
            Kind::Return => zego_codes::RETURN_CODES_REVISION,
            Kind::Event => zego_codes::EVENT_CODES_REVISION,
        };
        if let Some(date) = &page.date {
            if date != revision {
                problems.push(format!("{path}: page dated {date}, catalog follows {revision}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "catalog and upstream disagree:\n{}",
        problems.join("\n")
    );
}

#[test]
fn seed_codes_and_since() {
    let seed = page(SEED_PAGE);
    let mut problems = mismatches(SEED_PAGE, &seed);
    let seed_codes: BTreeSet<u32> = seed.rows.iter().map(|r| r.code).collect();
    assert_eq!(seed_codes.len(), 51, "the seed table has 51 codes");
    for code in Code::all() {
        let since = code.since().unwrap();
        let expected = if seed_codes.contains(&code.get()) {
            SEED_REVISION
        } else {
            zego_codes::RETURN_CODES_REVISION
        };
        if since != expected {
            problems.push(format!(
                "code {}: since {since:?}, expected {expected:?}",
                code.get()
            ));
        }
    }
    for code in EventCode::all() {
        assert_eq!(code.since(), Some(zego_codes::EVENT_CODES_REVISION), "{code:?}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counts_match_the_pages() {
    // The figures ZEGO's pages give: 63 return codes in Chinese, 62 in English, 23 events.
    assert_eq!(Code::all().len(), 63);
    assert_eq!(
        Code::infos()
            .iter()
            .filter(|i| !i.english_from_zego())
            .map(|i| i.code())
            .collect::<Vec<_>>(),
        [410001016]
    );
    assert_eq!(EventCode::all().len(), 23);
}

#[test]
fn an_edited_upstream_cell_is_reported_with_code_and_both_texts() {
    let path = CURRENT_PAGES[0];
    let text = std::fs::read_to_string(repo_root().join(path)).unwrap();
    let edited = text.replace(
        "| 410001031 | 数字人并发已达上限。",
        "| 410001031 | 数字人并发已达上限！",
    );
    assert_ne!(edited, text);
    let problems = mismatches(path, &Page::parse(&edited).unwrap());
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert!(
        p.contains("410001031") && p.contains("数字人并发已达上限！") && p.contains("数字人并发已达上限。"),
        "{p}"
    );
}
