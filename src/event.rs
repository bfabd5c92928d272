use crate::{EventCategory, Family};

/// An exception event code of the AI Agent callbacks: `Data.Code` of a callback whose
/// `Event` is `"Exception"`. A separate type from [`crate::Code`], so an event code is never
/// mistaken for an API return code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventCode(u32);

code_type!(EventCode, event_codes, EventCategory, Family::Event);

impl EventCode {
    /// The subsystem the code comes from, derived from the number alone.
    #[inline]
    pub const fn category(self) -> EventCategory {
        EventCategory::of(self.0)
    }

    /// Always `false`: an exception event reports a failure; only return code 0 is success.
    #[inline]
    pub const fn is_success(self) -> bool {
        false
    }
}
