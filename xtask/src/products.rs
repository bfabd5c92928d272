//! Every ZEGO server product the catalog explains: `data/products.toml` (the products, their
//! API hosts and the sections of their pages) and `data/products/<product>.toml` (each
//! product's codes), beside AI Agent's `data/return_codes.toml` and `data/event_codes.toml`.
//!
//! One number can mean different things in two products, and even in two sections of one
//! product's page (RTC's 41003), so a code is keyed by product, kind, section and number. The
//! rules are AI Agent's: ZEGO's texts byte for byte as `layout` reads them, in each language;
//! names, guidance and `since` are this project's, names forever; a text of ours is marked
//! (`en_source = "zego-codes"`); a code the Chinese page drops stays, withdrawn.
//!
//! The gateway codes (0 and 100000000-100000017) mean the same in every product. Each product
//! keeps its own page's wording, and shares AI Agent's name and guidance for them, so a
//! caller's handling of a gateway code does not depend on which product answered.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;
use zego_codes::{Category, Guidance};

use crate::catalog::{
    is_revision, is_upper_snake, parse_guidance, parse_ours, toml_str, Catalog, Kind, Lang, LANGS, OUR_TEXT,
    PLACEHOLDER_GUIDANCE, PLACEHOLDER_NAME_PREFIX,
};

pub const REGISTRY: &str = "data/products.toml";
/// The product whose codes live in data/return_codes.toml and data/event_codes.toml.
pub const AI_AGENT: &str = "aiagent";

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable: part of the key of a code, and of the API that looks one up.
    pub id: String,
    /// The headings that introduce the section on the product's Chinese and English pages;
    /// none for a section only per-API pages fill.
    #[serde(default)]
    pub heading_zh: Option<String>,
    #[serde(default)]
    pub heading_en: Option<String>,
    pub title_en: String,
    /// The kind of codes it holds: `return` unless it says `event`.
    #[serde(default = "return_kind")]
    pub kind: String,
}

fn return_kind() -> String {
    Kind::Return.as_str().to_owned()
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Stable: the product's name in every API (`rtc`, `zim`, `digital_human`).
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    /// The API hosts ZEGO's pages document for the product: a log line naming one says which
    /// product answered.
    #[serde(default)]
    pub hosts: Vec<String>,
    #[serde(default, rename = "section")]
    pub sections: Vec<Section>,
    /// The id's words, where the id runs them together (`ai_agent` for `aiagent`): every
    /// language's names of the product are built from them (`AI_AGENT`, `AiAgent`).
    #[serde(default)]
    pub words: Option<String>,
}

impl Product {
    /// The words of the product's names in every language, lower_snake: `words`, or the id.
    pub fn words(&self) -> &str {
        self.words.as_deref().unwrap_or(&self.id)
    }

    pub fn data_file(&self) -> String {
        format!("data/products/{}.toml", self.id)
    }

    /// The sections of `kind`'s pages.
    pub fn sections_of(&self, kind: Kind) -> impl Iterator<Item = &Section> {
        self.sections.iter().filter(move |s| s.kind == kind.as_str())
    }

    /// The section a heading of a `kind` page introduces: `None` on pages without sections.
    pub fn section_of(
        &self,
        heading: Option<&str>,
        lang: Lang,
        kind: Kind,
    ) -> Result<Option<String>, String> {
        if self.sections_of(kind).next().is_none() {
            return Ok(None);
        }
        let Some(heading) = heading else {
            return Err(format!(
                "a code table under no heading, but {}'s {} pages have sections",
                self.id,
                kind.as_str()
            ));
        };
        self.sections_of(kind)
            .find(|s| match lang {
                Lang::Zh => s.heading_zh.as_deref() == Some(heading),
                Lang::En => s.heading_en.as_deref() == Some(heading),
            })
            .map(|s| Some(s.id.clone()))
            .ok_or_else(|| format!("heading {heading:?} is no section of {} in {REGISTRY}", self.id))
    }

