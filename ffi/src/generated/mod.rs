//! The files `cargo xtask gen` writes: codes.rs and events.rs from ffi/family.rs.in,
//! constants.rs from data/, enums.rs from the core's enums. This file is the only one here
//! written by hand.

#[rustfmt::skip]
pub(crate) mod codes;
#[rustfmt::skip]
#[allow(dead_code)]
mod constants;
#[rustfmt::skip]
pub(crate) mod enums;
#[rustfmt::skip]
pub(crate) mod events;
