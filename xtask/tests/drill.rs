//! The catalog-update drill: CONTRIBUTING.md's procedure, run for real on a scratch copy of
//! the repository with successive next revisions of today's pages, proving that each new page
//! goes in with one command and one review and that no test needs editing, whatever the
//! catalog already holds.
//!
//! The copy holds the files git would commit (tracked, and new ones not ignored), as they are
//! in the working tree: a maintainer runs it before committing an update. The next pages are
//! made from the current ones (xtask::drill): the Chinese return-codes page re-dated with a
//! text reworded, a code added and one dropped; its English page the same, on another date;
//! the Chinese exception-codes page (no front matter: dated with --revision) likewise; the
//! English exception-codes page not updated at all. Then, as a maintainer would:
//! `cargo xtask import` each page, see the tests refuse the unreviewed codes, fill in the
//! review (name, guidance, English), `cargo xtask gen`, and the conformance, generation-drift,
//! import, document, API and command-output tests pass on the copy. Two more updates follow
//! on the result: the Chinese return-codes page again (a second withdrawal, on a catalog that
//! has one already), and once more listing the first withdrawn code again (reinstated). Then
//! a second product's Chinese page (the first with sections: a message reworded, a code added
//! and one dropped, each in its section), and a product ZEGO adds: one entry in
//! data/products.toml and its first page, after which the generated files list it. Its
//! cargo target folder is kept under target/tmp, so a rerun compiles only what the new data
//! changes.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use xtask::catalog::Catalog;
use xtask::catalog::{repo_root, Kind, Lang};
use xtask::drill::{drop_row, new_code, next_revision, relist, years_after, Edit};
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
        "--test",
        "docs",
        "--test",
        "products",
    ],
    &["test", "-p", "zego-codes", "--test", "api"],
    &["test", "-p", "zego-codes-cli", "--test", "golden"],
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

    /// Imports each page (`incoming/` file name, text, `--revision` if it has no front
    /// matter), then completes the update as a maintainer would: the tests refuse the codes
    /// nobody reviewed, the review, `cargo xtask gen`, the tests pass. Returns the reports.
    fn update(&self, pages: &[(String, String, Option<String>)]) -> String {
        let incoming = self.repo.join("incoming");
        std::fs::create_dir_all(&incoming).unwrap();
        let mut reports = String::new();
        for (name, text, revision) in pages {
            std::fs::write(incoming.join(name), text).unwrap();
            let file = format!("incoming/{name}");
            let mut args = vec!["xtask", "import", &file];
            if let Some(revision) = revision {
                args.extend(["--revision", revision]);
            }
            let report = self.must(&args);
            eprintln!("{report}");
            reports.push_str(&report);
        }
        if reports.contains("\nadded ") || reports.starts_with("added ") {
            // The review is a step the tests enforce: they fail until it is done.
            let (ok, out) = self.review_tests();
            assert!(!ok, "the suite passed with codes nobody reviewed:\n{out}");
            assert!(out.contains("placeholder name UNNAMED_"), "{out}");
            let (ok, out) = self.cargo(&["xtask", "check"]);
            assert!(!ok && out.contains("guidance not reviewed"), "{out}");
            // The review, as a person would do it, then `cargo xtask gen`.
            for kind in Kind::ALL {
                let path = self.repo.join(kind.data_file());
                let data = std::fs::read_to_string(&path).unwrap();
                std::fs::write(&path, review(&data)).unwrap();
            }
            self.must(&["xtask", "gen"]);
        }
        let (ok, out) = self.suite();
        assert!(ok, "the suite fails after a complete update:\n{out}");
        self.must(&["xtask", "check"]);
        reports
    }

    /// A product's page imported as a maintainer would: the tests refuse the new code until
    /// it is reviewed, the review, `cargo xtask gen`, the tests pass. Returns the report.
    fn update_product(&self, product: &str, name: &str, text: &str, revision: &str) -> String {
        let incoming = self.repo.join("incoming");
        std::fs::create_dir_all(&incoming).unwrap();
        std::fs::write(incoming.join(name), text).unwrap();
        let file = format!("incoming/{name}");
        let report = self.must(&[
            "xtask",
            "import",
            "--product",
            product,
            &file,
            "--revision",
            revision,
        ]);
        eprintln!("{report}");
        let (ok, out) = self.review_tests();
        assert!(
            !ok && out.contains("placeholder name UNNAMED_"),
            "the suite passed with a code nobody reviewed:\n{out}"
        );
        let (ok, out) = self.cargo(&["xtask", "check"]);
        assert!(!ok && out.contains("guidance not reviewed"), "{out}");
        let path = self.repo.join(format!("data/products/{product}.toml"));
        let data = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, review(&data)).unwrap();
        self.must(&["xtask", "gen"]);
        let (ok, out) = self.suite();
        assert!(ok, "the suite fails after a complete update of {product}:\n{out}");
        self.must(&["xtask", "check"]);
        report
    }

    /// The copy's current page of `kind` in `lang`: its file name, text and rows.
    fn current(&self, kind: Kind, lang: Lang) -> (String, String, Page) {
        let record = Pages::load(&self.repo).unwrap().current(kind, lang).clone();
        let text = std::fs::read_to_string(self.repo.join(&record.file)).unwrap();
        let page = Page::parse(&text).unwrap();
        let name = Path::new(&record.file)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        (name, text, page)
    }

    /// The copy's current page of `kind` in `lang` as ZEGO might publish it next on `date`.
    fn next_page(&self, kind: Kind, lang: Lang, date: &str) -> (String, String, Edit) {
        let (name, text, page) = self.current(kind, lang);
        let catalog = Catalog::load(&self.repo, kind).unwrap();
        // One new code per catalog, the same on both languages' pages.
        let added = new_code(catalog.entries.iter().map(|e| e.code));
        let (next, edit) = next_revision(&text, &page, date, added);
        (name, next, edit)
    }

    fn catalogs(&self) -> xtask::gen::Catalogs {
        xtask::gen::Catalogs::load(&self.repo).unwrap()
    }

    /// The suite's tests that refuse an entry nobody reviewed (xtask's: conformance and
    /// products, which read the data at run time). They build none of the generated tables,
    /// whose compile at a state about to change again would only slow the drill down.
    fn review_tests(&self) -> (bool, String) {
        self.cargo(SUITE[0])
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
/// `to`: an update not yet committed (a newly vendored page) is part of the copy. The copy is
/// a git repository of its own, with every file added: the tests that list the project's files
/// through git then list the copy's, wherever it lies (inside the checkout's ignored target/,
/// or in a CARGO_TARGET_DIR outside any repository).
fn copy_tracked(root: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    for path in xtask::git::project_files(root, &[]).unwrap() {
        let dest = to.join(&path);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(root.join(&path), &dest).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    for args in [&["init", "-q"][..], &["add", "-A"]] {
        let status = Command::new("git")
            .args(args)
            .current_dir(to)
            .status()
            .unwrap_or_else(|e| panic!("git {args:?}: {e}"));
        assert!(status.success(), "git {args:?} in {}", to.display());
    }
    let copied = xtask::git::project_files(to, &["README.md"]).unwrap();
    assert_eq!(copied, ["README.md"], "git lists the copy's own files");
}

/// A document quoting a text the catalog does not hold, planted in the copy, fails the docs
/// test there: the drill's docs step reads the copy's documents, not none.
fn stale_quote_fails_the_copy(drill: &Drill, catalogs: &xtask::gen::Catalogs) {
    let entry = catalogs
        .returns
        .entries
        .iter()
        .find(|e| e.withdrawn.is_none() && !e.message_zh.is_empty())
        .expect("a current code with a Chinese text");
    let last = entry.message_zh.char_indices().last().unwrap().0;
    let stale = format!("{}旧{}", &entry.message_zh[..last], &entry.message_zh[last..]);
    let planted = drill.repo.join("STALE.md");
    std::fs::write(&planted, format!("{} {}: {stale}\n", entry.code, entry.name)).unwrap();
    let (ok, out) = drill.cargo(&["test", "-p", "xtask", "--test", "docs"]);
    std::fs::remove_file(&planted).unwrap();
    assert!(
        !ok && out.contains("STALE.md"),
        "a stale quote in the copy passed:\n{out}"
    );
}

/// What a reviewer writes into the data file for each code the importer added: a name, a
/// guidance, and the text of a language no page of ZEGO's gives yet. A file with nothing to
/// review comes back unchanged.
fn review(data: &str) -> String {
    let reviewed = data
        .split("\n[[code]]\n")
        .map(|block| {
            let texts_missing = block.contains("message_en = \"\"") || block.contains("message_zh = \"\"");
            if !block.contains("name = \"UNNAMED_") && !texts_missing {
                return block.to_owned();
            }
            block
                .lines()
                .map(|line| match line.split_once(" = ") {
                    Some(("name", v)) => format!("name = {}", v.replace("UNNAMED_", "DRILL_ADDED_")),
                    Some(("guidance", "\"unreviewed\"")) => "guidance = \"retry_later\"".to_owned(),
                    Some(("message_en", "\"\"")) => "message_en = \"A code the drill added.\"".to_owned(),
                    Some(("message_zh", "\"\"")) => "message_zh = \"演练新增的返回码。\"".to_owned(),
                    _ => line.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n[[code]]\n");
    if data.ends_with('\n') && !reviewed.ends_with('\n') {
        reviewed + "\n"
    } else {
        reviewed
    }
}

#[test]
fn successive_pages_go_in_with_one_import_and_one_review_each() {
    let root = repo_root();
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("drill");
    let drill = Drill {
        repo: base.join("repo"),
        target: base.join("target"),
        started: Instant::now(),
    };
    copy_tracked(&root, &drill.repo);
    let pages = Pages::load(&root).unwrap();
    let at_start = xtask::gen::Catalogs::load(&root).unwrap();
    stale_quote_fails_the_copy(&drill, &at_start);

    // 1. The Chinese pages of both catalogs and the English return-codes page, each with a
    //    text reworded, a code added and one dropped.
    let zh_date = years_after(&pages.current(Kind::Return, Lang::Zh).revision, 1);
    let mut en_date = years_after(&pages.current(Kind::Return, Lang::En).revision, 2);
    if en_date == zh_date {
        en_date = years_after(&en_date, 1);
    }
    let event_date = years_after(&pages.current(Kind::Event, Lang::Zh).revision, 1);
    let first_zh_page = drill.current(Kind::Return, Lang::Zh).2;
    let mut imports = Vec::new();
    let mut edits = Vec::new();
    for (kind, lang, date, flag) in [
        (Kind::Return, Lang::Zh, &zh_date, false),
        (Kind::Return, Lang::En, &en_date, false),
        (Kind::Event, Lang::Zh, &event_date, true),
    ] {
        let (name, next, edit) = drill.next_page(kind, lang, date);
        imports.push((name, next, flag.then(|| date.clone())));
        edits.push((kind, lang, edit));
    }
    // The English page also drops a code the Chinese page keeps listing: the row after the
    // reworded one (the Chinese page drops its last).
    let (_, en_text, en_page) = drill.current(Kind::Return, Lang::En);
    let en_only_drop = en_page.rows[2].code;
    let en_next = Page::parse(&imports[1].1).unwrap();
    imports[1].1 = drop_row(&imports[1].1, &en_next, en_only_drop);
    assert!(en_text.contains(&en_only_drop.to_string()));
    drill.update(&imports);
    let catalogs = drill.catalogs();
    assert_eq!(catalogs.revision(Kind::Return, Lang::Zh), zh_date);
    assert_eq!(catalogs.revision(Kind::Return, Lang::En), en_date);
    assert_eq!(catalogs.revision(Kind::Event, Lang::Zh), event_date);
    assert_eq!(
        catalogs.revision(Kind::Event, Lang::En),
        pages.current(Kind::Event, Lang::En).revision
    );
    for (kind, lang, edit) in &edits {
        let entry = catalogs
            .catalog(*kind)
            .get(edit.dropped)
            .expect("a dropped code stays");
        if *lang == Lang::Zh {
            // What a Chinese page dropped is withdrawn, with its revision, and still there.
            assert_eq!(
                entry.withdrawn.as_deref(),
                Some(catalogs.revision(*kind, Lang::Zh)),
                "{kind:?} {edit:?}"
            );
        }
    }
    // An English page dropping a code the Chinese page lists withdraws nothing: the code
    // keeps its English, now ours.
    assert!(drill
        .current(Kind::Return, Lang::Zh)
        .2
        .row(en_only_drop)
        .is_some());
    let entry = catalogs.returns.get(en_only_drop).unwrap();
    assert!(entry.withdrawn.is_none() && !entry.from_zego(Lang::En) && !entry.message_en.is_empty());
    // Codes withdrawn before the drill stay withdrawn, with their revision.
    for kind in Kind::ALL {
        for before in at_start
            .catalog(kind)
            .entries
            .iter()
            .filter(|e| e.withdrawn.is_some())
        {
            let now = catalogs.catalog(kind).get(before.code).unwrap();
            assert_eq!(now.withdrawn, before.withdrawn, "{}", before.code);
        }
    }
    let first_dropped = edits[0].2.dropped;

    // 2. The Chinese return-codes page again, on a catalog that now has a withdrawn code: a
    //    second withdrawal, and a second import of the same kind in a row.
    let zh2_date = years_after(&zh_date, 1);
    let (name, next, edit) = drill.next_page(Kind::Return, Lang::Zh, &zh2_date);
    drill.update(&[(name, next, None)]);
    let catalogs = drill.catalogs();
    let returns = catalogs.catalog(Kind::Return);
    assert_eq!(
        returns.get(edit.dropped).unwrap().withdrawn.as_deref(),
        Some(zh2_date.as_str())
    );
    assert_eq!(
        returns.get(first_dropped).unwrap().withdrawn.as_deref(),
        Some(zh_date.as_str())
    );
    let second_dropped = edit.dropped;

    // 3. ZEGO lists the first withdrawn code again: it is reinstated, the second stays
    //    withdrawn. Nothing new to review.
    let zh3_date = years_after(&zh2_date, 1);
    let (name, text, page) = drill.current(Kind::Return, Lang::Zh);
    let row = first_zh_page.row(first_dropped).unwrap();
    let report = drill.update(&[(name, relist(&text, &page, &zh3_date, row), None)]);
    assert!(
        report.contains(&format!("reinstated {first_dropped}")),
        "{report}"
    );
    let catalogs = drill.catalogs();
    let returns = catalogs.catalog(Kind::Return);
    assert_eq!(returns.get(first_dropped).unwrap().withdrawn, None);
    assert_eq!(
        returns.get(second_dropped).unwrap().withdrawn.as_deref(),
        Some(zh2_date.as_str())
    );
    assert_eq!(catalogs.revision(Kind::Return, Lang::Zh), zh3_date);

    // 4. A second product, the first with sections (data/products.toml): its Chinese page with
    //    a message reworded, a code added and one dropped, each in its own section.
    let products = xtask::products::Products::load(&drill.repo).unwrap();
    let (product, catalog) = products
        .registry
        .others()
        .zip(&products.catalogs)
        .find(|(p, _)| p.sections_of(Kind::Return).next().is_some())
        .expect("a product with sections");
    let record = Pages::load(&drill.repo)
        .unwrap()
        .current_of(&product.id, Kind::Return, Lang::Zh)
        .expect("its Chinese page")
        .clone();
    let text = std::fs::read_to_string(drill.repo.join(&record.file)).unwrap();
    let page = xtask::layout::CodePage::parse(&text).unwrap();
    let date = years_after(&record.revision, 1);
    let added = new_code(catalog.entries.iter().map(|e| e.code));
    let (next, edit) = xtask::drill::next_product_revision(&text, &page, &date, added);
    let report = drill.update_product(&product.id, "return-codes.zh.mdx", &next, &date);
    assert!(report.contains(&format!("added      {added}")), "{report}");
    let section = |heading: &Option<String>| {
        product
            .section_of(heading.as_deref(), Lang::Zh, Kind::Return)
            .unwrap()
    };
    let after = xtask::products::ProductCatalog::load(&drill.repo, product).unwrap();
    let get = |code: u32, heading: &Option<String>| {
        let section = section(heading);
        after
            .entries
            .iter()
            .find(|e| e.kind == Kind::Return && e.code == code && e.section == section && e.api.is_none())
            .unwrap_or_else(|| panic!("{} code {code} ({section:?}) is in the catalog", product.id))
            .clone()
    };
    let (code, heading, message) = &edit.changed;
    assert_eq!(&get(*code, heading).texts[Lang::Zh as usize].message, message);
    let new = get(edit.added.0, &edit.added.1);
    assert_eq!(
        (new.since.as_str(), new.withdrawn.as_deref()),
        (date.as_str(), None)
    );
    assert_eq!(
        get(edit.dropped.0, &edit.dropped.1).withdrawn.as_deref(),
        Some(date.as_str())
    );

    // 5. A product ZEGO adds: one entry in data/products.toml and its first page, imported and
    //    reviewed like any other. No code changes: the generated files list it.
    let registry = drill.repo.join(xtask::products::REGISTRY);
    let mut products_toml = std::fs::read_to_string(&registry).unwrap();
    // An id the registry does not hold yet (tests/product-drill.sh, run on a copy, adds a
    // product of its own before this drill runs there).
    let synthetic = (1..)
        .map(|n| format!("drill_product_{n}"))
        .find(|id| !products_toml.contains(&format!("id = \"{id}\"")))
        .unwrap();
    let synthetic = synthetic.as_str();
    products_toml.push_str(&format!(
        "\n[[product]]\nid = \"{synthetic}\"\nname_zh = \"演练产品\"\nname_en = \"Drill Product\"\n\
         hosts = [\"drill-api.example.invalid\"]\n\n[[product.section]]\nid = \"drill_section\"\n\
         heading_zh = \"演练接口\"\ntitle_en = \"Drill APIs\"\n"
    ));
    std::fs::write(&registry, products_toml).unwrap();
    let business = new_code(
        xtask::products::Products::load(&drill.repo)
            .unwrap()
            .catalogs
            .iter()
            .flat_map(|c| c.entries.iter().map(|e| e.code)),
    );
    let page = format!(
        "---\ndate: \"{date}\"\n---\n# 返回码\n\n## 演练接口\n\n| 返回码 | 说明 | 处理建议 |\n| --- | --- | --- |\n\
         | 0 | 成功。 | - |\n| {business} | 演练产品的返回码。 | 请重试。 |\n"
    );
    drill.update_product(synthetic, "return-codes.zh.md", &page, &date);
    for generated in ["CODES.md", "site/src/generated/catalog.ts"] {
        let text = std::fs::read_to_string(drill.repo.join(generated)).unwrap();
        assert!(
            text.contains("Drill Product") && text.contains(&business.to_string()),
            "{generated} does not list the new product's code"
        );
    }

    // No test was touched on the way.
    for dir in [
        "tests",
        "tests/golden",
        "xtask/tests",
        "python/tests",
        "cli/tests",
    ] {
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
