//! `zego_code_withdrawn`, `zego_event_withdrawn`: whether ZEGO still documents a code.
//!
//! A code ZEGO's current page no longer lists stays in the catalog (its constant, name and
//! texts keep working, since removing them would break builds); these say since when it is
//! withdrawn. Kept apart from codes.rs and events.rs so the two families share one shape.

use core::ffi::c_char;

use zego_codes::{Code, EventCode};

/// The revision of ZEGO's Chinese return-codes page (a date, "YYYY-MM-DD") that no longer
/// lists return code `code`; "" (not NULL) while ZEGO documents it, and for an unknown code.
/// A withdrawn code keeps its `ZEGO_CODE_` constant, its name and its last published texts.
///
/// Never NULL: NUL-terminated ASCII with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_withdrawn(code: u32) -> *const c_char {
    match Code::new(code).info().and_then(|i| i.withdrawn()) {
        Some(revision) => revision.as_ptr(),
        None => crate::EMPTY,
    }
}

/// The revision of ZEGO's Chinese exception-codes page that no longer lists exception event
/// code `code`; "" (not NULL) while ZEGO documents it, and for an unknown code. A withdrawn
/// code keeps its `ZEGO_EVENT_` constant, its name and its last published texts.
///
/// Never NULL: NUL-terminated ASCII with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_withdrawn(code: u32) -> *const c_char {
    match EventCode::new(code).info().and_then(|i| i.withdrawn()) {
        Some(revision) => revision.as_ptr(),
        None => crate::EMPTY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_answers_with_the_core_bytes() {
        // The same memory as the core's text, or the shared empty string: never NULL.
        for code in Code::all() {
            let want = code
                .info()
                .unwrap()
                .withdrawn()
                .map_or(crate::EMPTY, |t| t.as_ptr());
            assert_eq!(zego_code_withdrawn(code.get()), want);
        }
        for code in EventCode::all() {
            let want = code
                .info()
                .unwrap()
                .withdrawn()
                .map_or(crate::EMPTY, |t| t.as_ptr());
            assert_eq!(zego_event_withdrawn(code.get()), want);
        }
        for unknown in [1, 410_009_999, u32::MAX] {
            assert_eq!(zego_code_withdrawn(unknown), crate::EMPTY);
            assert_eq!(zego_event_withdrawn(unknown), crate::EMPTY);
        }
    }
}
