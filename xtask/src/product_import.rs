//! `cargo xtask import --product P FILE`: a page of any product other than AI Agent, in any
//! layout `layout` reads, brought into that product's catalog.
//!
//! The rules are AI Agent's (import.rs), per product: everything is read and checked before
//! anything is written; the Chinese page is the complete list, so a code it stops listing is
//! withdrawn and one it lists again is reinstated; a code one language's page lacks keeps a text
//! of ours there, marked; a new code gets placeholders a person reviews. A gateway code's name
//! and guidance come from AI Agent's catalog, since they are shared by every product.

use std::collections::BTreeSet;
use std::path::Path;

use crate::catalog::{other, revision_key, Catalog, Kind, Lang, LANGS, PLACEHOLDER_NAME_PREFIX};
use crate::import::Report;
use crate::layout::CodePage;
use crate::pages::{PageRecord, Pages, FILE as PAGES_FILE};
use crate::products::{is_gateway, Product, ProductCatalog, ProductEntry, Registry, Texts};

/// One key of a product's catalog: kind, section, code.
type Key = (Kind, Option<String>, u32);

/// A product's page, read, with its sections resolved.
pub struct ReadPage {
    pub kind: Kind,
    pub lang: Lang,
    pub revision: String,
    /// Every code of the page with its texts, in the page's order.
    pub rows: Vec<(Key, Texts, usize)>,
}

impl ReadPage {
    pub fn read(product: &Product, text: &str, revision: Option<&str>) -> Result<ReadPage, String> {
        let page = CodePage::parse(text)?;
        let revision = match (revision, &page.date) {
            (Some(r), _) => r.to_owned(),
            (None, Some(d)) => d.clone(),
            (None, None) => {
                return Err("the page has no front-matter date: give its revision with --revision".into())
            }
        };
        let mut rows = Vec::new();
        for row in &page.rows {
            let section = product
                .section_of(row.heading.as_deref(), page.lang, page.kind)
                .map_err(|e| format!("line {}: {e}", row.line))?;
            for &code in &row.codes {
                let texts = Texts {
                    message: row.message.clone(),
                    cause: row.cause.clone(),
                    suggestion: row.suggestion.clone(),
                };
                rows.push(((page.kind, section.clone(), code), texts, row.line));
            }
        }
        Ok(ReadPage {
            kind: page.kind,
            lang: page.lang,
            revision,
            rows,
        })
    }

    pub fn get(&self, key: &Key) -> Option<&Texts> {
        self.rows.iter().find(|(k, _, _)| k == key).map(|(_, t, _)| t)
    }
}

/// Brings `page` into `catalog`: the catalog as it must be after the page, and what changed.
/// `other_page` is the product's current page of the other language, if any.
pub fn merge(
    catalog: &ProductCatalog,
    product: &Product,
    page: &ReadPage,
    other_page: Option<&ReadPage>,
    aiagent: &Catalog,
) -> (ProductCatalog, Report) {
    let mut next = catalog.clone();
    let mut report = Report::default();
    let lang = page.lang;
    let li = lang as usize;
    for (key, texts, _) in &page.rows {
        let (kind, section, code) = key;
        let found = next
            .entries
            .iter_mut()
            .find(|e| e.kind == *kind && &e.section == section && e.code == *code);
        match found {
            Some(e) => {
                let old = &e.texts[li];
                for (field, was, now) in [
                    ("message", &old.message, &texts.message),
                    ("cause", &old.cause, &texts.cause),
                    ("suggestion", &old.suggestion, &texts.suggestion),
                ] {
                    if was != now && !e.ours[li] {
                        report
                            .changed
                            .push((*code, format!("{field}_{lang}"), was.clone(), now.clone()));
                    }
                }
                if e.ours[li] {
                    report.now_zegos.push(*code);
                }
                e.texts[li] = texts.clone();
                e.ours[li] = false;
                if lang == Lang::Zh && e.withdrawn.take().is_some() {
                    report.reinstated.push(*code);
                }
            }
            None => {
                let mut ours = [false; 2];
                let mut entry_texts: [Texts; 2] = Default::default();
                entry_texts[li] = texts.clone();
                let o = other(lang) as usize;
                match other_page.and_then(|p| p.get(key)) {
                    Some(t) => entry_texts[o] = t.clone(),
                    None => ours[o] = true,
                }
                let shared = is_gateway(*kind, *code).then(|| aiagent.get(*code)).flatten();
                next.entries.push(ProductEntry {
                    kind: *kind,
                    section: section.clone(),
                    code: *code,
                    name: shared
                        .map_or_else(|| format!("{PLACEHOLDER_NAME_PREFIX}{code}"), |a| a.name.clone()),
                    guidance: shared.and_then(|a| a.guidance),
                    since: page.revision.clone(),
                    withdrawn: None,
                    texts: entry_texts,
                    ours,
                });
                report.added.push(*code);
            }
        }
    }
    let listed: BTreeSet<&Key> = page.rows.iter().map(|(k, _, _)| k).collect();
    for e in next.entries.iter_mut().filter(|e| e.kind == page.kind) {
        let key = (e.kind, e.section.clone(), e.code);
        if listed.contains(&key) {
            continue;
        }
        if lang == Lang::Zh {
            if e.withdrawn.is_none() {
                e.withdrawn = Some(page.revision.clone());
                report.withdrawn.push((e.code, e.name.clone()));
            }
        } else if !e.ours[li] {
            e.ours[li] = true;
            report.ours.push(e.code);
        }
    }
    next.sort(product);
    (next, report)
}

