//! `code_type!`: turns a `u32` newtype and its generated table into a [`crate::CatalogCode`].
//!
//! The behaviour lives in the trait's provided methods (src/family.rs); the macro writes only
//! what a trait cannot: the impl tying the type to its table, inherent methods so callers of
//! one type need no trait import (each calls the trait's, so the two cannot differ), and the
//! standard traits whose output names the type.

macro_rules! code_type {
    ($Type:ident, $table:ident, $Category:ty, $family:expr) => {
        impl crate::family::Sealed for $Type {}

        impl crate::CatalogCode for $Type {
            type Category = $Category;
            const FAMILY: crate::Family = $family;

            #[inline]
            fn new(code: u32) -> Self {
                $Type(code)
            }

            #[inline]
            fn get(self) -> u32 {
                self.0
            }

            #[inline]
            fn infos() -> &'static [crate::CodeInfo] {
                crate::generated::$table::INFOS
            }

            #[inline]
            fn index(self) -> Option<usize> {
                crate::generated::$table::index(self.0)
            }

            #[inline]
            fn info(self) -> Option<&'static crate::CodeInfo> {
                crate::generated::$table::find(self.0)
            }

            #[inline]
            fn category(self) -> $Category {
                $Type::category(self)
            }

            #[inline]
            fn is_success(self) -> bool {
                $Type::is_success(self)
            }
        }

        impl $Type {
            /// The code with value `code`; every `u32` is valid, known or not.
            #[inline]
            pub const fn new(code: u32) -> Self {
                $Type(code)
            }

            /// The numeric value.
            #[inline]
            pub const fn get(self) -> u32 {
                self.0
            }

            /// [`crate::CatalogCode::info`]: the catalog's entry, or `None` if unknown.
            #[inline]
            pub fn info(self) -> Option<&'static crate::CodeInfo> {
                crate::CatalogCode::info(self)
            }

            /// [`crate::CatalogCode::index`]: the position in [`Self::infos`], or `None`.
            #[inline]
            pub fn index(self) -> Option<usize> {
                crate::CatalogCode::index(self)
            }

            /// [`crate::CatalogCode::from_known`]: the code if the catalog holds it.
            #[inline]
            pub fn from_known(code: u32) -> Option<Self> {
                <Self as crate::CatalogCode>::from_known(code)
            }

            /// [`crate::CatalogCode::from_name`]: the code whose symbolic name is `name`.
            pub fn from_name(name: &str) -> Option<Self> {
                <Self as crate::CatalogCode>::from_name(name)
            }

            /// [`crate::CatalogCode::is_known`]: whether the catalog holds this code.
            #[inline]
            pub fn is_known(self) -> bool {
                crate::CatalogCode::is_known(self)
            }

            /// [`crate::CatalogCode::name`]: the stable symbolic name, or `None` if unknown.
            #[inline]
            pub fn name(self) -> Option<&'static str> {
                crate::CatalogCode::name(self)
            }

            /// [`crate::CatalogCode::message`]: ZEGO's description in `lang`; for an unknown
            /// code, a generic text naming its range.
            #[inline]
            pub fn message(self, lang: crate::Lang) -> crate::Text {
                crate::CatalogCode::message(self, lang)
            }

            /// [`crate::CatalogCode::suggestion`]: ZEGO's suggested handling in `lang` (empty
            /// where ZEGO has none); for an unknown code, generic advice.
            #[inline]
            pub fn suggestion(self, lang: crate::Lang) -> crate::Text {
                crate::CatalogCode::suggestion(self, lang)
            }

            /// [`crate::CatalogCode::guidance`]: what a caller should do;
            /// [`crate::Guidance::Unknown`] for an unknown code.
            #[inline]
            pub fn guidance(self) -> crate::Guidance {
                crate::CatalogCode::guidance(self)
            }

            /// [`crate::CatalogCode::is_retryable`]: whether the same request may succeed
            /// when retried later; `false` if unknown.
            #[inline]
            pub fn is_retryable(self) -> bool {
                crate::CatalogCode::is_retryable(self)
            }

            /// [`crate::CatalogCode::since`]: the revision that first lists the code, or
            /// `None` if unknown.
            #[inline]
            pub fn since(self) -> Option<&'static str> {
                crate::CatalogCode::since(self)
            }

            /// [`crate::CatalogCode::withdrawn`]: the revision of ZEGO's page that no longer
            /// lists the code, or `None` while ZEGO documents it.
            #[inline]
            pub fn withdrawn(self) -> Option<&'static str> {
                crate::CatalogCode::withdrawn(self)
            }

            /// [`crate::CatalogCode::all`]: every known code (withdrawn ones too), ascending.
            pub fn all() -> impl DoubleEndedIterator<Item = Self> + ExactSizeIterator + Clone {
                <Self as crate::CatalogCode>::all()
            }

            /// [`crate::CatalogCode::infos`]: every known code's entry, in ascending order.
            pub fn infos() -> &'static [crate::CodeInfo] {
                <Self as crate::CatalogCode>::infos()
            }
        }

        impl From<u32> for $Type {
            #[inline]
            fn from(code: u32) -> Self {
                $Type(code)
            }
        }

        impl From<$Type> for u32 {
            #[inline]
            fn from(code: $Type) -> u32 {
                code.0
            }
        }

        impl PartialEq<u32> for $Type {
            fn eq(&self, other: &u32) -> bool {
                self.0 == *other
            }
        }

        impl core::fmt::Display for $Type {
            /// `CODE NAME: message` with ZEGO's Chinese message (`410001002
            /// AGENT_INSTANCE_NOT_FOUND: …`); the alternate form (`{:#}`) gives the English one.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                let lang = if f.alternate() {
                    crate::Lang::En
                } else {
                    crate::Lang::Zh
                };
                match self.name() {
                    Some(name) => write!(f, "{} {}: {}", self.0, name, self.message(lang)),
                    None => write!(f, "{}: {}", self.0, self.message(lang)),
                }
            }
        }

        impl core::fmt::Debug for $Type {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                match self.name() {
                    Some(name) => write!(f, concat!(stringify!($Type), "::{}"), name),
                    None => write!(f, concat!(stringify!($Type), "({})"), self.0),
                }
            }
        }

        impl core::error::Error for $Type {}
    };
}
