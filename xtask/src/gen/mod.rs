//! Everything generated from the data files. `cargo xtask gen` writes these files and a test
//! fails when a committed one differs, so no list of codes is ever kept by hand.

mod block;
mod c_enums;
mod docs;
pub mod escape;
mod exceptions;
mod ffi;
mod ffi_products;
mod go;
mod java;
mod java_products;
mod model;
mod python;
mod readme;
mod rust;
mod rust_products;
mod site;
mod ts;

use std::path::Path;

use crate::catalog::{Catalog, Kind};
use crate::pages::Pages;

/// One generated file: its path relative to the repository root and its full text.
pub struct Output {
    pub path: &'static str,
    pub text: String,
}

/// Both catalogs and the pages they follow, read and checked.
#[derive(Clone)]
pub struct Catalogs {
    pub returns: Catalog,
    pub events: Catalog,
    pub pages: Pages,
    /// Every other product's codes, with the registry of products.
    pub products: crate::products::Products,
    /// The guidance rules other products' codes needed.
    pub rules: Vec<crate::rules::Rule>,
}

impl Catalogs {
    /// Reads and checks every data file; the error lists every problem of every file.
    pub fn load(root: &Path) -> Result<Catalogs, String> {
        let (returns, events, pages, products, rules) = (
            Catalog::load(root, Kind::Return),
            Catalog::load(root, Kind::Event),
            Pages::load(root),
            crate::products::Products::load(root),
            crate::rules::load(root),
        );
        match (returns, events, pages, products, rules) {
            (Ok(returns), Ok(events), Ok(pages), Ok(products), Ok(rules)) => Ok(Catalogs {
                returns,
                events,
                pages,
                products,
                rules,
            }),
            (r, e, p, x, g) => Err([r.err(), e.err(), p.err(), x.err(), g.err()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\n")),
        }
    }

    pub fn catalog(&self, kind: Kind) -> &Catalog {
        match kind {
            Kind::Return => &self.returns,
            Kind::Event => &self.events,
        }
    }

    /// The revision of the current page of `kind` in `lang`.
    pub fn revision(&self, kind: Kind, lang: crate::catalog::Lang) -> &str {
        &self.pages.current(kind, lang).revision
    }
}

/// Every generated file's text, computed in memory: nothing is written until all of them
/// are ready.
pub fn outputs(root: &Path, catalogs: &Catalogs) -> Result<Vec<Output>, String> {
    let model = model::Model::new(catalogs);
    let mut block = block::Block::new();
    let mut out = vec![
        Output {
            path: "src/generated/return_codes.rs",
            text: rust::table(catalogs, &model, Kind::Return, &mut block),
        },
        Output {
            path: "src/generated/event_codes.rs",
            text: rust::table(catalogs, &model, Kind::Event, &mut block),
        },
        Output {
            path: "src/generated/revisions.rs",
            text: rust::revisions(catalogs),
        },
        Output {
            path: "CODES.md",
            text: docs::codes_md(catalogs),
        },
    ];
    out.push(Output {
        path: "PRODUCTS.md",
        text: docs::products_md(&model),
    });
    out.push(Output {
        path: "src/generated/products.rs",
        text: rust_products::tables(&model, block),
    });
    out.push(Output {
        path: "src/generated/product_codes.rs",
        text: rust_products::constants(&model),
    });
    out.extend(ffi::outputs(root, catalogs, &model)?);
    out.extend(python::outputs(catalogs, &model));
    out.extend(java::outputs(catalogs, &model));
    out.extend(java_products::outputs(&model));
    out.extend(exceptions::outputs(root)?);
    out.extend(go::outputs(catalogs, &model));
    out.push(go::products(&model));
    out.extend(ts::outputs(catalogs, &model));
    out.push(ts::products(&model));
    out.extend(site::outputs(catalogs, &model));
    out.extend(readme::outputs(root, catalogs)?);
    Ok(out)
}

/// The folders that hold generated files only, each with the hand-written module file that
/// declares them, if any. A file there that `cargo xtask gen` does not write is a stray.
pub const GENERATED_DIRS: [(&str, Option<&str>); 6] = [
    ("src/generated", Some("mod.rs")),
    ("ffi/src/generated", Some("mod.rs")),
    (python::GENERATED_DIR, None),
    ("java/src/generated/java/zegocodes", None),
    ("node/src/generated", None),
    ("site/src/generated", None),
];

/// The files in GENERATED_DIRS that no output writes: left behind by a removed output, or
/// written by hand where the next `cargo xtask gen` would not keep them.
pub fn strays(root: &Path, outputs: &[Output]) -> Vec<String> {
    let mut strays = Vec::new();
    for (dir, module) in GENERATED_DIRS {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            strays.push(format!("{dir}/ is missing"));
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = format!("{dir}/{name}");
            if Some(name.as_str()) != module && !outputs.iter().any(|o| o.path == path) {
                strays.push(format!(
                    "{path} is in a generated folder, but `cargo xtask gen` does not write it"
                ));
            }
        }
    }
    strays.sort();
    strays
}

/// The marker at the top of every generated file.
pub fn banner(comment: &str, source: &str) -> String {
    format!("{comment} @generated by `cargo xtask gen` from {source}. Do not edit by hand.\n")
}

/// A template's lines without its conditional blocks that `keep` refuses: a line
/// `@IF_<FLAG>@` opens a block (kept when `keep(FLAG)`), a line `@END_IF@` closes it; the
/// marker lines themselves go.
pub fn keep_blocks(template: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut text = String::new();
    let mut kept = true;
    for line in template.lines() {
        if let Some(flag) = line.strip_prefix("@IF_").and_then(|l| l.strip_suffix('@')) {
            kept = keep(flag);
        } else if line == "@END_IF@" {
            kept = true;
        } else if kept {
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// The note a doc comment of the Go and TypeScript sources gives a withdrawn code:
/// " Withdrawn: ZEGO's page of REV no longer lists it.", or nothing.
pub(super) fn withdrawn_note(e: &crate::catalog::Entry) -> String {
    e.withdrawn
        .as_deref()
        .map(|rev| format!(" {}", withdrawn_sentence(rev)))
        .unwrap_or_default()
}

/// The sentence every generated doc comment gives a code withdrawn at `rev`.
pub(super) fn withdrawn_sentence(rev: &str) -> String {
    format!("Withdrawn: ZEGO's page of {rev} no longer lists it.")
}

/// The catalog figures in a sentence, for README.md and CODES.md.
pub fn figures(catalogs: &Catalogs) -> String {
    let part = |kind: Kind, what: &str| {
        let catalog = catalogs.catalog(kind);
        let withdrawn = catalog.entries.iter().filter(|e| e.withdrawn.is_some()).count();
        let current = catalog.entries.len() - withdrawn;
        let (zh, en) = (
            catalogs.revision(kind, crate::catalog::Lang::Zh),
            catalogs.revision(kind, crate::catalog::Lang::En),
        );
        let mut notes = vec![format!("{current} codes")];
        if withdrawn > 0 {
            notes.push(format!("{withdrawn} withdrawn"));
        }
        if en != zh {
            notes.push(format!("its English page of {en}"));
        }
        format!("{what} of {zh} ({})", notes.join("; "))
    };
    format!(
        "{} and {}",
        part(Kind::Return, "ZEGO's return-codes page"),
        part(Kind::Event, "the callback exception-codes page")
    )
}

/// `cargo xtask gen` (and `check`, which writes nothing): reads and checks every data file
/// and computes every output before writing any, so a bad value changes nothing.
pub fn run(root: &Path, check_only: bool) -> Result<Vec<&'static str>, String> {
    let catalogs = Catalogs::load(root).map_err(|e| format!("{e}\nnothing written"))?;
    let outputs = outputs(root, &catalogs)?;
    let strays = strays(root, &outputs);
    let stale: Vec<Output> = outputs
        .into_iter()
        .filter(|out| std::fs::read_to_string(root.join(out.path)).ok().as_deref() != Some(out.text.as_str()))
        .collect();
    let mut problems = Vec::new();
    let mut written = Vec::new();
    for out in &stale {
        if check_only {
            problems.push(format!("{} is out of date: run `cargo xtask gen`", out.path));
        } else {
            let path = root.join(out.path);
            std::fs::write(&path, &out.text).map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(out.path);
        }
    }
    if check_only {
        problems.extend(strays);
        for kind in Kind::ALL {
            problems.extend(catalogs.catalog(kind).review_problems(kind));
        }
    }
    if problems.is_empty() {
        Ok(written)
    } else {
        Err(problems.join("\n"))
    }
}