    fn section_index(&self, section: Option<&str>) -> usize {
        section
            .and_then(|s| self.sections.iter().position(|x| x.id == s))
            .unwrap_or(0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    #[serde(rename = "product")]
    pub products: Vec<Product>,
}

fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.ends_with('_')
}

impl Registry {
    pub fn parse(text: &str) -> Result<Registry, String> {
        let reg: Registry = toml::from_str(text).map_err(|e| format!("{REGISTRY}: {e}"))?;
        let mut problems = Vec::new();
        let mut seen = Vec::new();
        for p in &reg.products {
            if !is_id(&p.id) || seen.contains(&&p.id) {
                problems.push(format!(
                    "{REGISTRY}: product id {:?} is not a unique lower_snake id",
                    p.id
                ));
            }
            seen.push(&p.id);
            if !is_id(p.words()) || p.words().replace('_', "") != p.id.replace('_', "") {
                problems.push(format!(
                    "{REGISTRY}: product {:?}: words {:?} are not the id's letters split by underscores",
                    p.id,
                    p.words()
                ));
            }
            let mut sections = Vec::new();
            for s in &p.sections {
                if Kind::from_name(&s.kind).is_none() {
                    problems.push(format!(
                        "{REGISTRY}: {}: section {:?} kind {:?} is not return or event",
                        p.id, s.id, s.kind
                    ));
                }
                if !is_id(&s.id) || sections.contains(&&s.id) {
                    problems.push(format!(
                        "{REGISTRY}: {}: section id {:?} is not a unique lower_snake id",
                        p.id, s.id
                    ));
                }
                sections.push(&s.id);
            }
        }
        if !reg.products.iter().any(|p| p.id == AI_AGENT) {
            problems.push(format!("{REGISTRY}: no product {AI_AGENT:?}"));
        }
        if problems.is_empty() {
            Ok(reg)
        } else {
            Err(problems.join("\n"))
        }
    }

    pub fn load(root: &Path) -> Result<Registry, String> {
        let text = std::fs::read_to_string(root.join(REGISTRY)).map_err(|e| format!("{REGISTRY}: {e}"))?;
        Registry::parse(&text)
    }

    pub fn get(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    /// Every product but AI Agent, whose codes have files of their own.
    pub fn others(&self) -> impl Iterator<Item = &Product> {
        self.products.iter().filter(|p| p.id != AI_AGENT)
    }
}

/// One language's texts of a code, as the page gives them (`cause`: ZIM's possible reasons).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub message: String,
    pub cause: String,
    pub suggestion: String,
}

/// One code of one product.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductEntry {
    pub kind: Kind,
    pub section: Option<String>,
    pub code: u32,
    pub name: String,
    /// `None` while the guidance is the importer's placeholder.
    pub guidance: Option<Guidance>,
    pub since: String,
    pub withdrawn: Option<String>,
    /// Indexed by `Lang as usize`.
    pub texts: [Texts; 2],
    /// Indexed by `Lang as usize`: the text in that language is this project's.
    pub ours: [bool; 2],
    /// The per-API page the code comes from (its API's file name, as `obtain-a-license`),
    /// when no global page of the product lists it.
    pub api: Option<String>,
}

impl ProductEntry {
    pub fn key(&self) -> (Kind, Option<&str>, u32) {
        (self.kind, self.section.as_deref(), self.code)
    }

    pub fn guidance_name(&self) -> &'static str {
        self.guidance.map_or(PLACEHOLDER_GUIDANCE, Guidance::as_str)
    }

    pub fn is_gateway(&self) -> bool {
        is_gateway(self.kind, self.code)
    }
}

