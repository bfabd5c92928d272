use core::ffi::{c_char, CStr};
use core::fmt;
use core::ops::Deref;

/// A `'static` UTF-8 string that is also NUL-terminated in memory.
///
/// Derefs to `str` for Rust callers; [`Text::as_c_str`] and [`Text::as_ptr`] give the very
/// same bytes to C, so the C ABI never copies or allocates.
///
/// A text is a string literal, or a place in the catalog's string block (the product tables
/// hold 4-byte offsets there instead of pointers, which a shared library would relocate one
/// by one). A lookup hands out either without touching the bytes; [`Text::as_str`] finds
/// them. Equality, order and hashing are those of the string.
#[derive(Clone, Copy)]
pub struct Text(Repr);

#[derive(Clone, Copy)]
enum Repr {
    /// A literal that ends in exactly one NUL and holds no other (a catalog test checks
    /// every text).
    Literal(&'static str),
    /// Offset (low 20 bits) and length without the NUL (high 12 bits) in the string block; a
    /// `usize` so that the two variants share one pair of registers.
    #[cfg(feature = "catalog")]
    Block(usize),
}

impl Text {
    /// Wraps a literal that ends in exactly one NUL and holds no other (a catalog test checks
    /// every text).
    #[cfg_attr(not(feature = "catalog"), allow(dead_code))]
    pub(crate) const fn with_nul(s: &'static str) -> Self {
        Text(Repr::Literal(s))
    }

    /// The text at `packed` (offset | length << 20) in the string block.
    #[cfg(feature = "catalog")]
    #[inline]
    pub(crate) const fn in_block(packed: u32) -> Self {
        Text(Repr::Block(packed as usize))
    }

    /// The text without its terminating NUL.
    #[inline]
    pub fn as_str(self) -> &'static str {
        match self.0 {
            // Every literal ends in "\0"; strip_suffix cannot panic.
            Repr::Literal(s) => match s.strip_suffix('\0') {
                Some(s) => s,
                None => s,
            },
            // The generator writes every offset inside the block and on character boundaries
            // (tests/products.rs reads each text back); were one not, the text is "".
            #[cfg(feature = "catalog")]
            Repr::Block(packed) => {
                let (start, len) = block_range(packed);
                crate::generated::products::TEXTS
                    .get(start..start + len)
                    .unwrap_or("")
            }
        }
    }

    /// The text with its terminating NUL, as a C string.
    pub fn as_c_str(self) -> &'static CStr {
        let bytes = match self.0 {
            Repr::Literal(s) => s.as_bytes(),
            #[cfg(feature = "catalog")]
            Repr::Block(packed) => {
                let (start, len) = block_range(packed);
                crate::generated::products::TEXTS
                    .as_bytes()
                    .get(start..=start + len)
                    .unwrap_or(b"\0")
            }
        };
        CStr::from_bytes_with_nul(bytes).unwrap_or(c"")
    }

    /// A pointer to the NUL-terminated UTF-8 bytes, valid for the life of the program.
    #[inline]
    pub const fn as_ptr(self) -> *const c_char {
        match self.0 {
            Repr::Literal(s) => s.as_ptr().cast(),
            #[cfg(feature = "catalog")]
            Repr::Block(packed) => crate::generated::products::TEXTS
                .as_ptr()
                .wrapping_add(block_range(packed).0)
                .cast(),
        }
    }

    /// Length in bytes, without the terminating NUL.
    #[inline]
    pub const fn len(self) -> usize {
        match self.0 {
            Repr::Literal(s) => s.len().saturating_sub(1),
            #[cfg(feature = "catalog")]
            Repr::Block(packed) => block_range(packed).1,
        }
    }

    /// Whether the text is empty (a suggestion ZEGO publishes as `-`).
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }
}

/// (offset, length without the NUL) of a packed block text.
#[cfg(feature = "catalog")]
#[inline]
const fn block_range(packed: usize) -> (usize, usize) {
    (packed & 0xF_FFFF, packed >> 20)
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl core::hash::Hash for Text {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> core::cmp::Ordering {
        self.as_str().cmp(other.as_str())
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
