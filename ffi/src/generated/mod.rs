//! The files `cargo xtask gen` writes: codes.rs and events.rs from ffi/family.rs.in,
//! product_codes.rs, product_events.rs and section_codes.rs from ffi/product_family.rs.in,
//! constants.rs and product_constants.rs from data/, products.rs from data/products.toml,
//! enums.rs from the core's enums. This file is the only one here written by hand.

#[rustfmt::skip]
pub(crate) mod codes;
#[rustfmt::skip]
#[allow(dead_code)]
mod constants;
#[rustfmt::skip]
pub(crate) mod enums;
#[rustfmt::skip]
pub(crate) mod events;
#[rustfmt::skip]
pub(crate) mod product_codes;
#[rustfmt::skip]
#[allow(dead_code)]
mod product_constants;
#[rustfmt::skip]
pub(crate) mod product_events;
#[rustfmt::skip]
#[allow(dead_code)]
pub(crate) mod products;
#[rustfmt::skip]
pub(crate) mod section_codes;