/// A gateway code (0 and 100000000-100000017): one name and one guidance in every product.
pub fn is_gateway(kind: Kind, code: u32) -> bool {
    kind == Kind::Return && matches!(Category::of(code), Category::Success | Category::Common)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    code: u32,
    kind: String,
    #[serde(default)]
    section: Option<String>,
    name: String,
    guidance: String,
    since: String,
    #[serde(default)]
    withdrawn: Option<String>,
    message_zh: String,
    #[serde(default)]
    cause_zh: String,
    suggestion_zh: String,
    message_en: String,
    #[serde(default)]
    cause_en: String,
    suggestion_en: String,
    #[serde(default)]
    zh_source: Option<String>,
    #[serde(default)]
    en_source: Option<String>,
    #[serde(default)]
    api: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default, rename = "code")]
    entries: Vec<RawEntry>,
}

/// One product's codes, in a stable order: kind, section as the registry lists them, code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductCatalog {
    pub product: String,
    pub entries: Vec<ProductEntry>,
}

impl ProductCatalog {
    pub fn parse(text: &str, product: &Product) -> Result<ProductCatalog, String> {
        let file = product.data_file();
        let raw: RawFile = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
        let mut problems = Vec::new();
        let mut entries = Vec::new();
        for r in raw.entries {
            let at = format!("{file}: code {}", r.code);
            let kind = Kind::from_name(&r.kind);
            if kind.is_none() {
                problems.push(format!("{at}: kind {:?} is not \"return\" or \"event\"", r.kind));
            }
            if let Some(kind) = kind {
                if let Some(s) = &r.section {
                    if !product.sections_of(kind).any(|x| &x.id == s) {
                        problems.push(format!(
                            "{at}: section {s:?} is not one of {}'s in {REGISTRY}",
                            product.id
                        ));
                    }
                } else if product.sections_of(kind).next().is_some() {
                    problems.push(format!(
                        "{at}: no section, but {}'s {} codes have sections",
                        product.id,
                        kind.as_str()
                    ));
                }
            }
            let guidance = parse_guidance(&r.guidance).unwrap_or_else(|e| {
                problems.push(format!("{at}: {e}"));
                None
            });
            if !is_upper_snake(&r.name) {
                problems.push(format!("{at}: name {:?} is not UPPER_SNAKE_CASE", r.name));
            }
            for rev in std::iter::once(&r.since).chain(&r.withdrawn) {
                if !is_revision(rev) {
                    problems.push(format!("{at}: revision {rev:?} is not YYYY-MM-DD"));
                }
            }
            let ours = parse_ours(&r.zh_source, &r.en_source).unwrap_or_else(|e| {
                problems.push(format!("{at}: {e}"));
                [false; 2]
            });
            let texts = [
                Texts {
                    message: r.message_zh,
                    cause: r.cause_zh,
                    suggestion: r.suggestion_zh,
                },
                Texts {
                    message: r.message_en,
                    cause: r.cause_en,
                    suggestion: r.suggestion_en,
                },
            ];
            if texts.iter().any(|t| {
                [&t.message, &t.cause, &t.suggestion]
                    .iter()
                    .any(|s| s.contains('\0'))
            }) {
                problems.push(format!("{at}: a text holds a NUL byte"));
            }
            if let Some(kind) = kind {
                entries.push(ProductEntry {
                    kind,
                    section: r.section,
                    code: r.code,
                    name: r.name,
                    guidance,
                    since: r.since,
                    withdrawn: r.withdrawn,
                    texts,
                    ours,
                    api: r.api,
                });
            }
        }
        let catalog = ProductCatalog {
            product: product.id.clone(),
            entries,
        };
        problems.extend(catalog.invalid(product));
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err(problems.join("\n"))
        }
    }

    /// The product's data file; none yet (a product just added to the registry, before its
    /// first import) is an empty catalog, which the tests refuse until a page is imported.
    pub fn load(root: &Path, product: &Product) -> Result<ProductCatalog, String> {
        let file = product.data_file();
        if !root.join(&file).exists() {
            return Ok(ProductCatalog {
                product: product.id.clone(),
                entries: Vec::new(),
            });
        }
        let text = std::fs::read_to_string(root.join(&file)).map_err(|e| format!("{file}: {e}"))?;
        ProductCatalog::parse(&text, product)
    }

    /// Keys listed twice, and names that name two numbers in one kind.
    fn invalid(&self, product: &Product) -> Vec<String> {
        let file = product.data_file();
        let mut problems = Vec::new();
        let mut keys = HashMap::new();
        let mut names: HashMap<(Kind, &str), u32> = HashMap::new();
        for e in &self.entries {
            if keys.insert(e.key(), ()).is_some() {
                problems.push(format!(
                    "{file}: code {} listed twice in section {:?}",
                    e.code, e.section
                ));
            }
            match names.insert((e.kind, &e.name), e.code) {
                Some(code) if code != e.code && !e.name.starts_with(PLACEHOLDER_NAME_PREFIX) => problems
                    .push(format!(
                        "{file}: name {} names both {code} and {}: a name names one number",
                        e.name, e.code
                    )),
                _ => {}
            }
        }
        problems
    }

    /// What only a person can settle: placeholder names and guidance, missing texts.
    pub fn review_problems(&self, product: &Product) -> Vec<String> {
        let file = product.data_file();
        let mut problems = Vec::new();
        for e in &self.entries {
            let at = format!("{file}: code {} ({:?})", e.code, e.section);
            if e.name.starts_with(PLACEHOLDER_NAME_PREFIX) {
                problems.push(format!(
                    "{at}: placeholder name {}: name it from its meaning",
                    e.name
                ));
            }
            if e.guidance.is_none() {
                problems.push(format!("{at}: guidance not reviewed (CODES.md's rules)"));
            }
            for lang in LANGS {
                if e.texts[lang as usize].message.is_empty() {
                    problems.push(format!("{at}: no {lang} message: write one, marked as ours"));
                }
            }
        }
        problems
    }

    /// The product's codes of `kind` by section, in the registry's order of sections (one
    /// group without a section where the product's pages have none); empty sections left out.
    pub fn by_section<'a>(
        &'a self,
        product: &'a Product,
        kind: Kind,
    ) -> Vec<(Option<&'a Section>, Vec<&'a ProductEntry>)> {
        let mut sections: Vec<Option<&Section>> = product.sections_of(kind).map(Some).collect();
        if sections.is_empty() {
            sections.push(None);
        }
        sections
            .into_iter()
            .map(|section| {
                let id = section.map(|s| s.id.as_str());
                let entries = self
                    .entries
                    .iter()
                    .filter(|e| e.kind == kind && e.section.as_deref() == id)
                    .collect();
                (section, entries)
            })
            .filter(|(_, entries): &(_, Vec<_>)| !entries.is_empty())
            .collect()
    }

    pub fn sort(&mut self, product: &Product) {
        self.entries
            .sort_by_key(|e| (e.kind, product.section_index(e.section.as_deref()), e.code));
    }

    pub fn to_toml(&self, product: &Product) -> String {
        let mut out = format!(
            "# {} ({}): the codes of ZEGO's {} pages, keyed by kind, section and code.\n\
             #\n\
             # Same rules as data/return_codes.toml (CONTRIBUTING.md): texts are ZEGO's, byte for\n\
             # byte as the page reads; `cause_*` is the page's \"possible reasons\" column where it\n\
             # has one; `api` names the per-API page a code comes from when no global page lists it;\n\
             # names, guidance and `since` are this project's, and names never change.\n\
             # Written by `cargo xtask import`, reviewed by people.\n",
            product.name_en, product.name_zh, product.id
        );
        for e in &self.entries {
            out.push_str("\n[[code]]\n");
            writeln!(out, "code = {}", e.code).unwrap();
            writeln!(out, "kind = {}", toml_str(e.kind.as_str())).unwrap();
            if let Some(s) = &e.section {
                writeln!(out, "section = {}", toml_str(s)).unwrap();
            }
            writeln!(out, "name = {}", toml_str(&e.name)).unwrap();
            writeln!(out, "guidance = {}", toml_str(e.guidance_name())).unwrap();
            writeln!(out, "since = {}", toml_str(&e.since)).unwrap();
            if let Some(w) = &e.withdrawn {
                writeln!(out, "withdrawn = {}", toml_str(w)).unwrap();
            }
            for lang in LANGS {
                let t = &e.texts[lang as usize];
                writeln!(out, "message_{lang} = {}", toml_str(&t.message)).unwrap();
                if !t.cause.is_empty() {
                    writeln!(out, "cause_{lang} = {}", toml_str(&t.cause)).unwrap();
                }
                writeln!(out, "suggestion_{lang} = {}", toml_str(&t.suggestion)).unwrap();
            }
            for lang in LANGS {
                if e.ours[lang as usize] {
                    writeln!(out, "{lang}_source = {}", toml_str(OUR_TEXT)).unwrap();
                }
            }
            if let Some(api) = &e.api {
                writeln!(out, "api = {}", toml_str(api)).unwrap();
            }
        }
        out
    }
}

