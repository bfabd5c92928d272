//! What return codes and event codes have in common, as one trait.
//!
//! The two number spaces are unrelated, so they are two types ([`crate::Code`] and
//! [`crate::EventCode`]) that a caller cannot mix up. Everything they share is written once,
//! here, as the provided methods of [`CatalogCode`]: the C library, the Python module and the
//! command-line tool are generic over it instead of keeping one copy per family. The trait is
//! sealed, so this crate can add methods to it without breaking anybody.

use core::fmt;
use core::hash::Hash;

use crate::{CodeInfo, Guidance, Lang, Text};

pub(crate) use crate::unknown::{CodeCategory, Sealed};

/// Which catalog a code belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
#[non_exhaustive]
pub enum Family {
    /// API return codes, [`crate::Code`]: the `Code` field of every response.
    Return = 0,
    /// Callback exception event codes, [`crate::EventCode`].
    Event = 1,
}

/// A code of one of the catalogs: [`crate::Code`] or [`crate::EventCode`]. Sealed.
///
/// Both types also have every method below as an inherent method, so callers of one
/// concrete type need not import the trait; code written once for both takes
/// `C: CatalogCode`.
pub trait CatalogCode:
    Sealed + Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + From<u32> + Into<u32> + Send + Sync + 'static
{
    /// The type of the range a code falls in.
    type Category: CodeCategory;

    /// Which catalog this is.
    const FAMILY: Family;

    /// The code with value `code`; every `u32` is valid, known or not.
    fn new(code: u32) -> Self;

    /// The numeric value.
    fn get(self) -> u32;

    /// Every known code's entry, in ascending order of code.
    fn infos() -> &'static [CodeInfo];

    /// Every known code, in ascending order.
    fn all() -> impl DoubleEndedIterator<Item = Self> + ExactSizeIterator + Clone {
        Self::infos().iter().map(|i| Self::new(i.code()))
    }

    /// The position of the code in [`CatalogCode::infos`], or `None` if unknown: an index
    /// for tables a binding keeps beside the catalog (built strings, cached objects).
    fn index(self) -> Option<usize>;

    /// The range the code falls in, known or not.
    fn category(self) -> Self::Category;

    /// Whether the code reports success: return code 0; no event code does.
    fn is_success(self) -> bool;

    /// The catalog's entry for this code, or `None` if unknown.
    fn info(self) -> Option<&'static CodeInfo>;

    /// The code with value `code` if the catalog holds it.
    #[inline]
    fn from_known(code: u32) -> Option<Self> {
        let code = Self::new(code);
        code.is_known().then_some(code)
    }

    /// The code whose symbolic name is `name` (exact, UPPER_SNAKE_CASE).
    fn from_name(name: &str) -> Option<Self> {
        Self::infos()
            .iter()
            .find(|i| i.name() == name)
            .map(|i| Self::new(i.code()))
    }

    /// Whether the catalog holds this code.
    #[inline]
    fn is_known(self) -> bool {
        self.index().is_some()
    }

    /// The stable symbolic name, or `None` if unknown.
    #[inline]
    fn name(self) -> Option<&'static str> {
        self.info().map(|i| i.name().as_str())
    }

    /// ZEGO's description in `lang`; for an unknown code, a generic text naming its range.
    #[inline]
    fn message(self, lang: Lang) -> Text {
        match self.info() {
            Some(info) => info.message(lang),
            None => unknown_message(self, lang),
        }
    }

    /// ZEGO's suggested handling in `lang` (empty where ZEGO has none); for an unknown
    /// code, generic advice.
    #[inline]
    fn suggestion(self, lang: Lang) -> Text {
        match self.info() {
            Some(info) => info.suggestion(lang),
            None => unknown_suggestion(self, lang),
        }
    }

    /// What a caller should do; [`Guidance::Unknown`] for an unknown code.
    #[inline]
    fn guidance(self) -> Guidance {
        match self.info() {
            Some(info) => info.guidance(),
            None => Guidance::Unknown,
        }
    }

    /// Whether the same request may succeed when retried later; `false` if unknown.
    #[inline]
    fn is_retryable(self) -> bool {
        self.guidance().is_retryable()
    }

    /// The revision that first lists the code, or `None` if unknown.
    #[inline]
    fn since(self) -> Option<&'static str> {
        self.info().map(|i| i.since().as_str())
    }

    /// The revision of ZEGO's page that no longer lists the code, or `None` while ZEGO
    /// documents it (and for an unknown code); see [`CodeInfo::withdrawn`].
    #[inline]
    fn withdrawn(self) -> Option<&'static str> {
        self.info().and_then(|i| i.withdrawn()).map(|t| t.as_str())
    }
}

// Cold and out of line: keeps the known-code path a straight line (a measured 2 instructions
// less per call through the C library).
#[cold]
fn unknown_message<C: CatalogCode>(code: C, lang: Lang) -> Text {
    code.category().unknown_message(lang)
}

#[cold]
fn unknown_suggestion<C: CatalogCode>(code: C, lang: Lang) -> Text {
    code.category().unknown_suggestion(lang)
}
