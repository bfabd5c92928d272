//! The catalog-update drill: CONTRIBUTING.md's procedure, run for real on a scratch copy of
//! the repository with next revisions of today's pages, proving that a new page goes in with
//! one command and one review and that no test needs editing.
//!
//! The copy holds the files git would commit (tracked, and new ones not ignored), as they are
//! in the working tree: a maintainer runs it before committing an update. The next pages are
//! made from the current ones (xtask::drill): the Chinese return-codes page re-dated with a
//! text reworded, a code added and one dropped; its English page the same, on another date;
//! the Chinese exception-codes page (no front matter: dated with --revision) likewise; the
//! English exception-codes page not updated at all. Then, as a maintainer would:
//! `cargo xtask import` each page, see the tests refuse the unreviewed codes, fill in the
//! review (name, guidance, English), `cargo xtask gen`, and the conformance, generation-drift,
//! import and API tests pass on the copy. Its cargo target folder is kept under target/tmp,
//! so a rerun compiles only what the new data changes.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use xtask::catalog::Catalog;
use xtask::catalog::{repo_root, Kind, Lang};
use xtask::drill::{new_code, next_revision, years_after};
use xtask::pages::Pages;
use xtask::upstream::Page;

/// The tests the drill runs on the copy: every one that compares catalog and pages.
const SUITE: &[&[&str]] = &[
    &[
        "test",
        "-p",
        "xtask",
        "--test",
        "conformance",
        "--test",
        "generated",
        "--test",
        "import",
    ],
    &["test", "-p", "zego-codes", "--test", "api"],
];

struct Drill {
    repo: PathBuf,
    target: PathBuf,
    started: Instant,
}

impl Drill {
    fn cargo(&self, args: &[&str]) -> (bool, String) {
        let start = Instant::now();
        let out = Command::new(env!("CARGO"))
            .args(args)
            .current_dir(&self.repo)
            .env("CARGO_TARGET_DIR", &self.target)
            .env_remove("CARGO_MANIFEST_DIR")
            .output()
            .unwrap_or_else(|e| panic!("cargo {args:?}: {e}"));
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        eprintln!(
            "drill: cargo {} ({:.1} s, {:.1} s in all): {}",
            args.join(" "),
            start.elapsed().as_secs_f64(),
            self.started.elapsed().as_secs_f64(),
            if out.status.success() { "ok" } else { "failed" }
        );
        (out.status.success(), text)
    }

    fn must(&self, args: &[&str]) -> String {
        let (ok, text) = self.cargo(args);
        assert!(ok, "cargo {} failed on the drill's copy:\n{text}", args.join(" "));
        text
    }

    fn suite(&self) -> (bool, String) {
        let mut all_ok = true;
        let mut texts = String::new();
        for args in SUITE {
            let (ok, text) = self.cargo(args);
            all_ok &= ok;
            texts.push_str(&text);
        }
        (all_ok, texts)
    }
}

