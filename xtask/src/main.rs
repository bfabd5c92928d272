//! `cargo xtask gen | check | import FILE [--since REV] [--dry-run]`

use std::path::Path;
use std::process::ExitCode;

use xtask::catalog::{repo_root, Catalog};
use xtask::gen::{self, Catalogs};
use xtask::import;
use xtask::upstream::Page;

const USAGE: &str = "\
usage: cargo xtask <command>

  gen                 write every generated file from data/*.toml
  check               fail if a generated file is out of date or the catalog needs review
  import FILE [--since REV] [--dry-run]
                      read a revision of ZEGO's return-codes or exception-codes page
                      (Chinese or English, .md or .mdx), report added, removed and changed
                      codes, and update data/*.toml; new codes get placeholders to review.
                      REV (the `since` of new codes) defaults to the page's front-matter date.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = repo_root();
    let result = match args.first().map(String::as_str) {
        Some("gen") => generate(&root, false),
        Some("check") => generate(&root, true),
        Some("import") => run_import(&root, &args[1..]),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn generate(root: &Path, check_only: bool) -> Result<(), String> {
    let catalogs = Catalogs::load(root)?;
    let mut stale = Vec::new();
    for out in gen::outputs(&catalogs) {
        let path = root.join(out.path);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(out.text.as_str()) {
            continue;
        }
        if check_only {
            stale.push(out.path);
        } else {
            std::fs::write(&path, &out.text).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {}", out.path);
        }
    }
    let mut problems: Vec<String> = stale
        .iter()
        .map(|p| format!("{p} is out of date: run `cargo xtask gen`"))
        .collect();
    if check_only {
        problems.extend(catalogs.returns.review_problems(xtask::catalog::Kind::Return));
        problems.extend(catalogs.events.review_problems(xtask::catalog::Kind::Event));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn run_import(root: &Path, args: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut since = None;
    let mut dry_run = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--since" => since = Some(it.next().ok_or("--since needs a value")?.clone()),
            "--dry-run" => dry_run = true,
            _ if file.is_none() && !arg.starts_with("--") => file = Some(arg.clone()),
            _ => return Err(USAGE.to_owned()),
        }
    }
    let file = file.ok_or(USAGE)?;
    let page = Page::read(Path::new(&file))?;
    let since = since
        .or_else(|| page.date.clone())
        .ok_or("the page has no front-matter date: pass --since REV")?;
    let mut catalog = Catalog::load(root, page.kind)?;
    let report = import::apply(&mut catalog, &page, &since);
    print!(
        "{file}: {} {} page, {} rows\n{report}",
        page.lang.as_str(),
        page.kind.data_file(),
        page.rows.len()
    );
    if !dry_run && !report.is_empty() {
        let path = root.join(page.kind.data_file());
        std::fs::write(&path, catalog.to_toml(page.kind)).map_err(|e| format!("{}: {e}", path.display()))?;
        generate(root, false)?;
        println!(
            "updated {}; now review it, vendor the page under data/upstream/ and run `make test`",
            page.kind.data_file()
        );
    }
    Ok(())
}