/// Every product's catalog, with the registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Products {
    pub registry: Registry,
    pub catalogs: Vec<ProductCatalog>,
}

impl Products {
    pub fn load(root: &Path) -> Result<Products, String> {
        let registry = Registry::load(root)?;
        let mut catalogs = Vec::new();
        let mut problems = Vec::new();
        for product in registry.others() {
            match ProductCatalog::load(root, product) {
                Ok(c) => catalogs.push(c),
                Err(e) => problems.push(e),
            }
        }
        if !problems.is_empty() {
            return Err(problems.join("\n"));
        }
        Ok(Products { registry, catalogs })
    }

    /// Every product but AI Agent with its catalog.
    pub fn each(&self) -> impl Iterator<Item = (&Product, &ProductCatalog)> {
        self.registry.others().zip(&self.catalogs)
    }

    /// The gateway codes' names and guidance disagreeing with AI Agent's or with each other's.
    pub fn gateway_problems(&self, aiagent: &Catalog) -> Vec<String> {
        let mut problems = Vec::new();
        let mut first: BTreeMap<u32, (&str, &str, &str)> = BTreeMap::new();
        for e in aiagent.entries.iter() {
            first.insert(
                e.code,
                (
                    AI_AGENT,
                    e.name.as_str(),
                    e.guidance.map_or(PLACEHOLDER_GUIDANCE, Guidance::as_str),
                ),
            );
        }
        for c in &self.catalogs {
            for e in c.entries.iter().filter(|e| e.is_gateway()) {
                let mine = (c.product.as_str(), e.name.as_str(), e.guidance_name());
                match first.get(&e.code) {
                    None => {
                        first.insert(e.code, mine);
                    }
                    Some(&(by, name, guidance)) if (name, guidance) != (mine.1, mine.2) => problems.push(format!(
                        "data/products/{}.toml: gateway code {} is {} ({}), but {by} calls it {name} ({guidance}): \
                         a gateway code has one name and one guidance in every product",
                        c.product, e.code, mine.1, mine.2
                    )),
                    Some(_) => {}
                }
            }
        }
        problems
    }
}

/// Everything wrong with the products' data, the gateway codes and the pages, as one list; an
/// error only when a file cannot be read at all.
pub fn problems(root: &Path) -> Result<Vec<String>, String> {
    let products = Products::load(root)?;
    let aiagent = Catalog::load(root, Kind::Return)?;
    let pages = crate::pages::Pages::load(root)?;
    let mut problems = products.gateway_problems(&aiagent);
    problems.extend(crate::rules::problems(&crate::rules::load(root)?, &products));
    for (product, catalog) in products.each() {
        problems.extend(catalog.review_problems(product));
        problems.extend(crate::product_import::page_problems(
            root, &pages, product, catalog,
        )?);
    }
    Ok(problems)
}
