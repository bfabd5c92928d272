//! Every generated file is what `cargo xtask gen` writes now, and the data needs no review.

use xtask::catalog::{repo_root, Kind};
use xtask::gen::{outputs, Catalogs};

#[test]
fn generated_files_are_current() {
    let root = repo_root();
    let catalogs = Catalogs::load(&root).unwrap();
    let stale: Vec<&str> = outputs(&catalogs)
        .into_iter()
        .filter(|out| std::fs::read_to_string(root.join(out.path)).ok().as_deref() != Some(out.text.as_str()))
        .map(|out| out.path)
        .collect();
    assert!(stale.is_empty(), "out of date, run `cargo xtask gen`: {stale:?}");
}

#[test]
fn data_files_are_canonical() {
    let root = repo_root();
    let catalogs = Catalogs::load(&root).unwrap();
    for (kind, catalog) in [(Kind::Return, &catalogs.returns), (Kind::Event, &catalogs.events)] {
        let on_disk = std::fs::read_to_string(root.join(kind.data_file())).unwrap();
        assert_eq!(
            on_disk,
            catalog.to_toml(kind),
            "{} is not in canonical form",
            kind.data_file()
        );
    }
}

#[test]
fn catalog_is_fully_reviewed() {
    let catalogs = Catalogs::load(&repo_root()).unwrap();
    let mut problems = catalogs.returns.review_problems(Kind::Return);
    problems.extend(catalogs.events.review_problems(Kind::Event));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
