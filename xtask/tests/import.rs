//! The importer on revisions it has not seen, made from today's pages (xtask::drill), and
//! its refusals. Expectations come from the pages and data files, never from today's figures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::catalog::{repo_root, Catalog, Kind, Lang};
use xtask::drill::{new_code, next_revision, years_after};
use xtask::gen::Catalogs;
use xtask::import::{apply, run, Request};
use xtask::pages::Pages;
use xtask::upstream::Page;

fn current_text(kind: Kind, lang: Lang) -> (String, Page) {
    let pages = Pages::load(&repo_root()).unwrap();
    let text = std::fs::read_to_string(repo_root().join(&pages.current(kind, lang).file)).unwrap();
    let page = Page::parse(&text).unwrap();
    (text, page)
}

/// A code the catalog of `kind` does not hold.
fn unseen_code(kind: Kind) -> u32 {
    new_code(
        Catalog::load(&repo_root(), kind)
            .unwrap()
            .entries
            .iter()
            .map(|e| e.code),
    )
}

fn current_revision(kind: Kind, lang: Lang) -> String {
    Pages::load(&repo_root())
        .unwrap()
        .current(kind, lang)
        .revision
        .clone()
}

#[test]
fn import_reports_and_applies_an_unseen_revision() {
    let mut catalog = Catalog::load(&repo_root(), Kind::Return).unwrap();
    let (text, page) = current_text(Kind::Return, Lang::Zh);
    let date = years_after(&current_revision(Kind::Return, Lang::Zh), 1);
    let (next, edit) = next_revision(&text, &page, &date, unseen_code(Kind::Return));
    let next = Page::parse(&next).unwrap();
    assert_eq!(next.date.as_deref(), Some(date.as_str()));
    let dropped_name = catalog.get(edit.dropped).unwrap().name.clone();
    let old_message = catalog.get(edit.changed.0).unwrap().message_zh.clone();
    let report = apply(&mut catalog, &next, &date);

    assert_eq!(report.added, [edit.added.0]);
    assert_eq!(report.withdrawn, [(edit.dropped, dropped_name.clone())]);
    assert_eq!(
        report.changed,
        [(
            edit.changed.0,
            "message_zh".to_owned(),
            old_message,
            edit.changed.1.clone()
        )]
    );

    let changed = catalog.get(edit.changed.0).unwrap();
    assert_eq!(changed.message_zh, edit.changed.1);
    let dropped = catalog.get(edit.dropped).expect("a dropped code stays");
    assert_eq!(
        (dropped.name.as_str(), dropped.withdrawn.as_deref()),
        (dropped_name.as_str(), Some(date.as_str()))
    );
    let added = catalog.get(edit.added.0).unwrap();
    assert_eq!(
        (
            added.message_zh.as_str(),
            added.suggestion_zh.as_str(),
            added.since.as_str()
        ),
        (edit.added.1.as_str(), "", date.as_str())
    );
    assert!(
        !added.english_from_zego(),
        "no English page lists it yet: its English is ours to write"
    );

    // The placeholders are refused until a person names the code, chooses its guidance and
    // writes its English; generation still works meanwhile.
    assert!(catalog.invalid(Kind::Return, "f").is_empty());
    let problems = catalog.review_problems(Kind::Return).join("\n");
    for expected in [
        format!("{}: placeholder name UNNAMED_{}", edit.added.0, edit.added.0),
        format!("{}: guidance not reviewed", edit.added.0),
        format!("{}: a message is empty: write message_en", edit.added.0),
    ] {
        assert!(
            problems.contains(&expected),
            "missing {expected:?} in:\n{problems}"
        );
    }
    // What the importer writes reads back the same.
    assert_eq!(
        Catalog::parse(&catalog.to_toml(Kind::Return), Kind::Return, "f").unwrap(),
        catalog
    );

    // The same page again changes nothing; a later page listing the code again reinstates it.
    let before = catalog.clone();
    assert!(apply(&mut catalog, &next, &date).is_empty());
    assert_eq!(catalog, before);
    let report = apply(&mut catalog, &page, &years_after(&date, 1));
    assert_eq!(report.reinstated, [edit.dropped]);
    assert_eq!(catalog.get(edit.dropped).unwrap().withdrawn, None);
}