pub struct ProductRequest<'a> {
    pub product: &'a str,
    pub file: &'a Path,
    pub revision: Option<String>,
    pub source: Option<String>,
    pub dry_run: bool,
}

/// Reads and checks everything, then (unless a dry run) vendors the page under
/// `data/upstream/<product>/<revision>/`, records it in data/pages.toml and writes the product's
/// data file. Returns what it did, for the maintainer.
pub fn run(root: &Path, req: &ProductRequest) -> Result<String, String> {
    let file = req.file.display().to_string();
    let registry = Registry::load(root)?;
    let product = registry
        .get(req.product)
        .filter(|p| p.id != crate::products::AI_AGENT)
        .ok_or_else(|| {
            let ids: Vec<&str> = registry.others().map(|p| p.id.as_str()).collect();
            format!(
                "--product {:?}: not one of {} (AI Agent's pages are imported without --product)",
                req.product,
                ids.join(", ")
            )
        })?;
    let text = std::fs::read_to_string(req.file).map_err(|e| format!("{file}: {e}"))?;
    let page = ReadPage::read(product, &text, req.revision.as_deref()).map_err(|e| format!("{file}: {e}"))?;
    if !crate::catalog::is_date(&page.revision) {
        return Err(format!("{file}: revision {:?} is not YYYY-MM-DD", page.revision));
    }
    let mut pages = Pages::load(root)?;
    if let Some(current) = pages.current_of(&product.id, page.kind, page.lang) {
        if revision_key(&page.revision) < revision_key(&current.revision) {
            return Err(format!(
                "{file}: revision {} is older than the current page's ({}, {})",
                page.revision, current.revision, current.file
            ));
        }
    }
    let other_page = match pages.current_of(&product.id, page.kind, other(page.lang)) {
        Some(rec) => {
            let t =
                std::fs::read_to_string(root.join(&rec.file)).map_err(|e| format!("{}: {e}", rec.file))?;
            Some(ReadPage::read(product, &t, Some(&rec.revision)).map_err(|e| format!("{}: {e}", rec.file))?)
        }
        None => None,
    };
    let data_file = product.data_file();
    let catalog = if root.join(&data_file).exists() {
        ProductCatalog::load(root, product)?
    } else {
        ProductCatalog {
            product: product.id.clone(),
            entries: Vec::new(),
        }
    };
    let aiagent = Catalog::load(root, Kind::Return)?;
    let (next, report) = merge(&catalog, product, &page, other_page.as_ref(), &aiagent);
    let data = next.to_toml(product);
    // The file must read back as it was meant: nothing the format cannot hold.
    ProductCatalog::parse(&data, product)
        .map_err(|e| format!("{file}: the page would make {data_file} invalid:\n{e}"))?;
    let ext = req.file.extension().and_then(|e| e.to_str()).unwrap_or("md");
    let stem = match page.kind {
        Kind::Return => "return-codes",
        Kind::Event => "exception-codes",
    };
    let vendored = format!(
        "data/upstream/{}/{}/{stem}.{}.{ext}",
        product.id, page.revision, page.lang
    );
    pages.make_current(PageRecord {
        file: vendored.clone(),
        product: product.id.clone(),
        kind: page.kind,
        lang: page.lang,
        revision: page.revision.clone(),
        source: req
            .source
            .clone()
            .unwrap_or_else(|| format!("{file} (no --source given)")),
        current: true,
        placeholder: false,
    });
    let codes = page.rows.len();
    let mut out = format!(
        "{file}: {} {} page in {}, revision {}, {codes} codes\n{report}",
        product.id,
        page.kind.as_str(),
        page.lang,
        page.revision
    );
    if req.dry_run {
        out.push_str("dry run: nothing written\n");
        return Ok(out);
    }
    let dest = root.join(&vendored);
    std::fs::create_dir_all(dest.parent().unwrap()).map_err(|e| format!("{vendored}: {e}"))?;
    std::fs::write(&dest, &text).map_err(|e| format!("{vendored}: {e}"))?;
    std::fs::write(root.join(PAGES_FILE), pages.to_toml()).map_err(|e| format!("{PAGES_FILE}: {e}"))?;
    std::fs::write(root.join(&data_file), data).map_err(|e| format!("{data_file}: {e}"))?;
    for path in [vendored.as_str(), PAGES_FILE, data_file.as_str()] {
        out.push_str(&format!("wrote {path}\n"));
    }
    Ok(out)
}

