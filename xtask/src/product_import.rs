//! `cargo xtask import --product P FILE`: a page of any product other than AI Agent, in any
//! layout `layout` reads, brought into that product's catalog.
//!
//! The rules are AI Agent's (import.rs), per product: everything is read and checked before
//! anything is written; the Chinese page is the complete list, so a code it stops listing is
//! withdrawn and one it lists again is reinstated; a code one language's page lacks keeps a text
//! of ours there, marked; a new code gets placeholders a person reviews. A gateway code's name
//! and guidance come from AI Agent's catalog, since they are shared by every product.
//!
//! A per-API page (`--api NAME`: an API's OpenAPI file, or a class solution's API page) adds
//! only the codes no global page of the product lists, each marked with its API; where a global
//! page lists a code, its text comes from the global page, and a global page that starts
//! listing a per-API code takes it over (its name stays). Its codes go to `--section` in a
//! product with sections, since such a page has no section headings of its own.

use std::collections::BTreeSet;
use std::path::Path;

use crate::catalog::{other, revision_key, Catalog, Kind, Lang, LANGS, PLACEHOLDER_NAME_PREFIX};
use crate::import::Report;
use crate::layout::CodePage;
use crate::pages::{PageRecord, Pages, FILE as PAGES_FILE};
use crate::products::{is_gateway, Product, ProductCatalog, ProductEntry, Registry, Texts};

/// One key of a product's catalog: kind, section, code.
type Key = (Kind, Option<String>, u32);

/// What makes a page a per-API page: the API's name, and the section its codes belong to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Api {
    pub name: String,
    pub section: Option<String>,
}

/// A product's page, read, with its sections resolved.
pub struct ReadPage {
    pub kind: Kind,
    pub lang: Lang,
    pub revision: String,
    /// `None` for the product's global page.
    pub api: Option<Api>,
    /// Every code of the page with its texts, in the page's order.
    pub rows: Vec<(Key, Texts, usize)>,
}

impl ReadPage {
    pub fn read(
        product: &Product,
        text: &str,
        revision: Option<&str>,
        api: Option<&Api>,
    ) -> Result<ReadPage, String> {
        let page = CodePage::parse(text)?;
        let revision = match (revision, &page.date) {
            (Some(r), _) => r.to_owned(),
            (None, Some(d)) => d.clone(),
            (None, None) => {
                return Err("the page has no front-matter date: give its revision with --revision".into())
            }
        };
        let mut rows = Vec::new();
        if let Some(Api { section, .. }) = api {
            let known = match section {
                Some(s) => product.sections_of(page.kind).any(|x| &x.id == s),
                None => product.sections_of(page.kind).next().is_none(),
            };
            if !known {
                return Err(format!(
                    "section {section:?} is not one of {}'s {} sections in data/products.toml",
                    product.id,
                    page.kind.as_str()
                ));
            }
        }
        for row in &page.rows {
            let section = match api {
                Some(api) => api.section.clone(),
                None => product
                    .section_of(row.heading.as_deref(), page.lang, page.kind)
                    .map_err(|e| format!("line {}: {e}", row.line))?,
            };
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
            api: api.cloned(),
            rows,
        })
    }

    fn api_name(&self) -> Option<&str> {
        self.api.as_ref().map(|a| a.name.as_str())
    }

    /// Whether the catalog's code `code` comes from elsewhere than this page: a per-API
    /// page's code that a global page (or another API's page) already gives.
    fn given_elsewhere(&self, catalog: &ProductCatalog, kind: Kind, code: u32) -> bool {
        self.api.is_some()
            && catalog
                .entries
                .iter()
                .any(|e| e.kind == kind && e.code == code && e.api.as_deref() != self.api_name())
    }

    /// The catalog's entry this page gives for `key`: same kind, section and code, from a
    /// global page for a global page, from this API's page for a per-API one.
    fn entry_of(&self, catalog: &ProductCatalog, (kind, section, code): &Key) -> Option<usize> {
        catalog.entries.iter().position(|e| {
            e.kind == *kind && &e.section == section && e.code == *code && e.api.as_deref() == self.api_name()
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
        if page.given_elsewhere(&next, *kind, *code) {
            continue;
        }
        let exact = page.entry_of(&next, key);
        // A global page now listing a code only a per-API page gave takes it over.
        let taken = || {
            next.entries
                .iter()
                .position(|e| e.kind == *kind && e.code == *code && e.api.is_some())
                .filter(|_| page.api.is_none())
        };
        let found = match exact.or_else(taken) {
            Some(i) => {
                let e = &mut next.entries[i];
                if page.api.is_none() && e.api.take().is_some() {
                    e.section = section.clone();
                }
                Some(e)
            }
            None => None,
        };
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
                    api: page.api_name().map(str::to_owned),
                });
                report.added.push(*code);
            }
        }
    }
    let listed: BTreeSet<&Key> = page.rows.iter().map(|(k, _, _)| k).collect();
    for e in next
        .entries
        .iter_mut()
        .filter(|e| e.kind == page.kind && e.api.as_deref() == page.api_name())
    {
        let key = (e.kind, e.section.clone(), e.code);
        if listed.contains(&key) {
            continue;
        }
        if lang == Lang::Zh {
            // Withdrawn: a code the Chinese page listed and no longer does. A code only the
            // English page has ever listed (its Chinese text is ours) stays as it is.
            if e.withdrawn.is_none() && !e.ours[li] {
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
    /// A per-API page: its API's name and section.
    pub api: Option<Api>,
}

/// Reads and checks everything, then (unless a dry run) vendors the page under
/// `data/upstream/<product>/<revision>/`, records it in data/pages.toml, writes the product's
/// data file and regenerates. Returns what it did, for the maintainer.
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
    let page = ReadPage::read(product, &text, req.revision.as_deref(), req.api.as_ref())
        .map_err(|e| format!("{file}: {e}"))?;
    if !crate::catalog::is_date(&page.revision) {
        return Err(format!("{file}: revision {:?} is not YYYY-MM-DD", page.revision));
    }
    let mut pages = Pages::load(root)?;
    let current_of = |pages: &Pages, lang: Lang| -> Option<PageRecord> {
        match page.api_name() {
            None => pages.current_of(&product.id, page.kind, lang).cloned(),
            Some(api) => pages
                .current_api_pages(&product.id)
                .find(|p| p.api.as_deref() == Some(api) && p.kind == page.kind && p.lang == lang)
                .cloned(),
        }
    };
    if let Some(current) = current_of(&pages, page.lang) {
        if revision_key(&page.revision) < revision_key(&current.revision) {
            return Err(format!(
                "{file}: revision {} is older than the current page's ({}, {})",
                page.revision, current.revision, current.file
            ));
        }
    }
    let other_page = match current_of(&pages, other(page.lang)) {
        Some(rec) => Some(read_record(root, product, &rec)?),
        None => None,
    };
    let data_file = product.data_file();
    let catalog = ProductCatalog::load(root, product)?;
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
    let vendored = match page.api_name() {
        None => format!(
            "data/upstream/{}/{}/{stem}.{}.{ext}",
            product.id, page.revision, page.lang
        ),
        Some(api) => format!(
            "data/upstream/{}/api/{}/{api}.{}.{ext}",
            product.id, page.revision, page.lang
        ),
    };
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
        api: page.api_name().map(str::to_owned),
        section: page.api.as_ref().and_then(|a| a.section.clone()),
    });
    let codes = page.rows.len();
    let what = match page.api_name() {
        None => "page".to_owned(),
        Some(api) => format!("per-API page {api:?}"),
    };
    let mut out = format!(
        "{file}: {} {} {what} in {}, revision {}, {codes} codes\n{report}",
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
    // Every generated file that lists the product's codes (CODES.md, the catalog page's data).
    for path in crate::gen::run(root, false)? {
        out.push_str(&format!("wrote {path}\n"));
    }
    Ok(out)
}

