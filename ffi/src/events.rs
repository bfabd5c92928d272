//! `zego_event_*`: the exception event codes of the AI Agent callbacks (`Data.Code` of a
//! callback whose `Event` is "Exception"). A separate family from `zego_code_*`: the two
//! number spaces are unrelated.

use core::ffi::c_char;

use zego_codes::{EventCode, Lang};

use crate::enums::{zego_event_category_t, zego_guidance_t};
use crate::format::Line;

/// ZEGO's Chinese description of exception event code `code`; for an unknown code, a
/// generic text naming the range it falls in.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_message(code: u32) -> *const c_char {
    EventCode::new(code).message(Lang::Zh).as_ptr()
}

/// ZEGO's English description of exception event code `code`; for an unknown code, a
/// generic text naming its range.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_message_en(code: u32) -> *const c_char {
    EventCode::new(code).message(Lang::En).as_ptr()
}

/// ZEGO's suggested handling of exception event code `code`, in Chinese: "" where ZEGO
/// publishes none; generic advice for an unknown code.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_suggestion(code: u32) -> *const c_char {
    EventCode::new(code).suggestion(Lang::Zh).as_ptr()
}

/// ZEGO's suggested handling of exception event code `code`, in English: "" where ZEGO
/// publishes none; generic advice for an unknown code.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_suggestion_en(code: u32) -> *const c_char {
    EventCode::new(code).suggestion(Lang::En).as_ptr()
}

/// The stable symbolic name of exception event code `code`, such as "LLM_CONCURRENCY_LIMIT"
/// (the suffix of its `ZEGO_EVENT_` constant); "" (not NULL) for an unknown code.
///
/// Never NULL: NUL-terminated ASCII with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_name(code: u32) -> *const c_char {
    match EventCode::new(code).info() {
        Some(info) => info.name().as_ptr(),
        None => crate::EMPTY,
    }
}

/// Whether the catalog holds exception event code `code`. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_is_known(code: u32) -> bool {
    EventCode::new(code).is_known()
}

/// Whether the failure the event reports may go away by itself (a retry or backoff may
/// help); false for an unknown code. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_is_retryable(code: u32) -> bool {
    EventCode::new(code).is_retryable()
}

/// The subsystem exception event code `code` comes from, known or not.
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_category(code: u32) -> zego_event_category_t {
    EventCode::new(code).category().into()
}

/// What a caller should do on receiving exception event code `code`;
/// `ZEGO_GUIDANCE_UNKNOWN` for an unknown code. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_guidance(code: u32) -> zego_guidance_t {
    EventCode::new(code).guidance().into()
}

/// The number of known exception event codes. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_count() -> usize {
    EventCode::infos().len()
}

/// The known exception event code at `index` (0 to `zego_event_count() - 1`), in ascending
/// order; `UINT32_MAX`, which is not a known code, for an index out of range.
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_event_at(index: usize) -> u32 {
    EventCode::infos().get(index).map_or(u32::MAX, |i| i.code())
}

/// Writes one log line about exception event code `code` in Chinese into `buf`:
/// `2204 LLM_CONCURRENCY_LIMIT: <message> 建议：<suggestion>`; the contract of
/// `zego_code_format`.
///
/// # Safety
/// `buf` is NULL or points to at least `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn zego_event_format(code: u32, buf: *mut c_char, len: usize) -> usize {
    // SAFETY: forwarded from the caller.
    unsafe { line(code, Lang::Zh).write(buf, len) }
}

/// `zego_event_format` in English (`… Suggestion: …`); the contract of `zego_code_format`.
///
/// # Safety
/// `buf` is NULL or points to at least `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn zego_event_format_en(code: u32, buf: *mut c_char, len: usize) -> usize {
    // SAFETY: forwarded from the caller.
    unsafe { line(code, Lang::En).write(buf, len) }
}

fn line(code: u32, lang: Lang) -> Line {
    let c = EventCode::new(code);
    Line {
        code,
        name: c.name(),
        message: c.message(lang),
        suggestion: c.suggestion(lang),
        lang,
    }
}