/// The languages' pages of `product`'s `kind` that the catalog follows now, read.
pub fn current_pages(
    root: &Path,
    pages: &Pages,
    product: &Product,
    kind: Kind,
) -> Result<Vec<(PageRecord, ReadPage)>, String> {
    let mut out = Vec::new();
    for lang in LANGS {
        if let Some(rec) = pages.current_of(&product.id, kind, lang) {
            let text =
                std::fs::read_to_string(root.join(&rec.file)).map_err(|e| format!("{}: {e}", rec.file))?;
            let page = ReadPage::read(product, &text, Some(&rec.revision))
                .map_err(|e| format!("{}: {e}", rec.file))?;
            if page.kind != kind || page.lang != lang {
                return Err(format!(
                    "{}: {PAGES_FILE} calls it a {} page in {lang}, but it reads as one of {} in {}",
                    rec.file,
                    kind.as_str(),
                    page.kind.as_str(),
                    page.lang
                ));
            }
            out.push((rec.clone(), page));
        }
    }
    Ok(out)
}

/// Where `catalog` differs from `product`'s current pages: a code a page lists that the
/// catalog lacks, a text that is not the page's byte for byte, a code marked as ours that the
/// page lists, or one the Chinese page dropped that is not withdrawn. Each names the product,
/// the code and the page.
pub fn page_problems(
    root: &Path,
    pages: &Pages,
    product: &Product,
    catalog: &ProductCatalog,
) -> Result<Vec<String>, String> {
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        for (rec, page) in current_pages(root, pages, product, kind)? {
            let li = page.lang as usize;
            for ((k, section, code), texts, line) in &page.rows {
                let at = format!("{}:{line}: {} code {code}", rec.file, product.id);
                let Some(e) = catalog
                    .entries
                    .iter()
                    .find(|e| e.kind == *k && &e.section == section && e.code == *code)
                else {
                    problems.push(format!(
                        "{at} (section {section:?}) is not in {}",
                        product.data_file()
                    ));
                    continue;
                };
                let mine = &e.texts[li];
                for (field, page_text, data_text) in [
                    ("message", &texts.message, &mine.message),
                    ("cause", &texts.cause, &mine.cause),
                    ("suggestion", &texts.suggestion, &mine.suggestion),
                ] {
                    if page_text != data_text {
                        problems.push(format!(
                            "{at}: {field}_{} differs from the page:\n    page {page_text:?}\n    data {data_text:?}",
                            page.lang
                        ));
                    }
                }
                if e.ours[li] {
                    problems.push(format!(
                        "{at}: marked as ours in {}, but the page lists it",
                        page.lang
                    ));
                }
                if e.withdrawn.is_some() && page.lang == Lang::Zh {
                    problems.push(format!("{at}: marked withdrawn, but the Chinese page lists it"));
                }
            }
            let listed: BTreeSet<(Option<&str>, u32)> = page
                .rows
                .iter()
                .map(|((_, s, c), _, _)| (s.as_deref(), *c))
                .collect();
            for e in catalog.entries.iter().filter(|e| e.kind == kind) {
                if listed.contains(&(e.section.as_deref(), e.code)) {
                    continue;
                }
                // A code a page does not list has a text of ours in its language, or, gone
                // from the Chinese page, is withdrawn with its last texts.
                let withdrawn = page.lang == Lang::Zh && e.withdrawn.is_some();
                if !e.ours[li] && !withdrawn {
                    problems.push(format!(
                        "{}: {} code {} ({:?}) is not on the page, yet its {} text is marked as ZEGO's{}",
                        rec.file,
                        product.id,
                        e.code,
                        e.section,
                        page.lang,
                        if page.lang == Lang::Zh {
                            " and it is not withdrawn"
                        } else {
                            ""
                        }
                    ));
                }
            }
        }
    }
    Ok(problems)
}
