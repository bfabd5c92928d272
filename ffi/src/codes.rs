//! `zego_code_*`: the API return codes (the `Code` field of every response).

use core::ffi::c_char;

use zego_codes::{Code, Lang};

use crate::enums::{zego_category_t, zego_guidance_t};
use crate::format::Line;

/// ZEGO's Chinese description of return code `code`; for an unknown code, a generic text
/// naming the range it falls in.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_message(code: u32) -> *const c_char {
    Code::new(code).message(Lang::Zh).as_ptr()
}

/// ZEGO's English description of return code `code` (where ZEGO publishes none, this
/// project's translation); for an unknown code, a generic text naming its range.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_message_en(code: u32) -> *const c_char {
    Code::new(code).message(Lang::En).as_ptr()
}

/// ZEGO's suggested handling of return code `code`, in Chinese: "" where ZEGO publishes
/// none; generic advice for an unknown code.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_suggestion(code: u32) -> *const c_char {
    Code::new(code).suggestion(Lang::Zh).as_ptr()
}

/// ZEGO's suggested handling of return code `code`, in English: "" where ZEGO publishes
/// none; generic advice for an unknown code.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_suggestion_en(code: u32) -> *const c_char {
    Code::new(code).suggestion(Lang::En).as_ptr()
}

/// The stable symbolic name of return code `code`, such as "AGENT_INSTANCE_NOT_FOUND"
/// (the suffix of its `ZEGO_CODE_` constant); "" (not NULL) for an unknown code.
///
/// Never NULL: NUL-terminated ASCII with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_name(code: u32) -> *const c_char {
    match Code::new(code).info() {
        Some(info) => info.name().as_ptr(),
        None => crate::EMPTY,
    }
}

/// Whether the catalog holds return code `code`. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_is_known(code: u32) -> bool {
    Code::new(code).is_known()
}

/// Whether `code` is 0, ZEGO's only success code. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_is_success(code: u32) -> bool {
    Code::new(code).is_success()
}

/// Whether the same request may succeed when sent again later (after a backoff, at most
/// with a fresh signature); false for an unknown code. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_is_retryable(code: u32) -> bool {
    Code::new(code).is_retryable()
}

/// The range return code `code` falls in, known or not. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_category(code: u32) -> zego_category_t {
    Code::new(code).category().into()
}

/// What a caller should do on receiving return code `code`; `ZEGO_GUIDANCE_UNKNOWN` for an
/// unknown code. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_guidance(code: u32) -> zego_guidance_t {
    Code::new(code).guidance().into()
}

/// The number of known return codes. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_count() -> usize {
    Code::infos().len()
}

/// The known return code at `index` (0 to `zego_code_count() - 1`), in ascending order;
/// `UINT32_MAX`, which is not a known code, for an index out of range.
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_code_at(index: usize) -> u32 {
    Code::infos().get(index).map_or(u32::MAX, |i| i.code())
}

/// Writes one log line about return code `code` in Chinese into `buf`, in the manner of
/// snprintf: `410001002 AGENT_INSTANCE_NOT_FOUND: 未找到智能体实例。 建议：…` (no name for an
/// unknown code, no suggestion part where there is none). The wording is for people, not
/// for parsing.
///
/// Returns the length of the whole line in bytes, without the terminating NUL, whatever
/// `len` is: a buffer of at least the result plus one bytes holds all of it. Writes at most
/// `len` bytes and, when `len` is above zero, always ends them with a NUL; a line that does
/// not fit is cut before a UTF-8 character, never inside one. With `len` 0, `buf` may be
/// NULL and nothing is written (a NULL `buf` with any `len` writes nothing).
///
/// Thread-safe and async-signal-safe; it writes only to `buf`.
///
/// # Safety
/// `buf` is NULL or points to at least `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn zego_code_format(code: u32, buf: *mut c_char, len: usize) -> usize {
    // SAFETY: forwarded from the caller.
    unsafe { line(code, Lang::Zh).write(buf, len) }
}

/// `zego_code_format` in English: `410001002 AGENT_INSTANCE_NOT_FOUND: AI agent instance
/// not found. Suggestion: …`; the same contract.
///
/// # Safety
/// `buf` is NULL or points to at least `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn zego_code_format_en(code: u32, buf: *mut c_char, len: usize) -> usize {
    // SAFETY: forwarded from the caller.
    unsafe { line(code, Lang::En).write(buf, len) }
}

fn line(code: u32, lang: Lang) -> Line {
    let c = Code::new(code);
    Line {
        code,
        name: c.name(),
        message: c.message(lang),
        suggestion: c.suggestion(lang),
        lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::ffi::CStr;

    fn text(p: *const c_char) -> &'static str {
        assert!(!p.is_null());
        unsafe { CStr::from_ptr(p) }.to_str().unwrap()
    }

    #[test]
    fn every_known_code_answers_with_the_core_bytes() {
        for code in Code::all() {
            let c = code.get();
            assert_eq!(zego_code_message(c), code.message(Lang::Zh).as_ptr());
            assert_eq!(zego_code_suggestion_en(c), code.suggestion(Lang::En).as_ptr());
            assert_eq!(Some(text(zego_code_name(c))), code.name());
            assert_eq!(zego_code_guidance(c) as u32, code.guidance() as u32);
        }
        assert_eq!(zego_code_count(), Code::all().len());
    }

    #[test]
    fn unknown_codes_get_generic_texts_and_an_empty_name() {
        for c in [1, 99_999_999, 410_009_999, u32::MAX] {
            assert_eq!(text(zego_code_name(c)), "");
            assert_eq!(
                text(zego_code_message_en(c)),
                Code::new(c).message(Lang::En).as_str()
            );
            assert!(!zego_code_is_known(c));
        }
        assert_eq!(zego_code_at(zego_code_count()), u32::MAX);
        assert_eq!(zego_code_at(usize::MAX), u32::MAX);
    }

    #[test]
    fn format_fills_every_buffer_length_with_a_utf8_prefix() {
        let full = unsafe { zego_code_format(410001002, core::ptr::null_mut(), 0) };
        let mut whole = vec![0u8; full + 1];
        unsafe { zego_code_format(410001002, whole.as_mut_ptr().cast(), whole.len()) };
        let whole = core::str::from_utf8(&whole[..full]).unwrap().to_owned();
        assert!(whole.starts_with("410001002 AGENT_INSTANCE_NOT_FOUND: 未找到智能体实例。 建议："));
        for len in 1..=full + 1 {
            let mut buf = vec![0x7fu8; len + 1];
            assert_eq!(
                unsafe { zego_code_format(410001002, buf.as_mut_ptr().cast(), len) },
                full
            );
            let mut fit = (len - 1).min(full);
            while !whole.is_char_boundary(fit) {
                fit -= 1;
            }
            assert_eq!(buf.iter().position(|&b| b == 0), Some(fit), "len {len}");
            assert_eq!(buf[..fit], whole.as_bytes()[..fit]);
            assert_eq!(buf[len], 0x7f, "wrote past len {len}");
        }
    }
}
