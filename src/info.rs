use crate::product::Str;
use crate::{Guidance, Lang, Text};

/// Everything the catalog knows about one code: returned by [`crate::Code::info`] and
/// [`crate::EventCode::info`], always `'static`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct CodeInfo {
    code: u32,
    guidance: Guidance,
    /// Indexed by `Lang as usize`: whether ZEGO's page of that language publishes the text.
    from_zego: [bool; 2],
    /// Offsets into the string block: no pointer for a shared library to relocate.
    name: Str,
    since: Str,
    /// Index into `generated::revisions::WITHDRAWN`; 0 (no revision) while ZEGO's current
    /// page lists the code. A byte in what was padding, not a pointer: it costs no size or
    /// relocation in a C program that links the tables.
    withdrawn: u8,
    /// Indexed by `Lang as usize`. Literals (slices of the string block) rather than offsets
    /// or `Text`s: a `Text` read back from memory may be either of its forms, a literal made
    /// here is known to be one, so the C library's `message(..).as_ptr()` is one load.
    message: [&'static str; 2],
    suggestion: [Str; 2],
}

impl CodeInfo {
    /// Builds an entry of the generated tables; every string literal ends in `"\0"`, and
    /// `withdrawn` indexes `generated::revisions::WITHDRAWN` (0 for a code ZEGO still lists).
    #[allow(clippy::too_many_arguments)]
    pub(crate) const fn new(
        code: u32,
        name: Str,
        guidance: Guidance,
        since: Str,
        withdrawn: u8,
        message: [&'static str; 2],
        suggestion: [Str; 2],
        from_zego: [bool; 2],
    ) -> Self {
        CodeInfo {
            code,
            guidance,
            from_zego,
            name,
            since,
            withdrawn,
            message,
            suggestion,
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
        self.name.text()
    }

    /// ZEGO's description of the code, exactly as published.
    #[inline]
    pub const fn message(&self, lang: Lang) -> Text {
        Text::with_nul(self.message[lang as usize])
    }

    /// ZEGO's suggested handling, exactly as published; empty where ZEGO publishes `-`.
    #[inline]
    pub const fn suggestion(&self, lang: Lang) -> Text {
        self.suggestion[lang as usize].text()
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
        self.since.text()
    }

    /// The revision of ZEGO's Chinese page (the complete list) that no longer lists the code,
    /// or `None` while ZEGO documents it. A withdrawn code stays in the catalog with its last
    /// published texts, its name and its constants, so code naming it keeps building and
    /// responses from older servers still explain themselves.
    #[inline]
    pub fn withdrawn(&self) -> Option<Text> {
        match crate::generated::revisions::WITHDRAWN.get(self.withdrawn as usize) {
            Some(revision) if self.withdrawn != 0 => Some(Text::with_nul(revision)),
            _ => None,
        }
    }

    /// `false` where ZEGO's page in `lang` does not list the code and the text in `lang` is
    /// this project's (a code one language's page has and the other lacks).
    #[inline]
    pub const fn text_from_zego(&self, lang: Lang) -> bool {
        self.from_zego[lang as usize]
    }

    /// `false` where ZEGO publishes no English text and the English is this project's:
    /// [`CodeInfo::text_from_zego`] of [`Lang::En`].
    #[inline]
    pub const fn english_from_zego(&self) -> bool {
        self.text_from_zego(Lang::En)
    }
}
