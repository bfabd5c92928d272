//! Return codes and event codes seen through one shape, so every output format is written once.

use zego_codes::{CatalogCode, Code, CodeCategory, EventCode, Family, Guidance, Lang, Text};

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
        }
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