#[test]
fn importing_the_current_pages_changes_nothing() {
    for kind in Kind::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let mut catalog = Catalog::load(&repo_root(), kind).unwrap();
            let before = catalog.clone();
            let (_, page) = current_text(kind, lang);
            let report = apply(&mut catalog, &page, &current_revision(kind, lang));
            assert!(report.is_empty(), "{kind:?} {lang}: {report}");
            assert_eq!(catalog, before);
        }
    }
}

#[test]
fn each_language_keeps_our_text_where_its_page_lacks_a_code() {
    let (text, page) = current_text(Kind::Return, Lang::En);
    let date = years_after(&current_revision(Kind::Return, Lang::En), 1);
    let (next, edit) = next_revision(&text, &page, &date, unseen_code(Kind::Return));
    let mut catalog = Catalog::load(&repo_root(), Kind::Return).unwrap();
    let next = Page::parse(&next).unwrap();
    // Every code whose English is ZEGO's and that the page no longer lists, withdrawn or not.
    let gone: Vec<u32> = catalog
        .entries
        .iter()
        .filter(|e| e.from_zego(Lang::En) && next.row(e.code).is_none())
        .map(|e| e.code)
        .collect();
    assert!(gone.contains(&edit.dropped), "{gone:?} {edit:?}");
    let before = catalog.clone();
    let report = apply(&mut catalog, &next, &date);
    // An English page does not withdraw: the code it dropped keeps its English, as ours.
    assert!(report.withdrawn.is_empty());
    assert_eq!(report.ours, gone);
    for &code in &gone {
        let (now, then) = (catalog.get(code).unwrap(), before.get(code).unwrap());
        assert!(
            !now.english_from_zego() && now.message_en == then.message_en,
            "{code}"
        );
        assert_eq!(now.withdrawn, then.withdrawn, "{code}");
    }
    // A code only the English page lists gets a Chinese text of ours to write.
    let added = catalog.get(edit.added.0).unwrap();
    assert_eq!(added.message_en, edit.added.1);
    assert!(added.from_zego(Lang::En) && !added.from_zego(Lang::Zh));
    let problems = catalog.review_problems(Kind::Return).join("\n");
    assert!(problems.contains("write message_zh"), "{problems}");
    // When the Chinese page lists it, its Chinese becomes ZEGO's.
    let mut zh = Page::parse(&current_text(Kind::Return, Lang::Zh).0).unwrap();
    zh.rows.push(xtask::upstream::Row {
        code: edit.added.0,
        message: "新".into(),
        suggestion: String::new(),
        line: 0,
    });
    let report = apply(&mut catalog, &zh, &years_after(&date, 1));
    assert_eq!(report.now_zegos, [edit.added.0]);
    assert!(catalog.get(edit.added.0).unwrap().from_zego(Lang::Zh));
}

/// A copy of what `cargo xtask import` and `gen` read and write, in a fresh folder.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("zego-import-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for path in [
            "data",
            "ffi",
            "include",
            "src",
            "python/zego_codes",
            "Cargo.toml",
            "README.md",
            "CODES.md",
            // The error-class tables the generator fills in (xtask/src/gen/exceptions).
            "java/README.md",
            "python/README.md",
            "go/README.md",
            "node/README.md",
        ] {
            copy(&repo_root().join(path), &dir.join(path));
        }
        Scratch(dir)
    }

    /// Every file under the copy and its bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(&self.0, &mut out);
        out
    }

    /// Imports `text` as a page file named `name`; returns the result and whether any file
    /// of the copy changed.
    fn import(&self, name: &str, text: &str, revision: Option<&str>) -> (Result<String, String>, bool) {
        let file = self.0.join("incoming").join(name);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, text).unwrap();
        let before = self.snapshot();
        let result = run(
            &self.0,
            &Request {
                file: &file,
                revision: revision.map(str::to_owned),
                source: None,
                dry_run: false,
            },
        );
        (result, self.snapshot() != before)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            copy(&path, &to.join(path.file_name().unwrap()));
        }
    } else {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
    }
}

