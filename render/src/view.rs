//! Return codes and event codes seen through one shape, so every output format is written once.

use zego_codes::{
    CatalogCode, Code, CodeCategory, EventCode, Family, Guidance, Lang, Meaning, Product, ProductCode,
    Section, Text,
};

/// What the tool prints about one code, known or not.
#[derive(Clone, Copy, Debug)]
pub struct CodeView {
    pub code: u32,
    pub event: bool,
    /// Whether the catalog holds the code: `name` is set, or the code is ambiguous (a product
    /// whose sections define it differently, looked up without a section).
    pub known: bool,
    /// `None` for an unknown or ambiguous code.
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
    /// ZEGO's possible causes, where its page has such a column (empty otherwise, and for an
    /// unknown or ambiguous code); indexed by `Lang as usize`.
    pub cause: [&'static str; 2],
    /// Whether an unqualified lookup of the code in its product is ambiguous.
    pub ambiguous: bool,
}

impl CodeView {
    /// What the tool prints about `code`, of either family.
    pub fn of<C: CatalogCode>(code: C) -> CodeView {
        CodeView {
            code: code.get(),
            event: C::FAMILY == Family::Event,
            known: code.is_known(),
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

    /// What the tool prints about one product entry: exactly what a lookup qualified by its
    /// section (or, in a product without sections, by nothing) answers.
    pub fn of_meaning(m: &'static Meaning) -> CodeView {
        CodeView::of_product(m.product_code())
    }

    /// What the tool prints about a product's lookup, known, unknown or ambiguous: the
    /// core's answer (an ambiguous code has no name and the core's ambiguous message).
    pub fn of_product(pc: ProductCode) -> CodeView {
        let unqualified = ProductCode::of(pc.product(), pc.family(), pc.get());
        let cause = |lang| pc.info().map_or("", |m| m.cause(lang).as_str());
        CodeView {
            code: pc.get(),
            event: pc.family() == Family::Event,
            known: pc.is_known(),
            name: pc.name(),
            category: match (pc.category(), pc.product() == Product::DEFAULT) {
                (Some(c), _) => c.as_str(),
                (None, true) => EventCode::new(pc.get()).category().as_str(),
                (None, false) => "unknown",
            },
            guidance: pc.guidance(),
            message: [pc.message(Lang::Zh), pc.message(Lang::En)],
            suggestion: [pc.suggestion(Lang::Zh), pc.suggestion(Lang::En)],
            since: pc.since(),
            withdrawn: pc.withdrawn(),
            origin: Some(Origin {
                product: pc.product(),
                // The answering entry's section (the first where several agree on the code).
                section: pc.info().map_or(pc.section(), |m| m.section()),
                cause: [cause(Lang::Zh), cause(Lang::En)],
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
        self.known
    }

    pub fn message(&self, lang: Lang) -> Text {
        self.message[lang as usize]
    }

    pub fn suggestion(&self, lang: Lang) -> Text {
        self.suggestion[lang as usize]
    }
}
