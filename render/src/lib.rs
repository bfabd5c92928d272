//! What a lookup of zego-codes prints: a code in detail or in a table, as text in either
//! language or as JSON, the language chosen from the environment, and the errors and hints of
//! a lookup. The `zego-codes` command and `python -m zego_codes` (through the native module)
//! both print with this crate, so the two cannot differ; tests/golden/ pins what they print.

pub mod json;
pub mod lang;
pub mod lookup;
pub mod show;
pub mod view;

pub use lookup::{lookup, Query, QueryError};
pub use view::CodeView;
