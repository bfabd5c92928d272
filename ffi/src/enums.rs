//! The C enums. Their values are the discriminants of the core's `#[repr(u32)]` enums; the
//! tests below fail if a core variant has no C value or a different one.
//!
//! cbindgen declares each as a C enum for its constants and a `uint32_t` typedef for the
//! type (a fixed underlying type in C++), so a value a newer library adds is still a valid
//! value of the type in an older program. The types end in `_t` because C cannot have a
//! typedef and a function of one name, and `zego_event_category` is the function.

use zego_codes::{Category, EventCategory, Guidance};

/// The range a return code belongs to, derived from the number alone.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum zego_category_t {
    /// Outside every range ZEGO uses for this API.
    ZEGO_CATEGORY_UNKNOWN = 0,
    /// Code 0.
    ZEGO_CATEGORY_SUCCESS = 1,
    /// ZEGO's common gateway codes (100000000 to 100999999).
    ZEGO_CATEGORY_COMMON = 2,
    /// The AI Agent service's own codes (410000000 to 410999999).
    ZEGO_CATEGORY_BUSINESS = 3,
}

/// The subsystem an exception event code comes from, derived from the number alone.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum zego_event_category_t {
    /// Outside every range ZEGO uses for exception events.
    ZEGO_EVENT_CATEGORY_UNKNOWN = 0,
    /// The AI Agent itself (1000 to 1099).
    ZEGO_EVENT_CATEGORY_AGENT = 1,
    /// In-app messaging (1100 to 1199).
    ZEGO_EVENT_CATEGORY_IM = 2,
    /// Real-time audio and video: rooms and streams (1200 to 1299).
    ZEGO_EVENT_CATEGORY_RTC = 3,
    /// Speech recognition (2100 to 2199).
    ZEGO_EVENT_CATEGORY_ASR = 4,
    /// The large language model (2200 to 2299).
    ZEGO_EVENT_CATEGORY_LLM = 5,
    /// Speech synthesis (2300 to 2399).
    ZEGO_EVENT_CATEGORY_TTS = 6,
}

/// What a caller should do on receiving a code.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum zego_guidance_t {
    /// The code is not in the catalog: read the response's `Message`, do not retry blindly.
    ZEGO_GUIDANCE_UNKNOWN = 0,
    /// Nothing to do: success, or an event worth at most a metric.
    ZEGO_GUIDANCE_NO_ACTION = 1,
    /// The request is wrong: fix it; sending it again unchanged fails again.
    ZEGO_GUIDANCE_FIX_REQUEST = 2,
    /// The signature has expired: sign again with a fresh timestamp and nonce, then retry.
    ZEGO_GUIDANCE_RENEW_SIGNATURE = 3,
    /// A transient failure inside ZEGO: retry with exponential backoff.
    ZEGO_GUIDANCE_RETRY_LATER = 4,
    /// A rate or concurrency limit: retry after a backoff at a lower rate, or raise the quota.
    ZEGO_GUIDANCE_SLOW_DOWN = 5,
    /// The target already exists or a newer request superseded this one: do not repeat it.
    ZEGO_GUIDANCE_CONFLICT = 6,
    /// The target does not exist (never created, deleted, or not in the room).
    ZEGO_GUIDANCE_NOT_FOUND = 7,
    /// The target is in a state that forbids the operation: retry only after it changes.
    ZEGO_GUIDANCE_WRONG_STATE = 8,
    /// Account or service setup: fix it in the console or with ZEGO; retrying does not help.
    ZEGO_GUIDANCE_CHECK_ACCOUNT = 9,
    /// A fault only ZEGO can diagnose: send the `Message` and `RequestId` to ZEGO support.
    ZEGO_GUIDANCE_CONTACT_SUPPORT = 10,
    /// A general code whose `Message` says what went wrong: decide from the message.
    ZEGO_GUIDANCE_SEE_MESSAGE = 11,
}

