//! What return codes and event codes have in common: a `u32` newtype over one generated
//! table. A macro writes the shared methods once, so the two types cannot drift apart.

macro_rules! code_type {
    ($Type:ident, $table:ident) => {
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

            /// The catalog's entry for this code, or `None` if unknown.
            #[inline]
            pub fn info(self) -> Option<&'static crate::CodeInfo> {
                crate::generated::$table::find(self.0)
            }

            /// The code with value `code` if the catalog holds it.
            #[inline]
            pub fn from_known(code: u32) -> Option<Self> {
                $Type(code).info().map(|_| $Type(code))
            }

            /// The code whose symbolic name is `name` (exact, UPPER_SNAKE_CASE).
            pub fn from_name(name: &str) -> Option<Self> {
                Self::all().find(|c| c.name() == Some(name))
            }

            /// Whether the catalog holds this code.
            #[inline]
            pub fn is_known(self) -> bool {
                self.info().is_some()
            }

            /// The stable symbolic name, or `None` if unknown.
            #[inline]
            pub fn name(self) -> Option<&'static str> {
                self.info().map(|i| i.name().as_str())
            }

            /// ZEGO's description in `lang`; for an unknown code, a generic text naming its range.
            #[inline]
            pub fn message(self, lang: crate::Lang) -> crate::Text {
                match self.info() {
                    Some(info) => info.message(lang),
                    None => self.unknown_message(lang),
                }
            }

            /// ZEGO's suggested handling in `lang` (empty where ZEGO has none); for an unknown
            /// code, generic advice.
            #[inline]
            pub fn suggestion(self, lang: crate::Lang) -> crate::Text {
                match self.info() {
                    Some(info) => info.suggestion(lang),
                    None => self.unknown_suggestion(lang),
                }
            }

            /// What a caller should do; [`crate::Guidance::Unknown`] for an unknown code.
            #[inline]
            pub fn guidance(self) -> crate::Guidance {
                match self.info() {
                    Some(info) => info.guidance(),
                    None => crate::Guidance::Unknown,
                }
            }

            /// Whether the same request may succeed when retried later; `false` if unknown.
            #[inline]
            pub fn is_retryable(self) -> bool {
                self.guidance().is_retryable()
            }

            /// The revision that first lists the code, or `None` if unknown.
            #[inline]
            pub fn since(self) -> Option<&'static str> {
                self.info().map(|i| i.since().as_str())
            }

            /// The revision of ZEGO's page that no longer lists the code, or `None` while ZEGO
            /// documents it (and for an unknown code); see [`crate::CodeInfo::withdrawn`].
            #[inline]
            pub fn withdrawn(self) -> Option<&'static str> {
                self.info().and_then(|i| i.withdrawn()).map(|t| t.as_str())
            }

            /// Every known code, in ascending order.
            pub fn all() -> impl DoubleEndedIterator<Item = Self> + ExactSizeIterator + Clone {
                crate::generated::$table::INFOS
                    .iter()
                    .map(|i| $Type(i.code()))
            }

            /// Every known code's entry, in ascending order of code.
            pub fn infos() -> &'static [crate::CodeInfo] {
                crate::generated::$table::INFOS
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
            /// `410001002 AGENT_INSTANCE_NOT_FOUND: 未找到智能体实例。`; the alternate form
            /// (`{:#}`) gives the English text.
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
