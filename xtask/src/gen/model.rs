//! The one neutral model of the catalog that the product-aware generators read: every
//! product, every section, and every family (product × kind) with its entries, each fact
//! computed once. Names in each language's conventions, the per-family perfect hash, the
//! unknown-code texts and the withdrawn sentence live here, so the Rust, C, Python, Java, Go
//! and TypeScript generators differ only in syntax. Nothing in this file or in a generator
//! names a product: adding one to `data/products.toml` is a data change.

use super::rust::PerfectHash;
use super::Catalogs;
use crate::catalog::{Kind, Lang};
use crate::products::{Texts, AI_AGENT};
use zego_codes::{Category, CodeCategory, Guidance};

/// Both languages, in `Lang as usize` order.
pub const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

pub struct Model {
    pub products: Vec<ModelProduct>,
    pub sections: Vec<ModelSection>,
    /// Indexed by `product * 2 + kind`: every product has both families, most of the event
    /// ones empty.
    pub families: Vec<ModelFamily>,
    /// Every revision that withdrew a code of any product, ascending; an entry's `withdrawn`
    /// is its position here plus one.
    pub withdrawn_revisions: Vec<String>,
    /// The message of an unqualified lookup of a number the product's sections disagree on.
    pub ambiguous: [String; 2],
    /// The message of an unknown return code in ZEGO's gateway range, in every product but
    /// AI Agent (whose unknown codes name AI Agent's ranges, src/unknown.rs).
    pub gateway_unknown: [String; 2],
}

pub struct ModelProduct {
    /// Stable id, lower_snake (`digital_human`).
    pub id: String,
    /// UPPER_SNAKE of the product's words (`DIGITAL_HUMAN`, `AI_AGENT`): C, Java and Python
    /// constants.
    pub upper: String,
    /// UpperCamel (`DigitalHuman`): Rust, Go and TypeScript type and variant names.
    pub camel: String,
    /// The default product (the first, value 0), which every API answers for when none is
    /// named.
    pub default: bool,
    /// Indexed by `Lang as usize`.
    pub name: [String; 2],
    pub hosts: Vec<String>,
    /// Its sections' indices into `Model::sections`.
    pub sections: Vec<usize>,
}

pub struct ModelSection {
    pub product: usize,
    pub kind: Kind,
    pub id: String,
    /// `<PRODUCT>_<SECTION>`, UPPER_SNAKE.
    pub upper: String,
    /// The C value (`zego_section_t`): the product's value times 256 plus the section's
    /// position in its product's list, which only grows at its end.
    pub value: u32,
    /// Indexed by `Lang as usize`: the page's heading, or the English title where the page
    /// of that language has none.
    pub title: [String; 2],
}

pub struct ModelFamily {
    pub product: usize,
    pub kind: Kind,
    /// Ascending by code, then by the registry's order of sections.
    pub entries: Vec<ModelEntry>,
    /// Over the distinct codes; `slots[h]` is the index in `entries` of the first entry with
    /// the code hashing to `h`. `None` for an empty family.
    pub hash: Option<PerfectHash>,
    /// The message of a code the family does not hold, indexed by `Lang as usize` (outside
    /// the gateway's range, for return codes). AI Agent's families name AI Agent's ranges
    /// instead (src/unknown.rs); the bindings apply the same rule.
    pub unknown: [String; 2],
}

pub struct ModelEntry {
    pub code: u32,
    /// Index into `Model::sections`, `None` where the product's pages have no sections.
    pub section: Option<usize>,
    pub name: String,
    pub guidance: Guidance,
    pub since: String,
    pub withdrawn: Option<String>,
    /// Indexed by `Lang as usize`.
    pub texts: [Texts; 2],
    /// Indexed by `Lang as usize`: ZEGO's page in that language publishes the text.
    pub from_zego: [bool; 2],
    /// The per-API page the code comes from, when no global page lists it.
    pub api: Option<String>,
    /// How many entries of the family hold this code (one per section that lists it).
    pub meanings: usize,
    /// How many different names those entries have: above 1 where the sections disagree on
    /// what the code means (the same name in several sections is one meaning).
    pub distinct: usize,
}

impl ModelEntry {
    /// Whether an unqualified lookup of the code is ambiguous.
    pub fn is_ambiguous(&self) -> bool {
        self.distinct > 1
    }
}

