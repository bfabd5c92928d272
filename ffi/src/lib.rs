//! The C ABI of zego-codes, declared by `include/zego_codes.h` (generated from this crate by
//! `cargo xtask gen` with a pinned cbindgen).
//!
//! Every function takes codes as raw `uint32_t` (any value is valid input), reads only
//! immutable static tables, never allocates, never blocks and never returns NULL.
#![cfg_attr(panic = "abort", no_std)]
// The shipped libraries are built with the `ffi` profile (panic = "abort") and are no_std,
// which keeps std's panic and formatting machinery (about 300 KB) out of them. Profiles are
// workspace-wide and `cargo test`/clippy build this crate with unwinding, where a no_std
// cdylib cannot link; so the crate drops std exactly when panics abort. Both builds compile
// the same functions: only the panic runtime differs.
#![allow(non_camel_case_types)]

#[cfg(test)]
mod family_tests;
mod format;
mod product;
// Everything under generated/ but its mod.rs is written by `cargo xtask gen`.
mod generated;

use generated::enums;
#[cfg(test)]
use generated::{codes, events};

use core::ffi::c_char;

pub use enums::{zego_category_t, zego_event_category_t, zego_family_t, zego_guidance_t};
pub use generated::products::{zego_product_t, zego_section_t};
pub use product::{ZEGO_PRODUCT_NONE, ZEGO_SECTION_NONE};

/// The library's version, `"MAJOR.MINOR.PATCH"`: the value of `ZEGO_CODES_VERSION` in the
/// header the library was built with. Compare the two to detect a header/library mismatch.
///
/// Never NULL; static lifetime; thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_codes_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// The empty C string, returned where a text does not exist (the name of an unknown code).
pub(crate) const EMPTY: *const c_char = c"".as_ptr();

// No panic is reachable (ffi/tests checks that the shipped library does not even import
// `abort`); should one ever be, it ends the process instead of unwinding into C.
#[cfg(panic = "abort")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    // Unix C libraries are libc; on Windows the C runtime the toolchain links by default
    // (msvcrt, ucrt) provides abort and has no library named c.
    #[cfg_attr(not(windows), link(name = "c"))]
    extern "C" {
        fn abort() -> !;
    }
    // SAFETY: abort takes no arguments and never returns; every C runtime provides it.
    unsafe { abort() }
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    #[test]
    fn version_is_the_package_version() {
        // SAFETY: the version is a static NUL-terminated string.
        let v = unsafe { CStr::from_ptr(super::zego_codes_version()) };
        assert_eq!(v.to_str(), Ok(env!("CARGO_PKG_VERSION")));
    }
}
