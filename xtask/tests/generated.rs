//! Every generated file is what `cargo xtask gen` writes now, and the data needs no review.

use xtask::catalog::{repo_root, Kind};
use xtask::gen::{outputs, strays, Catalogs};

#[test]
fn generated_files_are_current() {
    let root = repo_root();
    let catalogs = Catalogs::load(&root).unwrap();
    let stale: Vec<&str> = outputs(&root, &catalogs)
        .unwrap()
        .into_iter()
        .filter(|out| std::fs::read_to_string(root.join(out.path)).ok().as_deref() != Some(out.text.as_str()))
        .map(|out| out.path)
        .collect();
    assert!(stale.is_empty(), "out of date, run `cargo xtask gen`: {stale:?}");
}

#[test]
fn generated_folders_hold_only_generated_files() {
    let root = repo_root();
    let catalogs = Catalogs::load(&root).unwrap();
    let strays = strays(&root, &outputs(&root, &catalogs).unwrap());
    assert!(strays.is_empty(), "{}", strays.join("\n"));
}

#[test]
fn data_files_are_canonical() {
    let root = repo_root();
    let catalogs = Catalogs::load(&root).unwrap();
    for kind in Kind::ALL {
        let on_disk = std::fs::read_to_string(root.join(kind.data_file())).unwrap();
        assert_eq!(
            on_disk,
            catalogs.catalog(kind).to_toml(kind),
            "{} is not in canonical form",
            kind.data_file()
        );
    }
    let pages = std::fs::read_to_string(root.join(xtask::pages::FILE)).unwrap();
    assert_eq!(
        pages,
        catalogs.pages.to_toml(),
        "data/pages.toml is not in canonical form"
    );
}

#[test]
fn catalog_is_fully_reviewed() {
    let catalogs = Catalogs::load(&repo_root()).unwrap();
    let problems: Vec<String> = Kind::ALL
        .into_iter()
        .flat_map(|kind| catalogs.catalog(kind).review_problems(kind))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
