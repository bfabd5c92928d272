//! The importer on a revision it has not seen: one text changed, one code added, one gone.

use std::process::Command;

use xtask::catalog::{repo_root, Catalog, Kind};
use xtask::import::apply;
use xtask::upstream::{Page, CURRENT_PAGES};

fn current(i: usize) -> String {
    std::fs::read_to_string(repo_root().join(CURRENT_PAGES[i])).unwrap()
}

/// The current Chinese return-codes page, re-dated, with 410001013's message changed, a new
/// code 410001050 appended out of order and 410001049 removed.
fn unseen_revision() -> String {
    let page = current(0)
        .replace("date: \"2026-07-17\"", "date: \"2026-12-01\"")
        .replace(
            "| 410001013 | 智能体正在聆听。 ",
            "| 410001013 | 智能体正在聆听中。 ",
        );
    let page: String = page
        .lines()
        .filter(|l| !l.starts_with("| 410001049"))
        .map(|l| format!("{l}\n"))
        .collect();
    page.replace(
        "| 410001002 |",
        "|   410001050   | 新的返回码 | -   |\n| 410001002 |",
    )
}

#[test]
fn import_reports_and_applies_an_unseen_revision() {
    let mut catalog = Catalog::load(&repo_root(), Kind::Return).unwrap();
    let page = Page::parse(&unseen_revision()).unwrap();
    let report = apply(&mut catalog, &page, "2026-12-01");

    assert_eq!(report.added, [410001050]);
    assert_eq!(
        report.removed,
        [(410001049, "BROADCAST_DIGITAL_HUMAN_API_FORBIDDEN".to_owned())]
    );
    assert_eq!(report.changed.len(), 1, "{report}");
    assert_eq!(report.changed[0].0, 410001013);
    assert_eq!(report.changed[0].2, "智能体正在聆听。");
    assert_eq!(report.changed[0].3, "智能体正在聆听中。");
    assert_eq!(report.revision, Some(("2026-07-17".into(), "2026-12-01".into())));

    let changed = catalog.get(410001013).unwrap();
    assert_eq!(changed.message_zh, "智能体正在聆听中。");
    assert_eq!(changed.name, "AGENT_IS_LISTENING", "a text change keeps the name");
    let added = catalog.get(410001050).unwrap();
    assert_eq!(
        (
            added.message_zh.as_str(),
            added.suggestion_zh.as_str(),
            added.since.as_str()
        ),
        ("新的返回码", "", "2026-12-01")
    );
    assert!(catalog.get(410001049).is_none());

    // The placeholders are refused until a person names the code, chooses its guidance and
    // writes its English.
    let problems = catalog.review_problems(Kind::Return).join("\n");
    for expected in [
        "410001050: placeholder name UNNAMED_410001050",
        "410001050: guidance not reviewed",
        "410001050: a message is empty",
    ] {
        assert!(
            problems.contains(expected),
            "missing {expected:?} in:\n{problems}"
        );
    }

    // What the importer writes reads back the same.
    assert_eq!(Catalog::parse(&catalog.to_toml(Kind::Return)).unwrap(), catalog);
}

#[test]
fn importing_the_current_pages_changes_nothing() {
    for (i, kind) in [
        (0, Kind::Return),
        (1, Kind::Return),
        (2, Kind::Event),
        (3, Kind::Event),
    ] {
        let mut catalog = Catalog::load(&repo_root(), kind).unwrap();
        let before = catalog.clone();
        let report = apply(&mut catalog, &Page::parse(&current(i)).unwrap(), "unused");
        assert!(report.is_empty(), "{}: {report}", CURRENT_PAGES[i]);
        assert_eq!(catalog, before);
    }
}

#[test]
fn english_page_without_a_row_keeps_our_english() {
    let mut catalog = Catalog::load(&repo_root(), Kind::Return).unwrap();
    let page = Page::parse(&current(1)).unwrap();
    let report = apply(&mut catalog, &page, "unused");
    assert_eq!(report.missing_english, [410001016]);
    assert_eq!(
        catalog.get(410001016).unwrap().en_source.as_deref(),
        Some("zego-codes")
    );
}

#[test]
fn import_command_dry_run_prints_the_report() {
    let dir = std::env::temp_dir().join(format!("zego-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("return-codes.zh.mdx");
    std::fs::write(&file, unseen_revision()).unwrap();
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
        "added    410001050",
        "removed  410001049 BROADCAST_DIGITAL_HUMAN_API_FORBIDDEN",
        "changed  410001013 message_zh",
        "revision: 2026-07-17 -> 2026-12-01",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
}
