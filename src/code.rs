use crate::{Category, Family};

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
        Category::of(self.0)
    }

    /// Whether the code is 0, ZEGO's only success code.
    #[inline]
    pub const fn is_success(self) -> bool {
        self.0 == 0
    }
}