impl From<Category> for zego_category_t {
    fn from(c: Category) -> Self {
        use zego_category_t::*;
        match c {
            Category::Success => ZEGO_CATEGORY_SUCCESS,
            Category::Common => ZEGO_CATEGORY_COMMON,
            Category::Business => ZEGO_CATEGORY_BUSINESS,
            // Category::Unknown, and any variant a later core adds before it gets a C value
            // (the tests fail until it does).
            _ => ZEGO_CATEGORY_UNKNOWN,
        }
    }
}

impl From<EventCategory> for zego_event_category_t {
    fn from(c: EventCategory) -> Self {
        use zego_event_category_t::*;
        match c {
            EventCategory::Agent => ZEGO_EVENT_CATEGORY_AGENT,
            EventCategory::Im => ZEGO_EVENT_CATEGORY_IM,
            EventCategory::Rtc => ZEGO_EVENT_CATEGORY_RTC,
            EventCategory::Asr => ZEGO_EVENT_CATEGORY_ASR,
            EventCategory::Llm => ZEGO_EVENT_CATEGORY_LLM,
            EventCategory::Tts => ZEGO_EVENT_CATEGORY_TTS,
            _ => ZEGO_EVENT_CATEGORY_UNKNOWN,
        }
    }
}

impl From<Guidance> for zego_guidance_t {
    fn from(g: Guidance) -> Self {
        use zego_guidance_t::*;
        match g {
            Guidance::NoAction => ZEGO_GUIDANCE_NO_ACTION,
            Guidance::FixRequest => ZEGO_GUIDANCE_FIX_REQUEST,
            Guidance::RenewSignature => ZEGO_GUIDANCE_RENEW_SIGNATURE,
            Guidance::RetryLater => ZEGO_GUIDANCE_RETRY_LATER,
            Guidance::SlowDown => ZEGO_GUIDANCE_SLOW_DOWN,
            Guidance::Conflict => ZEGO_GUIDANCE_CONFLICT,
            Guidance::NotFound => ZEGO_GUIDANCE_NOT_FOUND,
            Guidance::WrongState => ZEGO_GUIDANCE_WRONG_STATE,
            Guidance::CheckAccount => ZEGO_GUIDANCE_CHECK_ACCOUNT,
            Guidance::ContactSupport => ZEGO_GUIDANCE_CONTACT_SUPPORT,
            Guidance::SeeMessage => ZEGO_GUIDANCE_SEE_MESSAGE,
            _ => ZEGO_GUIDANCE_UNKNOWN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Equal values for every core variant also prove the C enums name every core variant,
    // since the core's discriminants are distinct.
    #[test]
    fn every_category_has_its_discriminant() {
        for c in Category::ALL {
            assert_eq!(zego_category_t::from(c) as u32, c as u32, "{c:?}");
        }
    }

    #[test]
    fn every_event_category_has_its_discriminant() {
        for c in EventCategory::ALL {
            assert_eq!(zego_event_category_t::from(c) as u32, c as u32, "{c:?}");
        }
    }

    #[test]
    fn every_guidance_has_its_discriminant() {
        for g in Guidance::ALL {
            assert_eq!(zego_guidance_t::from(g) as u32, g as u32, "{g:?}");
        }
    }

    // The C enums hold no value the core lacks: the last C value is the last core one.
    #[test]
    fn no_c_value_beyond_the_core() {
        assert_eq!(
            zego_category_t::ZEGO_CATEGORY_BUSINESS as usize,
            Category::ALL.len() - 1
        );
        assert_eq!(
            zego_event_category_t::ZEGO_EVENT_CATEGORY_TTS as usize,
            EventCategory::ALL.len() - 1
        );
        assert_eq!(
            zego_guidance_t::ZEGO_GUIDANCE_SEE_MESSAGE as usize,
            Guidance::ALL.len() - 1
        );
    }
}
