//! Return codes and event codes seen through one shape, so every output format is written once.

use zego_codes::{
    CatalogCode, Code, CodeCategory, EventCode, Family, Guidance, Lang, Meaning, Product, Section, Text,
};

/// What the tool prints about one code, known or not.
#[derive(Clone, Copy, Debug)]
pub struct CodeView {
    pub code: u32,
    pub event: bool,
    /// `None` for an unknown code.
    pub name: Option<&'static str>,
    /// The core's snake name of the code's range (`business`, `llm`...).
    pub category: &'static str,
    pub guidance: Guidance,
    /// Indexed by `Lang as usize`.
    pub message: [Text; 2],
    pub suggestion: [Text; 2],
    pub since: Option<&'static str>,
    /// The revision of ZEGO's page that no longer lists the code.
    pub withdrawn: Option<&'static str>,
    /// Where a product's catalog answered: its product, section and what only product
    /// entries have. `None` for AI Agent's own lookups, whose output predates products.
    pub origin: Option<Origin>,
}

/// The product, section and product-only fields of a [`CodeView`].
#[derive(Clone, Copy, Debug)]
pub struct Origin {
    pub product: Product,
    pub section: Option<Section>,
    /// ZEGO's possible causes, where its page has such a column; indexed by `Lang as usize`.
    pub cause: [Text; 2],
    /// Whether an unqualified lookup of the code in its product is ambiguous.
    pub ambiguous: bool,
}

impl CodeView {
    /// What the tool prints about `code`, of either family.
    pub fn of<C: CatalogCode>(code: C) -> CodeView {
        CodeView {
            code: code.get(),
            event: C::FAMILY == Family::Event,
            name: code.name(),
            category: code.category().as_str(),
            guidance: code.guidance(),
            message: [code.message(Lang::Zh), code.message(Lang::En)],
            suggestion: [code.suggestion(Lang::Zh), code.suggestion(Lang::En)],
            since: code.since(),
            withdrawn: code.withdrawn(),
            origin: None,
        }
    }

    /// What the tool prints about one product entry.
    pub fn of_meaning(m: &'static Meaning) -> CodeView {
        let lookup = m.product_code();
        let unqualified = zego_codes::ProductCode::of(m.product(), m.family(), m.code());
        CodeView {
            code: m.code(),
            event: m.family() == Family::Event,
            name: Some(m.name().as_str()),
            category: match (lookup.category(), m.product() == Product::DEFAULT) {
                (Some(c), _) => c.as_str(),
                (None, true) => EventCode::new(m.code()).category().as_str(),
                (None, false) => "unknown",
            },
            guidance: m.guidance(),
            message: [m.message(Lang::Zh), m.message(Lang::En)],
            suggestion: [m.suggestion(Lang::Zh), m.suggestion(Lang::En)],
            since: Some(m.since().as_str()),
            withdrawn: m.withdrawn().map(|t| t.as_str()),
            origin: Some(Origin {
                product: m.product(),
                section: m.section(),
                cause: [m.cause(Lang::Zh), m.cause(Lang::En)],
                ambiguous: unqualified.is_ambiguous(),
            }),
        }
    }

    /// Every entry of every product: products in their order, return codes before event
    /// codes, ascending by code and then section.
    pub fn all_products() -> impl Iterator<Item = CodeView> {
        Product::ALL.iter().flat_map(|&p| {
            p.meanings(Family::Return)
                .iter()
                .chain(p.meanings(Family::Event))
                .map(CodeView::of_meaning)
        })
    }

    /// Every return code, then every event code, each in ascending order.
    pub fn all() -> impl Iterator<Item = CodeView> {
        Code::all()
            .map(CodeView::of)
            .chain(EventCode::all().map(CodeView::of))
    }

    pub fn known(&self) -> bool {
        self.name.is_some()
    }

    pub fn message(&self, lang: Lang) -> Text {
        self.message[lang as usize]
    }

    pub fn suggestion(&self, lang: Lang) -> Text {
        self.suggestion[lang as usize]
    }
}