impl ModelEntry {
    /// The sentence a doc comment gives a withdrawn code, or `None`.
    pub fn withdrawn_sentence(&self) -> Option<String> {
        self.withdrawn.as_deref().map(super::withdrawn_sentence)
    }
}

impl ModelFamily {
    /// `product * 2 + kind`: the family's index everywhere.
    pub fn index(product: usize, kind: Kind) -> usize {
        product * 2 + kind as usize
    }
}

fn camel(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn unknown_text(product: &ModelProduct, kind: Kind) -> [String; 2] {
    let (zh, en) = match kind {
        Kind::Return => ("返回码", "return code"),
        Kind::Event => ("回调异常事件码", "callback event code"),
    };
    [
        format!("{}的未知{zh}。", product.name[0]),
        format!("Unknown {} {en}.", product.name[1]),
    ]
}

impl Model {
    pub fn new(catalogs: &Catalogs) -> Model {
        let registry = &catalogs.products.registry;
        let mut products = Vec::new();
        let mut sections = Vec::new();
        for (p, product) in registry.products.iter().enumerate() {
            let mut own = Vec::new();
            for s in &product.sections {
                own.push(sections.len());
                sections.push(ModelSection {
                    product: p,
                    kind: Kind::from_name(&s.kind).unwrap_or(Kind::Return),
                    id: s.id.clone(),
                    upper: format!("{}_{}", product.words(), s.id).to_uppercase(),
                    value: ((p as u32) << 8) | (own.len() as u32 - 1),
                    title: [
                        s.heading_zh.clone().unwrap_or_else(|| s.title_en.clone()),
                        s.title_en.clone(),
                    ],
                });
            }
            products.push(ModelProduct {
                id: product.id.clone(),
                upper: product.words().to_uppercase(),
                camel: camel(product.words()),
                default: p == 0,
                name: [product.name_zh.clone(), product.name_en.clone()],
                hosts: product.hosts.clone(),
                sections: own,
            });
        }
        let section_index = |p: usize, id: Option<&str>| {
            id.and_then(|id| {
                products[p]
                    .sections
                    .iter()
                    .copied()
                    .find(|&s| sections[s].id == id)
            })
        };
        let mut families = Vec::new();
        for (p, product) in registry.products.iter().enumerate() {
            for kind in Kind::ALL {
                let mut entries: Vec<ModelEntry> = if product.id == AI_AGENT {
                    catalogs
                        .catalog(kind)
                        .entries
                        .iter()
                        .map(|e| ModelEntry {
                            code: e.code,
                            section: None,
                            name: e.name.clone(),
                            guidance: e.guidance.unwrap_or(Guidance::Unknown),
                            since: e.since.clone(),
                            withdrawn: e.withdrawn.clone(),
                            texts: [
                                Texts {
                                    message: e.message_zh.clone(),
                                    cause: String::new(),
                                    suggestion: e.suggestion_zh.clone(),
                                },
                                Texts {
                                    message: e.message_en.clone(),
                                    cause: String::new(),
                                    suggestion: e.suggestion_en.clone(),
                                },
                            ],
                            from_zego: [!e.ours[0], !e.ours[1]],
                            api: None,
                            meanings: 1,
                            distinct: 1,
                        })
                        .collect()
                } else {
                    let catalog = catalogs
                        .products
                        .each()
                        .find(|(x, _)| x.id == product.id)
                        .map(|(_, c)| c);
                    catalog
                        .into_iter()
                        .flat_map(|c| &c.entries)
                        .filter(|e| e.kind == kind)
                        .map(|e| ModelEntry {
                            code: e.code,
                            section: section_index(p, e.section.as_deref()),
                            name: e.name.clone(),
                            guidance: e.guidance.unwrap_or(Guidance::Unknown),
                            since: e.since.clone(),
                            withdrawn: e.withdrawn.clone(),
                            texts: e.texts.clone(),
                            from_zego: [!e.ours[0], !e.ours[1]],
                            api: e.api.clone(),
                            meanings: 1,
                            distinct: 1,
                        })
                        .collect()
                };
                entries.sort_by_key(|e| (e.code, e.section));
                for i in 0..entries.len() {
                    let code = entries[i].code;
                    let mut names: Vec<&str> = entries
                        .iter()
                        .filter(|e| e.code == code)
                        .map(|e| e.name.as_str())
                        .collect();
                    let meanings = names.len();
                    names.sort_unstable();
                    names.dedup();
                    let distinct = names.len();
                    entries[i].meanings = meanings;
                    entries[i].distinct = distinct;
                }
                let mut distinct: Vec<u32> = entries.iter().map(|e| e.code).collect();
                distinct.dedup();
                let hash = (!distinct.is_empty()).then(|| {
                    let mut hash = PerfectHash::smallest(distinct.clone());
                    // Slots of the distinct codes, turned into slots of their first entries.
                    let first: Vec<usize> = distinct
                        .iter()
                        .map(|&c| entries.iter().position(|e| e.code == c).unwrap())
                        .collect();
                    for s in &mut hash.slots {
                        *s = u8::try_from(first[*s as usize]).expect("a family of at most 256 entries");
                    }
                    hash
                });
                families.push(ModelFamily {
                    product: p,
                    kind,
                    entries,
                    hash,
                    unknown: unknown_text(&products[p], kind),
                });
            }
        }
        let mut withdrawn_revisions: Vec<String> = families
            .iter()
            .flat_map(|f| &f.entries)
            .filter_map(|e| e.withdrawn.clone())
            .collect();
        withdrawn_revisions.sort();
        withdrawn_revisions.dedup();
        Model {
            products,
            sections,
            families,
            withdrawn_revisions,
            ambiguous: LANGS.map(|l| zego_codes::ambiguous_message(l).to_string()),
            gateway_unknown: LANGS.map(|l| Category::Common.unknown_message(l).to_string()),
        }
    }

    pub fn family(&self, product: usize, kind: Kind) -> &ModelFamily {
        &self.families[ModelFamily::index(product, kind)]
    }

    /// The default product's (AI Agent's) hash of `kind`: its own tables in every language
    /// (`Code`, `EventCode` and their counterparts) use the family's, so it is computed once.
    /// Its slots index AI Agent's catalog, whose entries are the family's, one per code.
    pub fn default_hash(&self, kind: Kind) -> &PerfectHash {
        self.family(0, kind)
            .hash
            .as_ref()
            .expect("AI Agent has codes of every kind")
    }
}

impl ModelSection {
    /// UpperCamel of `<product>_<section>` (`RtcMediaFiles`): the Go and TypeScript names of
    /// a section, from the same words as `upper`.
    pub fn camel(&self) -> String {
        camel(&self.upper.to_lowercase())
    }
}

/// A product's names in every language: the one place each language's naming rule lives.
/// Every generator spells a product's type member and per-product constants through these,
/// and PRODUCTS.md (gen/docs.rs) tabulates them, so the table says what the sources define.
impl ModelProduct {
    /// Rust: the variant of `zego_codes::Product` (`DigitalHuman`).
    pub fn rust_variant(&self) -> &str {
        &self.camel
    }

    /// Rust: the module of its constants, `zego_codes::products::<id>` (with `events` inside
    /// for callback event codes).
    pub fn rust_module(&self) -> &str {
        &self.id
    }

    /// Rust: the path of a code's constant below `zego_codes::products`.
    pub fn rust_constant(&self, kind: Kind, name: &str) -> String {
        match kind {
            Kind::Return => format!("{}::{name}", self.rust_module()),
            Kind::Event => format!("{}::events::{name}", self.rust_module()),
        }
    }

    /// C: the enumerator of `zego_product_t` (`ZEGO_PRODUCT_DIGITAL_HUMAN`).
    pub fn c_enumerator(&self) -> String {
        format!("ZEGO_PRODUCT_{}", self.upper)
    }

    /// C: the prefix of its codes' constants of `kind` (`ZEGO_RTC_`, `ZEGO_ASR_EVENT_`).
    pub fn c_prefix(&self, kind: Kind) -> String {
        match kind {
            Kind::Return => format!("ZEGO_{}_", self.upper),
            Kind::Event => format!("ZEGO_{}_EVENT_", self.upper),
        }
    }

    /// C: a code's constant (`ZEGO_RTC_MEDIA_FILE_NOT_FOUND`).
    pub fn c_constant(&self, kind: Kind, name: &str) -> String {
        format!("{}{name}", self.c_prefix(kind))
    }

    /// C++: the enumerator of `zego::codes::Product` (`DigitalHuman`).
    pub fn cpp_enumerator(&self) -> &str {
        &self.camel
    }

    /// C++: its namespace in `zego::codes`, the product's words in lower case (`digital_human`).
    pub fn cpp_namespace(&self) -> String {
        self.upper.to_ascii_lowercase()
    }

    /// C++: the enum class of its codes of `kind` in its namespace.
    pub fn cpp_enum(kind: Kind) -> &'static str {
        match kind {
            Kind::Return => "code",
            Kind::Event => "event",
        }
    }

    /// C++: a code's enumerator, its name in lower case (`media_file_not_found`).
    pub fn cpp_constant(name: &str) -> String {
        name.to_ascii_lowercase()
    }

    /// Python: the member of `zego_codes.Product` (`DIGITAL_HUMAN`).
    pub fn python_member(&self) -> &str {
        &self.upper
    }

    /// Python: the enum of its codes of `kind` (`RtcCode`, `AsrEventCode`); members are the
    /// codes' names.
    pub fn python_class(&self, kind: Kind) -> String {
        match kind {
            Kind::Return => format!("{}Code", self.camel),
            Kind::Event => format!("{}EventCode", self.camel),
        }
    }

    /// Java: the constant of `zegocodes.Product` (`DIGITAL_HUMAN`).
    pub fn java_constant(&self) -> &str {
        &self.upper
    }

    /// Java: the enum of its codes of `kind`: `<Camel>Code`, `<Camel>EventCode`, except the
    /// default product's, which are today's `ZegoCode` and `ZegoEventCode`. Constants are the
    /// codes' names.
    pub fn java_class(&self, kind: Kind) -> String {
        match (self.default, kind) {
            (true, Kind::Return) => "ZegoCode".to_owned(),
            (true, Kind::Event) => "ZegoEventCode".to_owned(),
            (false, _) => self.python_class(kind),
        }
    }

    /// Go: the constant of type `Product` (`ProductDigitalHuman`).
    pub fn go_constant(&self) -> String {
        format!("Product{}", self.camel)
    }

    /// Go: the prefix of its codes' `ProductCode` constants of `kind` (`Rtc_`, `Asr_Event`).
    pub fn go_prefix(&self, kind: Kind) -> String {
        match kind {
            Kind::Return => format!("{}_", self.camel),
            Kind::Event => format!("{}_Event", self.camel),
        }
    }

    /// Go: a code's constant: the prefix and the name today's scheme gives an AI Agent code
    /// (`Rtc_MediaFileNotFound`, `Asr_EventGeneralError`). Today's names hold no underscore
    /// and a camel holds none, so no product's constant can take the name of another's or of
    /// an AI Agent `Code`.
    pub fn go_code(&self, kind: Kind, name: &str) -> String {
        format!("{}{}", self.go_prefix(kind), super::go::go_name(name))
    }

    /// TypeScript: the key of the frozen object `Product` (`DIGITAL_HUMAN`), whose value is
    /// the id, a member of the string union `ProductId`; the key of its frozen object of
    /// codes in `ProductCode` and `ProductEventCode` too.
    pub fn ts_key(&self) -> &str {
        &self.upper
    }

    /// TypeScript: the frozen object of every product's codes of `kind`.
    pub fn ts_object(kind: Kind) -> &'static str {
        match kind {
            Kind::Return => "ProductCode",
            Kind::Event => "ProductEventCode",
        }
    }
}

impl ModelProduct {
    /// A code's constant in every language, as PRODUCTS.md spells it: relative to the crate
    /// (Rust), to `zego::codes` (C++) and to the package (Go, and the others' imports).
    pub fn code_names(&self, kind: Kind, name: &str) -> [(&'static str, String); 7] {
        [
            ("Rust", format!("products::{}", self.rust_constant(kind, name))),
            ("C", self.c_constant(kind, name)),
            (
                "C++",
                format!(
                    "{}::{}::{}",
                    self.cpp_namespace(),
                    ModelProduct::cpp_enum(kind),
                    ModelProduct::cpp_constant(name)
                ),
            ),
            ("Python", format!("{}.{name}", self.python_class(kind))),
            ("Java", format!("{}.{name}", self.java_class(kind))),
            ("Go", self.go_code(kind, name)),
            (
                "TypeScript",
                format!("{}.{}.{name}", ModelProduct::ts_object(kind), self.ts_key()),
            ),
        ]
    }
}