/// Every page of `product`'s `kind` its catalog follows now, read: the global pages of both
/// languages and every per-API page.
pub fn current_pages(
    root: &Path,
    pages: &Pages,
    product: &Product,
    kind: Kind,
) -> Result<Vec<(PageRecord, ReadPage)>, String> {
    let global = LANGS
        .into_iter()
        .filter_map(|lang| pages.current_of(&product.id, kind, lang));
    let apis = pages.current_api_pages(&product.id).filter(|p| p.kind == kind);
    global
        .chain(apis)
        .map(|rec| Ok((rec.clone(), read_record(root, product, rec)?)))
        .collect()
}

/// The vendored page `rec` records, read as data/pages.toml describes it.
pub fn read_record(root: &Path, product: &Product, rec: &PageRecord) -> Result<ReadPage, String> {
    let text = std::fs::read_to_string(root.join(&rec.file)).map_err(|e| format!("{}: {e}", rec.file))?;
    let api = rec.api.as_ref().map(|name| Api {
        name: name.clone(),
        section: rec.section.clone(),
    });
    let page = ReadPage::read(product, &text, Some(&rec.revision), api.as_ref())
        .map_err(|e| format!("{}: {e}", rec.file))?;
    if page.kind != rec.kind || page.lang != rec.lang {
        return Err(format!(
            "{}: {PAGES_FILE} calls it a {} page in {}, but it reads as one of {} in {}",
            rec.file,
            rec.kind.as_str(),
            rec.lang,
            page.kind.as_str(),
            page.lang
        ));
    }
    Ok(page)
}

/// Where `catalog` differs from `product`'s current pages (see [`compare`]).
pub fn page_problems(
    root: &Path,
    pages: &Pages,
    product: &Product,
    catalog: &ProductCatalog,
) -> Result<Vec<String>, String> {
    let mut problems = Vec::new();
    for kind in Kind::ALL {
        for (rec, page) in current_pages(root, pages, product, kind)? {
            problems.extend(compare(&rec.file, &page, product, catalog));
        }
    }
    for rec in pages
        .pages
        .iter()
        .filter(|p| p.product == product.id && p.placeholder)
    {
        let text = std::fs::read_to_string(root.join(&rec.file)).map_err(|e| format!("{}: {e}", rec.file))?;
        if CodePage::parse(&text).is_ok() {
            problems.push(format!(
                "{}: {} page recorded as having no codes now has a code table: import it",
                rec.file, product.id
            ));
        }
    }
    Ok(problems)
}

