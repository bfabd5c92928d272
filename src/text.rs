use core::ffi::{c_char, CStr};
use core::fmt;
use core::ops::Deref;

/// A `'static` UTF-8 string that is also NUL-terminated in memory.
///
/// Derefs to `str` for Rust callers; [`Text::as_c_str`] and [`Text::as_ptr`] give the very
/// same bytes to C, so the C ABI never copies or allocates.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(&'static str);

impl Text {
    /// Wraps a literal that ends in exactly one NUL and holds no other (a catalog test checks
    /// every text).
    #[cfg_attr(not(feature = "catalog"), allow(dead_code))]
    pub(crate) const fn with_nul(s: &'static str) -> Self {
        Text(s)
    }

    /// The text without its terminating NUL.
    #[inline]
    pub fn as_str(self) -> &'static str {
        // Every Text is built from a literal ending in "\0"; strip_suffix cannot panic.
        match self.0.strip_suffix('\0') {
            Some(s) => s,
            None => self.0,
        }
    }

    /// The text with its terminating NUL, as a C string.
    pub fn as_c_str(self) -> &'static CStr {
        CStr::from_bytes_with_nul(self.0.as_bytes()).unwrap_or(c"")
    }

    /// A pointer to the NUL-terminated UTF-8 bytes, valid for the life of the program.
    #[inline]
    pub const fn as_ptr(self) -> *const c_char {
        self.0.as_ptr().cast()
    }

    /// Length in bytes, without the terminating NUL.
    #[inline]
    pub const fn len(self) -> usize {
        self.0.len().saturating_sub(1)
    }

    /// Whether the text is empty (a suggestion ZEGO publishes as `-`).
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }
}

impl Deref for Text {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<Text> for &'static str {
    fn from(t: Text) -> Self {
        t.as_str()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}
