//! Tables written by `cargo xtask gen` from data/*.toml.

#[rustfmt::skip]
pub(crate) mod event_codes;
#[rustfmt::skip]
pub(crate) mod return_codes;
#[rustfmt::skip]
pub(crate) mod revisions;
#[rustfmt::skip]
pub(crate) mod products;
#[rustfmt::skip]
pub mod product_codes;