/// Where `catalog` differs from `page` (vendored as `file`): a code the page lists that the
/// catalog lacks, a text that is not the page's byte for byte, a code marked as ours that the
/// page lists, or one the page does not list whose text is not ours (nor, on the Chinese page,
/// withdrawn). Each problem names the page, the line, the product and the code.
pub fn compare(file: &str, page: &ReadPage, product: &Product, catalog: &ProductCatalog) -> Vec<String> {
    let mut problems = Vec::new();
    let li = page.lang as usize;
    for (key, texts, line) in &page.rows {
        let (k, section, code) = key;
        let at = format!("{file}:{line}: {} code {code}", product.id);
        if page.given_elsewhere(catalog, *k, *code) {
            continue;
        }
        let Some(e) = page.entry_of(catalog, key).map(|i| &catalog.entries[i]) else {
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
    for e in catalog
        .entries
        .iter()
        .filter(|e| e.kind == page.kind && e.api.as_deref() == page.api_name())
    {
        if listed.contains(&(e.section.as_deref(), e.code)) {
            continue;
        }
        // A code a page does not list has a text of ours in its language, or, gone from the
        // Chinese page, is withdrawn with its last texts.
        let withdrawn = page.lang == Lang::Zh && e.withdrawn.is_some();
        if !e.ours[li] && !withdrawn {
            problems.push(format!(
                "{file}: {} code {} ({:?}) is not on the page, yet its {} text is marked as ZEGO's{}",
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
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::repo_root;

    fn product() -> Product {
        toml::from_str::<crate::products::Registry>(
            "[[product]]\nid = \"p\"\nname_zh = \"产品\"\nname_en = \"P\"\n",
        )
        .unwrap()
        .products
        .remove(0)
    }

    fn page(p: &Product, text: &str, revision: &str) -> ReadPage {
        ReadPage::read(p, text, Some(revision), None).unwrap()
    }

    const ZH: &str = "| 返回码 | 说明 | 处理建议 |\n| --- | --- | --- |\n";
    const EN: &str = "| Return code | Description | Suggested action |\n| --- | --- | --- |\n";

    /// Adding, rewording, withdrawing and reinstating, as AI Agent's importer does, and a code
    /// only the English page lists, which no Chinese page withdraws.
    #[test]
    fn pages_in_turn_add_reword_withdraw_and_reinstate() {
        let p = product();
        let aiagent = Catalog::load(&repo_root(), Kind::Return).unwrap();
        let empty = ProductCatalog {
            product: "p".into(),
            entries: Vec::new(),
        };
        let zh1 = page(
            &p,
            &format!("{ZH}| 0 | 成功。 | - |\n| 7 | 甲。 | 乙。 |\n| 8 | 丙。 | - |\n"),
            "2030-01-01",
        );
        let (c, r) = merge(&empty, &p, &zh1, None, &aiagent);
        assert_eq!(r.added, [0, 7, 8]);
        let success = c.entries.iter().find(|e| e.code == 0).unwrap();
        assert_eq!(
            success.name,
            aiagent.get(0).unwrap().name,
            "a gateway code takes AI Agent's name"
        );
        assert!(c.entries.iter().all(|e| e.ours == [false, true]));
        let en1 = page(
            &p,
            &format!("{EN}| 7 | A. | B. |\n| 9 | Only English. | - |\n"),
            "2030-01-02",
        );
        let (c, r) = merge(&c, &p, &en1, Some(&zh1), &aiagent);
        assert_eq!((r.added.clone(), r.now_zegos.clone()), (vec![9], vec![7]));
        let nine = c.entries.iter().find(|e| e.code == 9).unwrap();
        assert_eq!(nine.ours, [true, false]);
        let zh2 = page(
            &p,
            &format!("{ZH}| 0 | 成功。 | - |\n| 7 | 甲（改）。 | 乙。 |\n"),
            "2030-02-01",
        );
        let (c, r) = merge(&c, &p, &zh2, Some(&en1), &aiagent);
        assert_eq!(r.changed.len(), 1);
        assert_eq!(r.withdrawn.iter().map(|w| w.0).collect::<Vec<_>>(), [8]);
        let get = |c: &ProductCatalog, code| c.entries.iter().find(|e| e.code == code).unwrap().clone();
        assert_eq!(get(&c, 8).withdrawn.as_deref(), Some("2030-02-01"));
        assert_eq!(get(&c, 9).withdrawn, None, "only the English page ever listed 9");
        let zh3 = page(
            &p,
            &format!("{ZH}| 0 | 成功。 | - |\n| 7 | 甲（改）。 | 乙。 |\n| 8 | 丙。 | - |\n"),
            "2030-03-01",
        );
        let (c, r) = merge(&c, &p, &zh3, Some(&en1), &aiagent);
        assert_eq!(r.reinstated, [8]);
        assert_eq!(get(&c, 8).withdrawn, None);
    }
}
