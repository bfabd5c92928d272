//! The compiled catalog against ZEGO's vendored pages, with every expectation taken from the
//! pages and data/pages.toml: exactly their codes, exactly their texts, `since` the first
//! page listing a code, `withdrawn` the Chinese page that dropped it, our own text exactly
//! where a page lacks a code. A failure names the page, the code and both texts.

use std::collections::BTreeSet;

use xtask::catalog::{repo_root, revision_key, Kind, Lang, LANGS};
use xtask::pages::{PageRecord, Pages};
use xtask::upstream::Page;
use zego_codes::{Code, CodeInfo, EventCode};

fn pages() -> Pages {
    Pages::load(&repo_root()).unwrap_or_else(|e| panic!("{e}"))
}

fn read(record: &PageRecord) -> Page {
    Page::read(&repo_root().join(&record.file)).unwrap_or_else(|e| panic!("{e}"))
}

/// The core's entry for a code of `kind`, if it holds one.
fn core_entry(kind: Kind, code: u32) -> Option<&'static CodeInfo> {
    match kind {
        Kind::Return => Code::new(code).info(),
        Kind::Event => EventCode::new(code).info(),
    }
}

fn core_infos(kind: Kind) -> &'static [CodeInfo] {
    match kind {
        Kind::Return => Code::infos(),
        Kind::Event => EventCode::infos(),
    }
}

fn core_revision(kind: Kind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Kind::Return, Lang::Zh) => zego_codes::RETURN_CODES_REVISION,
        (Kind::Return, Lang::En) => zego_codes::RETURN_CODES_REVISION_EN,
        (Kind::Event, Lang::Zh) => zego_codes::EVENT_CODES_REVISION,
        (Kind::Event, Lang::En) => zego_codes::EVENT_CODES_REVISION_EN,
    }
}

/// Every mismatch between the texts of `page` and the core, as lines a person can act on.
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
    let pages = pages();
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        for lang in LANGS {
            let record = pages.current(kind, lang);
            let path = record.file.as_str();
            let page = read(record);
            if (page.kind, page.lang) != (kind, lang) {
                problems.push(format!(
                    "{path}: a {:?} page in {}, recorded as {kind:?} in {lang}",
                    page.kind, page.lang
                ));
            }
            if page.date.as_ref().is_some_and(|d| *d != record.revision) {
                problems.push(format!(
                    "{path}: dated {:?}, recorded as {}",
                    page.date, record.revision
                ));
            }
            if core_revision(kind, lang) != record.revision {
                problems.push(format!(
                    "{path}: the core's revision is {}, data/pages.toml says {}",
                    core_revision(kind, lang),
                    record.revision
                ));
            }
            problems.extend(mismatches(path, &page));
            let listed: BTreeSet<u32> = page.rows.iter().map(|r| r.code).collect();
            for info in core_infos(kind) {
                let code = info.code();
                let (on_page, from_zego, withdrawn) = (
                    listed.contains(&code),
                    info.text_from_zego(lang),
                    info.withdrawn(),
                );
                let fine = match (lang, on_page) {
                    // ZEGO's text, and a code the Chinese page lists is not withdrawn.
                    (Lang::Zh, true) => from_zego && withdrawn.is_none(),
                    (Lang::En, true) => from_zego,
                    // Not on the page: withdrawn, or our own text in this language.
                    (_, false) => withdrawn.is_some() || !from_zego,
                };
                if !fine {
                    problems.push(format!(
                        "{path}: code {code} is {}on the page, but its {lang} text is {} and it is {}",
                        if on_page { "" } else { "not " },
                        if from_zego { "ZEGO's" } else { "ours" },
                        withdrawn.map_or("current".to_owned(), |w| format!("withdrawn {}", &*w))
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "catalog and upstream disagree:\n{}",
        problems.join("\n")
    );
}

/// Codes are never removed: the catalog holds exactly the codes some vendored page lists.
#[test]
fn catalog_holds_every_code_any_vendored_page_listed() {
    let pages = pages();
    for kind in Kind::ALL {
        let mut ever: BTreeSet<u32> = BTreeSet::new();
        for lang in LANGS {
            for record in pages.of(kind, lang) {
                ever.extend(read(record).rows.iter().map(|r| r.code));
            }
        }
        let known: BTreeSet<u32> = core_infos(kind).iter().map(|i| i.code()).collect();
        assert_eq!(
            known.symmetric_difference(&ever).collect::<Vec<_>>(),
            Vec::<&u32>::new(),
            "{kind:?}: codes in the catalog or on a vendored page but not both"
        );
    }
}

/// `since` is the first vendored revision listing the code, in either language; the seed
/// table's codes keep `SEED_REVISION` whatever their text is now.
#[test]
fn since_is_the_first_page_listing_the_code() {
    let pages = pages();
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        let read_pages: Vec<(&PageRecord, Page)> = LANGS
            .iter()
            .flat_map(|&lang| pages.of(kind, lang))
            .map(|r| (r, read(r)))
            .collect();
        for info in core_infos(kind) {
            let first = read_pages
                .iter()
                .filter(|(_, page)| page.row(info.code()).is_some())
                .map(|(r, _)| r.revision.as_str())
                .min_by_key(|r| revision_key(r));
            if first != Some(info.since().as_str()) {
                problems.push(format!(
                    "{kind:?} {}: since {:?}, first listed by a page of {first:?}",
                    info.code(),
                    info.since().as_str()
                ));
            }
        }
    }
    let seed: Vec<&PageRecord> = pages
        .pages
        .iter()
        .filter(|p| p.revision == zego_codes::SEED_REVISION)
        .collect();
    assert_eq!(seed.len(), 1, "one seed table in data/pages.toml");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `withdrawn` is the first Chinese page, after the last one listing the code, that does not.
#[test]
fn withdrawn_is_the_chinese_page_that_dropped_the_code() {
    let pages = pages();
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        let history: Vec<(&PageRecord, Page)> = pages.of(kind, Lang::Zh).map(|r| (r, read(r))).collect();
        for info in core_infos(kind) {
            let last = history.iter().rposition(|(_, p)| p.row(info.code()).is_some());
            let expected = match last {
                Some(i) => history.get(i + 1).map(|(r, _)| r.revision.as_str()),
                // Only an English page lists it so far: not withdrawn, its Chinese is ours.
                None => None,
            };
            if info.withdrawn().map(|t| t.as_str()) != expected {
                problems.push(format!(
                    "{kind:?} {}: withdrawn {:?}, expected {expected:?}",
                    info.code(),
                    info.withdrawn().map(|t| t.as_str())
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_edited_upstream_cell_is_reported_with_code_and_both_texts() {
    let record = pages().current(Kind::Return, Lang::Zh).clone();
    let text = std::fs::read_to_string(repo_root().join(&record.file)).unwrap();
    let page = Page::parse(&text).unwrap();
    let row = &page.rows[page.rows.len() / 2];
    let edited_message = format!("{}！", row.message);
    let edited: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == row.line {
                l.replacen(row.message.as_str(), &edited_message, 1)
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let problems = mismatches(&record.file, &Page::parse(&edited).unwrap());
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert!(
        p.contains(&row.code.to_string())
            && p.contains(&edited_message)
            && p.contains(&format!("{:?}", row.message)),
        "{p}"
    );
}
