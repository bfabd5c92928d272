//! data/pages.toml: every page of ZEGO's vendored under data/upstream/, where it came from,
//! and which one the catalog follows now for each catalog and language.
//!
//! The pages are dated on their own: ZEGO updates the Chinese and English pages on different
//! days, and the exception-codes pages carry no date at all (their revision is the one given
//! to `cargo xtask import --revision`). The tests read this file to know what to expect, so a
//! new page needs no test edit.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use crate::catalog::{is_revision, revision_key, toml_str, Kind, Lang, LANGS};
use crate::products::AI_AGENT;

pub const FILE: &str = "data/pages.toml";

/// The public address of ZEGO's page of `kind` in `lang`.
pub fn public_url(kind: Kind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Kind::Return, Lang::Zh) => "https://doc-zh.zego.im/aiagent-server/api-reference/return-codes",
        (Kind::Return, Lang::En) => {
            "https://www.zegocloud.com/docs/aiagent-server/api-reference/return-codes"
        }
        (Kind::Event, Lang::Zh) => "https://doc-zh.zego.im/aiagent-server/callbacks/exception-codes",
        (Kind::Event, Lang::En) => "https://www.zegocloud.com/docs/aiagent-server/callbacks/exception-codes",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageRecord {
    /// Relative to the repository root.
    pub file: String,
    /// The product whose page it is (data/products.toml).
    pub product: String,
    pub kind: Kind,
    pub lang: Lang,
    /// The page's date (front matter, or given at import), or the seed table's revision.
    pub revision: String,
    /// Where the page came from.
    pub source: String,
    /// Whether the catalog follows this page now.
    pub current: bool,
    /// A page ZEGO publishes without codes yet: the tests hold it to having none.
    pub placeholder: bool,
    /// A per-API page (an API's OpenAPI file or API page): the API's file name. Its codes join
    /// the product only where no global page lists them; a product has any number of these.
    pub api: Option<String>,
    /// The section a per-API page's codes belong to, in a product with sections.
    pub section: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    file: String,
    #[serde(default)]
    product: Option<String>,
    kind: String,
    lang: String,
    revision: String,
    source: String,
    current: bool,
    #[serde(default)]
    placeholder: bool,
    #[serde(default)]
    api: Option<String>,
    #[serde(default)]
    section: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPages {
    page: Vec<RawPage>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pages {
    /// Oldest first within each kind and language.
    pub pages: Vec<PageRecord>,
}

const HEADER: &str = "\
# ZEGO's pages vendored unchanged under data/upstream/: what each one is, where it came from,
# and which ones the catalog follows now (`current = true`, one per product, catalog and language).
# The Chinese and English pages are dated on their own. Written by `cargo xtask import`
# (CONTRIBUTING.md); the tests read it to know what the catalog must hold.
";

impl Pages {
    pub fn parse(text: &str) -> Result<Pages, String> {
        let raw: RawPages = toml::from_str(text).map_err(|e| format!("{FILE}: {e}"))?;
        let mut problems = Vec::new();
        let mut pages = Vec::new();
        for r in raw.page {
            let at = format!("{FILE}: page {}", r.file);
            let kind = Kind::from_name(&r.kind);
            let lang = r.lang.parse::<Lang>().ok();
            if kind.is_none() {
                problems.push(format!("{at}: kind {:?} is not \"return\" or \"event\"", r.kind));
            }
            if lang.is_none() {
                problems.push(format!("{at}: lang {:?} is not \"zh\" or \"en\"", r.lang));
            }
            if !is_revision(&r.revision) {
                problems.push(format!("{at}: revision {:?} is not YYYY-MM-DD", r.revision));
            }
            if let (Some(kind), Some(lang)) = (kind, lang) {
                pages.push(PageRecord {
                    file: r.file,
                    product: r.product.unwrap_or_else(|| AI_AGENT.to_owned()),
                    kind,
                    lang,
                    revision: r.revision,
                    source: r.source,
                    current: r.current,
                    placeholder: r.placeholder,
                    api: r.api,
                    section: r.section,
                });
            }
        }
        let mut out = Pages { pages };
        out.sort();
        for p in out
            .pages
            .iter()
            .filter(|p| p.product != AI_AGENT && p.current && !p.placeholder && p.api.is_none())
        {
            let current = out
                .of_product(&p.product, p.kind, p.lang)
                .filter(|q| q.current && !q.placeholder && q.api.is_none())
                .count();
            if current != 1 {
                problems.push(format!(
                    "{FILE}: {current} current {} {} pages in {}, expected at most 1",
                    p.product,
                    p.kind.as_str(),
                    p.lang
                ));
            }
        }
        for kind in Kind::ALL {
            for lang in LANGS {
                let current = out.of(kind, lang).filter(|p| p.current).count();
                if current != 1 {
                    problems.push(format!(
                        "{FILE}: {current} current {} pages in {lang}, expected 1",
                        kind.as_str()
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems.join("\n"))
        }
    }

    pub fn load(root: &Path) -> Result<Pages, String> {
        let text = std::fs::read_to_string(root.join(FILE)).map_err(|e| format!("{FILE}: {e}"))?;
        Pages::parse(&text)
    }

    fn sort(&mut self) {
        self.pages.sort_by(|a, b| {
            (
                a.product != AI_AGENT,
                &a.product,
                a.kind,
                a.lang as u32,
                revision_key(&a.revision),
                &a.file,
            )
                .cmp(&(
                    b.product != AI_AGENT,
                    &b.product,
                    b.kind,
                    b.lang as u32,
                    revision_key(&b.revision),
                    &b.file,
                ))
        });
    }

    /// AI Agent's vendored pages of `kind` in `lang`, oldest first.
    pub fn of(&self, kind: Kind, lang: Lang) -> impl Iterator<Item = &PageRecord> {
        self.of_product(AI_AGENT, kind, lang)
    }

    /// `product`'s vendored pages of `kind` in `lang`, oldest first.
    pub fn of_product<'a>(
        &'a self,
        product: &'a str,
        kind: Kind,
        lang: Lang,
    ) -> impl Iterator<Item = &'a PageRecord> {
        self.pages
            .iter()
            .filter(move |p| p.product == product && p.kind == kind && p.lang == lang)
    }

    /// `product`'s per-API pages its catalog follows now.
    pub fn current_api_pages<'a>(&'a self, product: &'a str) -> impl Iterator<Item = &'a PageRecord> {
        self.pages
            .iter()
            .filter(move |p| p.product == product && p.current && p.api.is_some())
    }

    /// The page of `product`'s `kind` in `lang` its catalog follows now, if ZEGO publishes one.
    pub fn current_of<'a>(&'a self, product: &'a str, kind: Kind, lang: Lang) -> Option<&'a PageRecord> {
        self.of_product(product, kind, lang)
            .find(|p| p.current && !p.placeholder && p.api.is_none())
    }

    /// The page of `kind` in `lang` the catalog follows now (one exists: `parse` checks).
    pub fn current(&self, kind: Kind, lang: Lang) -> &PageRecord {
        self.of(kind, lang)
            .find(|p| p.current)
            .expect("parse checks that one page is current")
    }

    /// Makes `page` the current page of its kind and language.
    pub fn make_current(&mut self, page: PageRecord) {
        for p in &mut self.pages {
            if p.product == page.product && p.kind == page.kind && p.lang == page.lang && p.api == page.api {
                p.current = false;
            }
        }
        self.pages.retain(|p| p.file != page.file);
        self.pages.push(PageRecord {
            current: true,
            ..page
        });
        self.sort();
    }

    pub fn to_toml(&self) -> String {
        let mut out = String::from(HEADER);
        for p in &self.pages {
            out.push_str("\n[[page]]\n");
            for (key, value) in [
                ("file", p.file.as_str()),
                ("product", &p.product),
                ("kind", p.kind.as_str()),
                ("lang", p.lang.as_str()),
                ("revision", &p.revision),
                ("source", &p.source),
            ] {
                writeln!(out, "{key} = {}", toml_str(value)).unwrap();
            }
            writeln!(out, "current = {}", p.current).unwrap();
            if let Some(api) = &p.api {
                writeln!(out, "api = {}", toml_str(api)).unwrap();
            }
            if let Some(section) = &p.section {
                writeln!(out, "section = {}", toml_str(section)).unwrap();
            }
            if p.placeholder {
                writeln!(out, "placeholder = true").unwrap();
            }
        }
        out
    }
}
