use crate::{Guidance, Lang, Text};

/// Everything the catalog knows about one code: returned by [`crate::Code::info`] and
/// [`crate::EventCode::info`], always `'static`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct CodeInfo {
    code: u32,
    guidance: Guidance,
    english_from_zego: bool,
    name: Text,
    since: Text,
    /// Indexed by `Lang as usize`.
    message: [Text; 2],
    suggestion: [Text; 2],
}

impl CodeInfo {
    /// Builds an entry of the generated tables; every string literal ends in `"\0"`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) const fn new(
        code: u32,
        name: &'static str,
        guidance: Guidance,
        since: &'static str,
        message: [&'static str; 2],
        suggestion: [&'static str; 2],
        english_from_zego: bool,
    ) -> Self {
        CodeInfo {
            code,
            guidance,
            english_from_zego,
            name: Text::with_nul(name),
            since: Text::with_nul(since),
            message: [Text::with_nul(message[0]), Text::with_nul(message[1])],
            suggestion: [Text::with_nul(suggestion[0]), Text::with_nul(suggestion[1])],
        }
    }

    /// The numeric code.
    #[inline]
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// The stable symbolic name, UPPER_SNAKE_CASE, unique within its catalog.
    #[inline]
    pub const fn name(&self) -> Text {
        self.name
    }

    /// ZEGO's description of the code, exactly as published.
    #[inline]
    pub const fn message(&self, lang: Lang) -> Text {
        self.message[lang as usize]
    }

    /// ZEGO's suggested handling, exactly as published; empty where ZEGO publishes `-`.
    #[inline]
    pub const fn suggestion(&self, lang: Lang) -> Text {
        self.suggestion[lang as usize]
    }

    /// What a caller should do (this project's guidance).
    #[inline]
    pub const fn guidance(&self) -> Guidance {
        self.guidance
    }

    /// Whether the same request may succeed when retried later; see [`Guidance::is_retryable`].
    #[inline]
    pub const fn is_retryable(&self) -> bool {
        self.guidance.is_retryable()
    }

    /// The first revision of ZEGO's page, among those this project vendors, that lists the
    /// code: [`crate::SEED_REVISION`] or a page date such as `"2026-07-17"`.
    #[inline]
    pub const fn since(&self) -> Text {
        self.since
    }

    /// `false` where ZEGO publishes no English text and the English is this project's.
    #[inline]
    pub const fn english_from_zego(&self) -> bool {
        self.english_from_zego
    }
}
