#![no_std]
//! C ABI (work in progress).

#[rustfmt::skip]
#[allow(dead_code)]
mod constants;
