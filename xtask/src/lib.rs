//! Maintainer tasks of zego-codes, as a library so that tests can run them.

pub mod catalog;
pub mod drill;
pub mod gen;
pub mod git;
pub mod header;
pub mod import;
pub mod layout;
pub mod pages;
pub mod product_import;
pub mod products;
pub mod quotes;
pub mod rules;
pub mod upstream;