/// The files git tracks or would add (not ignored), copied from the working tree into a fresh
/// `to`: an update not yet committed (a newly vendored page) is part of the copy.
fn copy_tracked(root: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    let out = Command::new("git")
        .args(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        .current_dir(root)
        .output()
        .expect("the drill copies the files git tracks: git must be installed");
    assert!(
        out.status.success(),
        "git ls-files: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    for path in out.stdout.split(|&b| b == 0).filter(|p| !p.is_empty()) {
        let path = std::str::from_utf8(path).unwrap();
        let from = root.join(path);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let dest = to.join(path);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(&from, &dest).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
}

/// What a reviewer writes into the data file for each code the importer added: a name, a
/// guidance, and the text of a language no page of ZEGO's gives yet.
fn review(data: &str) -> String {
    data.split("\n[[code]]\n")
        .map(|block| {
            if !block.contains("name = \"UNNAMED_") {
                return block.to_owned();
            }
            block
                .lines()
                .map(|line| match line.split_once(" = ") {
                    Some(("name", v)) => format!("name = {}", v.replace("UNNAMED_", "DRILL_ADDED_")),
                    Some(("guidance", _)) => "guidance = \"retry_later\"".to_owned(),
                    Some(("message_en", "\"\"")) => "message_en = \"A code the drill added.\"".to_owned(),
                    Some(("message_zh", "\"\"")) => "message_zh = \"演练新增的返回码。\"".to_owned(),
                    _ => line.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n[[code]]\n")
        + "\n"
}

#[test]
fn a_new_page_goes_in_with_one_import_and_one_review() {
    let root = repo_root();
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("drill");
    let drill = Drill {
        repo: base.join("repo"),
        target: base.join("target"),
        started: Instant::now(),
    };
    copy_tracked(&root, &drill.repo);
    let pages = Pages::load(&root).unwrap();

    // The next pages, in a folder of downloads outside data/.
    let incoming = drill.repo.join("incoming");
    std::fs::create_dir_all(&incoming).unwrap();
    let zh_date = years_after(&pages.current(Kind::Return, Lang::Zh).revision, 1);
    let mut en_date = years_after(&pages.current(Kind::Return, Lang::En).revision, 2);
    if en_date == zh_date {
        en_date = years_after(&en_date, 1);
    }
    let event_date = years_after(&pages.current(Kind::Event, Lang::Zh).revision, 1);
    let mut imports = Vec::new();
    let mut edits = Vec::new();
    for (kind, lang, date, flag) in [
        (Kind::Return, Lang::Zh, &zh_date, false),
        (Kind::Return, Lang::En, &en_date, false),
        (Kind::Event, Lang::Zh, &event_date, true),
    ] {
        let record = pages.current(kind, lang);
        let text = std::fs::read_to_string(root.join(&record.file)).unwrap();
        let page = Page::parse(&text).unwrap();
        // One new code per catalog, the same on both languages' pages.
        let catalog = Catalog::load(&root, kind).unwrap();
        let added = new_code(catalog.entries.iter().map(|e| e.code));
        let (next, edit) = next_revision(&text, &page, date, added);
        let name = Path::new(&record.file)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        std::fs::write(incoming.join(&name), next).unwrap();
        let mut args = vec![
            "xtask".to_owned(),
            "import".to_owned(),
            format!("incoming/{name}"),
        ];
        if flag {
            args.extend(["--revision".to_owned(), date.clone()]);
        }
        imports.push(args);
        edits.push((kind, lang, edit));
    }

    // 1. Import each page.
    for args in &imports {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let report = drill.must(&args);
        eprintln!("{report}");
    }
    for (kind, lang, edit) in &edits {
        let data = std::fs::read_to_string(drill.repo.join(kind.data_file())).unwrap();
        assert!(
            data.contains(&format!("name = \"UNNAMED_{}\"", edit.added.0)),
            "{kind:?} {lang}: {edit:?}"
        );
    }

    // 2. The review is a step the tests enforce: they fail until it is done.
    let (ok, out) = drill.suite();
    assert!(!ok, "the suite passed with codes nobody reviewed:\n{out}");
    assert!(out.contains("placeholder name UNNAMED_"), "{out}");
    let (ok, out) = drill.cargo(&["xtask", "check"]);
    assert!(!ok && out.contains("guidance not reviewed"), "{out}");

    // 3. The review, as a person would do it, then `cargo xtask gen`.
    for kind in Kind::ALL {
        let path = drill.repo.join(kind.data_file());
        let data = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, review(&data)).unwrap();
    }
    drill.must(&["xtask", "gen"]);

    // 4. The suite passes, and no test was touched.
    let (ok, out) = drill.suite();
    assert!(ok, "the suite fails after a complete update:\n{out}");
    let catalogs = xtask::gen::Catalogs::load(&drill.repo).unwrap();
    assert_eq!(catalogs.revision(Kind::Return, Lang::Zh), zh_date);
    assert_eq!(catalogs.revision(Kind::Return, Lang::En), en_date);
    assert_eq!(catalogs.revision(Kind::Event, Lang::Zh), event_date);
    assert_eq!(
        catalogs.revision(Kind::Event, Lang::En),
        pages.current(Kind::Event, Lang::En).revision
    );
    // What the Chinese pages dropped is withdrawn, with their revision, and still there.
    for (kind, lang, edit) in &edits {
        let entry = catalogs
            .catalog(*kind)
            .get(edit.dropped)
            .expect("a dropped code stays");
        if *lang == Lang::Zh {
            assert_eq!(
                entry.withdrawn.as_deref(),
                Some(catalogs.revision(*kind, Lang::Zh)),
                "{kind:?} {edit:?}"
            );
        }
    }
    for dir in ["tests", "xtask/tests", "python/tests", "cli/tests"] {
        let copied = drill.repo.join(dir);
        for file in std::fs::read_dir(&copied).unwrap() {
            let path = file.unwrap().path();
            if path.is_file() {
                let rel = path.strip_prefix(&drill.repo).unwrap();
                assert_eq!(
                    std::fs::read(&path).ok(),
                    std::fs::read(root.join(rel)).ok(),
                    "the drill changed {}",
                    rel.display()
                );
            }
        }
    }
    eprintln!("drill: done in {:.1} s", drill.started.elapsed().as_secs_f64());
}