#[test]
fn import_refuses_what_it_cannot_trust_and_writes_nothing() {
    let scratch = Scratch::new("refuse");
    let (text, page) = current_text(Kind::Return, Lang::Zh);
    let current = current_revision(Kind::Return, Lang::Zh);
    let older = format!("{}{}", current[..4].parse::<u32>().unwrap() - 1, &current[4..]);
    let (older_page, _) = next_revision(&text, &page, &older, unseen_code(Kind::Return));
    let (err, changed) = scratch.import("return-codes.zh.mdx", &older_page, None);
    let err = err.unwrap_err();
    assert!(
        err.contains(&format!("is of {older}, older than the current one ({current}")),
        "{err}"
    );
    assert!(!changed);

    let (same_date, _) = next_revision(&text, &page, &current, unseen_code(Kind::Return));
    let err = scratch
        .import("return-codes.zh.mdx", &same_date, None)
        .0
        .unwrap_err();
    assert!(err.contains("a new revision needs a new date"), "{err}");

    let newer = years_after(&current, 1);
    let (next, edit) = next_revision(&text, &page, &newer, unseen_code(Kind::Return));
    // The page withdraws one code more than the catalog already has withdrawn.
    let withdrawn_before = Catalog::load(&scratch.0, Kind::Return)
        .unwrap()
        .entries
        .iter()
        .filter(|e| e.withdrawn.is_some())
        .count();
    // The download stopped inside the new row.
    let added_row = next.find(&format!("   {}   |", edit.added.0)).unwrap();
    let row_end = added_row + next[added_row..].find('\n').unwrap();
    let cut = next[..row_end].trim_end_matches([' ', '|']);
    let (err, changed) = scratch.import("return-codes.zh.mdx", cut, None);
    let err = err.unwrap_err();
    assert!(
        err.contains("cannot read the page completely") && err.contains("cut off"),
        "{err}"
    );
    assert!(!changed);

    let (events, event_page) = current_text(Kind::Event, Lang::Zh);
    let (events_next, _) = next_revision(&events, &event_page, "unused", unseen_code(Kind::Event));
    let err = scratch
        .import("exception-codes.zh.mdx", &events_next, None)
        .0
        .unwrap_err();
    assert!(err.contains("--revision YYYY-MM-DD"), "{err}");

    // The data file already holds a mistake: the import names it and writes nothing.
    let data = scratch.0.join(Kind::Return.data_file());
    let good = std::fs::read_to_string(&data).unwrap();
    let bad = good.replacen("guidance = \"not_found\"", "guidance = \"not_fond\"", 1);
    assert_ne!(bad, good);
    std::fs::write(&data, &bad).unwrap();
    let (err, changed) = scratch.import("return-codes.zh.mdx", &next, None);
    let err = err.unwrap_err();
    assert!(
        err.contains("data/return_codes.toml: code ") && err.contains("guidance \"not_fond\""),
        "{err}"
    );
    assert!(!changed);
    std::fs::write(&data, &good).unwrap();

    // And the page goes in once everything is right.
    let (ok, changed) = scratch.import("return-codes.zh.mdx", &next, None);
    let out = ok.unwrap();
    assert!(
        changed && out.contains(&format!("withdrawn  {}", edit.dropped)),
        "{out}"
    );
    let vendored = scratch
        .0
        .join(format!("data/upstream/{newer}/return-codes.zh.mdx"));
    assert_eq!(
        std::fs::read_to_string(vendored).unwrap(),
        next,
        "vendored unchanged"
    );
    let catalogs = Catalogs::load(&scratch.0).unwrap();
    assert_eq!(catalogs.revision(Kind::Return, Lang::Zh), newer);
    assert_eq!(
        catalogs.revision(Kind::Return, Lang::En),
        current_revision(Kind::Return, Lang::En)
    );
    let generated = std::fs::read_to_string(scratch.0.join("src/generated/return_codes.rs")).unwrap();
    assert!(generated.contains(&format!("REVISION_ZH: &str = \"{newer}\"")));
    // The withdrawn code is documented as such wherever its name is.
    let name = catalogs.returns.get(edit.dropped).unwrap().name.clone();
    for (file, mark) in [
        (
            "src/generated/return_codes.rs",
            format!("**Withdrawn:** ZEGO's page of {newer}"),
        ),
        (
            "include/zego_codes.h",
            format!("Withdrawn: ZEGO's page of {newer}"),
        ),
        (
            "include/zego_codes.hpp",
            format!("Withdrawn: ZEGO's page of {newer}"),
        ),
        (
            "python/zego_codes/_generated/codes.py",
            format!("(withdrawn: ZEGO's page of {newer}"),
        ),
        ("CODES.md", format!("**withdrawn** {newer}")),
        ("README.md", format!("; {} withdrawn", withdrawn_before + 1)),
    ] {
        let text = std::fs::read_to_string(scratch.0.join(file)).unwrap();
        let at = text
            .find(&mark)
            .unwrap_or_else(|| panic!("{file} does not say {mark:?}"));
        let before = text[..at].rfind(&name).map(|i| at - i);
        let after = text[at..].find(&name);
        let near = before.into_iter().chain(after).any(|d| d < 400);
        assert!(
            near || file == "README.md",
            "{file}: {mark:?} is not next to {name}"
        );
    }
    assert!(std::fs::read_to_string(scratch.0.join("data/upstream/README.md"))
        .unwrap()
        .contains(&format!(
            "`{newer}/return-codes.zh.mdx` | {} | return | zh | {newer} | yes |",
            xtask::products::AI_AGENT
        )));
}

