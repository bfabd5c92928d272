//! What a lookup of zego-codes prints: a code in detail or in a table, as text in either
//! language or as JSON, the language chosen from the environment, and the errors and hints of
//! a lookup, by product or not. The `zego-codes` command and `python -m zego_codes` (through the native module)
//! both print with this crate, so the two cannot differ; tests/golden/ pins what they print.

pub mod json;
pub mod lang;
pub mod lookup;
pub mod product;
pub mod show;
pub mod view;

pub use lookup::{lookup, lookup_in, Query, QueryError};
pub use product::Scope;
pub use view::CodeView;
