use core::ops::RangeInclusive;

use crate::{Category, Family};

/// ZEGO's common gateway codes, shared by every ZEGO server product.
pub const COMMON_RANGE: RangeInclusive<u32> = COMMON_FIRST..=COMMON_LAST;
/// The AI Agent service's own return codes.
pub const BUSINESS_RANGE: RangeInclusive<u32> = BUSINESS_FIRST..=BUSINESS_LAST;

const COMMON_FIRST: u32 = 100_000_000;
const COMMON_LAST: u32 = 100_999_999;
const BUSINESS_FIRST: u32 = 410_000_000;
const BUSINESS_LAST: u32 = 410_999_999;

/// A return code of the AI Agent server API: the `Code` field of every response.
///
/// Like `http::StatusCode`, it is a plain `u32` that may or may not be known; every known
/// code also exists as an associated constant named by its symbolic name
/// ([`Code::AGENT_INSTANCE_NOT_FOUND`]). Callback exception events use [`crate::EventCode`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Code(u32);

code_type!(Code, return_codes, Category, Family::Return);

impl Code {
    /// The range the code belongs to, derived from the number alone.
    #[inline]
    pub const fn category(self) -> Category {
        // The ranges first: an unknown code's text is the same for 0 and for codes outside
        // every range, so after inlining the miss path does not test for 0 at all.
        match self.0 {
            BUSINESS_FIRST..=BUSINESS_LAST => Category::Business,
            COMMON_FIRST..=COMMON_LAST => Category::Common,
            0 => Category::Success,
            _ => Category::Unknown,
        }
    }

    /// Whether the code is 0, ZEGO's only success code.
    #[inline]
    pub const fn is_success(self) -> bool {
        self.0 == 0
    }
}