#[test]
fn gen_names_a_misspelt_guidance_and_writes_nothing() {
    let scratch = Scratch::new("gen");
    let data = scratch.0.join(Kind::Event.data_file());
    let good = std::fs::read_to_string(&data).unwrap();
    let bad = good.replacen("guidance = \"slow_down\"", "guidance = \"slow_dwn\"", 1);
    std::fs::write(&data, &bad).unwrap();
    let before = scratch.snapshot();
    let err = xtask::gen::run(&scratch.0, false).unwrap_err();
    assert!(
        err.contains("data/event_codes.toml: code ")
            && err.contains("guidance \"slow_dwn\" is not one of")
            && err.contains("nothing written"),
        "{err}"
    );
    assert_eq!(scratch.snapshot(), before);
}

#[test]
fn import_command_dry_run_prints_the_report() {
    let (text, page) = current_text(Kind::Return, Lang::Zh);
    let date = years_after(&current_revision(Kind::Return, Lang::Zh), 1);
    let (next, edit) = next_revision(&text, &page, &date, unseen_code(Kind::Return));
    let dir = std::env::temp_dir().join(format!("zego-import-dry-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("return-codes.zh.mdx");
    std::fs::write(&file, next).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("import")
        .arg(&file)
        .arg("--dry-run")
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for expected in [
        format!("added      {}", edit.added.0),
        format!("withdrawn  {}", edit.dropped),
        format!("changed    {} message_zh", edit.changed.0),
        format!("-> {date}"),
        "dry run: nothing written".to_owned(),
    ] {
        assert!(stdout.contains(&expected), "missing {expected:?} in:\n{stdout}");
    }
}
