//! Every return code of ZEGO's AI Agent server API, and every exception event code its
//! callbacks deliver, as small typed values.
//!
//! ```
//! use zego_codes::{Code, Guidance, Lang};
//!
//! let code = Code::new(410001002);
//! assert_eq!(code, Code::AGENT_INSTANCE_NOT_FOUND);
//! println!("{}", code.message(Lang::Zh)); // "未找到智能体实例。"
//! println!("{}", code.message(Lang::En)); // "AI agent instance not found."
//! // Display is `CODE NAME: message`, in Chinese; the alternate form `{:#}` in English.
//! let en = code.message(Lang::En);
//! assert_eq!(format!("{code:#}"), format!("410001002 AGENT_INSTANCE_NOT_FOUND: {en}"));
//! assert_eq!(code.name(), Some("AGENT_INSTANCE_NOT_FOUND"));
//! assert_eq!(code.guidance(), Guidance::NotFound);
//! assert!(!code.is_retryable());
//!
//! // Any u32 is a valid code; unknown ones answer with a generic text for their range.
//! let unknown = Code::new(410009999);
//! assert!(!unknown.is_known());
//! assert_eq!(unknown.message(Lang::En), "Unknown return code in the AI Agent business range.");
//! ```
//!
//! The crate is `no_std`, allocates nothing, holds no locks and has no reachable panic.
//! Every lookup is a few array reads; every answer is `'static`. Texts are ZEGO's as
//! published (see [`RETURN_CODES_REVISION`] and [`EVENT_CODES_REVISION`]), names and
//! guidance are this crate's, and every string it hands out is also NUL-terminated in
//! memory ([`Text::as_c_str`]) so the C ABI returns the same bytes without copying.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Without the `catalog` feature (on by default) the crate is only its vocabulary (Guidance,
// Category, Lang, Text): what xtask builds on, so that a data file it is about to reject can
// never leave it unable to build because of the tables it generated from that file.
#[cfg(feature = "catalog")]
#[macro_use]
mod code_type;
mod category;
#[cfg(feature = "catalog")]
mod code;
#[cfg(feature = "catalog")]
mod event;
#[cfg(feature = "catalog")]
mod family;
#[cfg(feature = "catalog")]
mod generated;
mod guidance;
#[cfg(feature = "catalog")]
mod info;
mod lang;
#[cfg(feature = "catalog")]
mod product;
mod text;
mod unknown;

pub use category::{Category, EventCategory, BUSINESS_RANGE, COMMON_RANGE};
#[cfg(feature = "catalog")]
pub use code::Code;
#[cfg(feature = "catalog")]
pub use event::EventCode;
#[cfg(feature = "catalog")]
pub use family::{CatalogCode, Family};
#[cfg(feature = "catalog")]
pub use generated::product_codes as products;
pub use guidance::Guidance;
#[cfg(feature = "catalog")]
pub use info::CodeInfo;
pub use lang::{Lang, ParseLangError};
#[cfg(feature = "catalog")]
pub use product::{definitions, Meaning, Product, ProductCode, Section};
pub use text::Text;
pub use unknown::{ambiguous_message, CodeCategory};

/// The revision of ZEGO's Chinese return-codes page that the return-code catalog follows
/// (the page's front-matter date). The Chinese page is ZEGO's complete list: it decides which
/// codes are current and which are withdrawn. The English page is dated on its own:
/// [`RETURN_CODES_REVISION_EN`].
#[cfg(feature = "catalog")]
pub const RETURN_CODES_REVISION: &str = generated::return_codes::REVISION_ZH;

/// The revision of ZEGO's English return-codes page whose texts the catalog holds.
#[cfg(feature = "catalog")]
pub const RETURN_CODES_REVISION_EN: &str = generated::return_codes::REVISION_EN;

/// The revision of ZEGO's Chinese callback exception-codes page that the event-code catalog
/// follows; the English page's is [`EVENT_CODES_REVISION_EN`].
#[cfg(feature = "catalog")]
pub const EVENT_CODES_REVISION: &str = generated::event_codes::REVISION_ZH;

/// The revision of ZEGO's English callback exception-codes page whose texts the catalog holds.
#[cfg(feature = "catalog")]
pub const EVENT_CODES_REVISION_EN: &str = generated::event_codes::REVISION_EN;

// The README's Rust examples are doctests: `cargo test` compiles and runs them.
#[cfg(all(doctest, feature = "catalog"))]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

/// The `since` value of return codes present in the first table this project was built
/// from (ZEGO's page as published from 2025-08 to 2025-11).
pub const SEED_REVISION: &str = "2025-seed";
