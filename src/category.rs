use core::fmt;
use core::ops::RangeInclusive;

/// ZEGO's common gateway codes, shared by every ZEGO server product.
pub const COMMON_RANGE: RangeInclusive<u32> = COMMON_FIRST..=COMMON_LAST;
/// The AI Agent service's own return codes.
pub const BUSINESS_RANGE: RangeInclusive<u32> = BUSINESS_FIRST..=BUSINESS_LAST;

const COMMON_FIRST: u32 = 100_000_000;
const COMMON_LAST: u32 = 100_999_999;
const BUSINESS_FIRST: u32 = 410_000_000;
const BUSINESS_LAST: u32 = 410_999_999;

/// The range a return code belongs to. Derived from the number alone, so an unknown code
/// still tells whether it came from ZEGO's common gateway or from the AI Agent service.
/// The discriminants are the values of the C enum `zego_category_t` and never change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
#[non_exhaustive]
pub enum Category {
    /// Outside every range ZEGO uses for this API.
    Unknown = 0,
    /// Code 0.
    Success = 1,
    /// ZEGO's common gateway codes ([`crate::COMMON_RANGE`]), the same in every ZEGO
    /// server product: request format, signature, app configuration.
    Common = 2,
    /// The AI Agent service's own codes ([`crate::BUSINESS_RANGE`]).
    Business = 3,
}

impl Category {
    /// Every category, in discriminant order.
    pub const ALL: [Category; 4] = [
        Category::Unknown,
        Category::Success,
        Category::Common,
        Category::Business,
    ];

    /// The category of return code `code`, known or not.
    pub const fn of(code: u32) -> Category {
        // The ranges first: an unknown code's text is the same for 0 and for codes outside
        // every range, so after inlining the miss path does not test for 0 at all.
        match code {
            BUSINESS_FIRST..=BUSINESS_LAST => Category::Business,
            COMMON_FIRST..=COMMON_LAST => Category::Common,
            0 => Category::Success,
            _ => Category::Unknown,
        }
    }

    /// The stable snake_case name used in JSON output and Python.
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Unknown => "unknown",
            Category::Success => "success",
            Category::Common => "common",
            Category::Business => "business",
        }
    }

    /// The category named by [`Category::as_str`], if any.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The subsystem an exception event code comes from, derived from its hundreds as ZEGO
/// numbers them (10xx agent, 11xx IM, 12xx RTC, 21xx ASR, 22xx LLM, 23xx TTS).
/// The discriminants are the values of the C enum `zego_event_category_t`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
#[non_exhaustive]
pub enum EventCategory {
    /// Outside every range ZEGO uses for exception events.
    Unknown = 0,
    /// The AI Agent itself (1000-1099).
    Agent = 1,
    /// In-app messaging (1100-1199).
    Im = 2,
    /// Real-time audio and video: rooms and streams (1200-1299).
    Rtc = 3,
    /// Speech recognition (2100-2199).
    Asr = 4,
    /// The large language model (2200-2299).
    Llm = 5,
    /// Speech synthesis (2300-2399).
    Tts = 6,
}

impl EventCategory {
    /// Every category, in discriminant order.
    pub const ALL: [EventCategory; 7] = [
        EventCategory::Unknown,
        EventCategory::Agent,
        EventCategory::Im,
        EventCategory::Rtc,
        EventCategory::Asr,
        EventCategory::Llm,
        EventCategory::Tts,
    ];

    /// The category of event code `code`.
    pub const fn of(code: u32) -> EventCategory {
        match code {
            1000..=1099 => EventCategory::Agent,
            1100..=1199 => EventCategory::Im,
            1200..=1299 => EventCategory::Rtc,
            2100..=2199 => EventCategory::Asr,
            2200..=2299 => EventCategory::Llm,
            2300..=2399 => EventCategory::Tts,
            _ => EventCategory::Unknown,
        }
    }

    /// The stable snake_case name used in JSON output and Python.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventCategory::Unknown => "unknown",
            EventCategory::Agent => "agent",
            EventCategory::Im => "im",
            EventCategory::Rtc => "rtc",
            EventCategory::Asr => "asr",
            EventCategory::Llm => "llm",
            EventCategory::Tts => "tts",
        }
    }

    /// The category named by [`EventCategory::as_str`], if any.
    pub fn from_name(name: &str) -> Option<EventCategory> {
        EventCategory::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for EventCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
