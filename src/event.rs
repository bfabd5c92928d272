use crate::{unknown, EventCategory, Lang, Text};

/// An exception event code of the AI Agent callbacks: `Data.Code` of a callback whose
/// `Event` is `"Exception"`. A separate type from [`crate::Code`], so an event code is never
/// mistaken for an API return code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventCode(u32);

code_type!(EventCode, event_codes);

impl EventCode {
    /// The subsystem the code comes from, derived from the number alone.
    #[inline]
    pub const fn category(self) -> EventCategory {
        EventCategory::of(self.0)
    }

    // Cold: keeps the known-code path a straight line (a measured 2 instructions less per call).
    #[cold]
    fn unknown_message(self, lang: Lang) -> Text {
        unknown::event_message(self.category(), lang)
    }

    #[cold]
    fn unknown_suggestion(self, lang: Lang) -> Text {
        unknown::event_suggestion(lang)
    }
}
