//! Both families' C functions against the core, written once: each family hands over its
//! functions as a table of pointers.

use core::ffi::{c_char, CStr};

use zego_codes::{CatalogCode, Code, CodeCategory, EventCode, Lang};

/// One family's C functions; the category comes back as its raw value.
struct Functions {
    message: extern "C" fn(u32) -> *const c_char,
    message_en: extern "C" fn(u32) -> *const c_char,
    suggestion: extern "C" fn(u32) -> *const c_char,
    suggestion_en: extern "C" fn(u32) -> *const c_char,
    name: extern "C" fn(u32) -> *const c_char,
    withdrawn: extern "C" fn(u32) -> *const c_char,
    is_known: extern "C" fn(u32) -> bool,
    is_retryable: extern "C" fn(u32) -> bool,
    category: fn(u32) -> u32,
    guidance: fn(u32) -> u32,
    count: extern "C" fn() -> usize,
    at: extern "C" fn(usize) -> u32,
    format: unsafe extern "C" fn(u32, *mut c_char, usize) -> usize,
    format_en: unsafe extern "C" fn(u32, *mut c_char, usize) -> usize,
}

const RETURN_CODES: Functions = {
    use crate::codes::*;
    Functions {
        message: zego_code_message,
        message_en: zego_code_message_en,
        suggestion: zego_code_suggestion,
        suggestion_en: zego_code_suggestion_en,
        name: zego_code_name,
        withdrawn: zego_code_withdrawn,
        is_known: zego_code_is_known,
        is_retryable: zego_code_is_retryable,
        category: |c| zego_code_category(c) as u32,
        guidance: |c| zego_code_guidance(c) as u32,
        count: zego_code_count,
        at: zego_code_at,
        format: zego_code_format,
        format_en: zego_code_format_en,
    }
};

const EVENT_CODES: Functions = {
    use crate::events::*;
    Functions {
        message: zego_event_message,
        message_en: zego_event_message_en,
        suggestion: zego_event_suggestion,
        suggestion_en: zego_event_suggestion_en,
        name: zego_event_name,
        withdrawn: zego_event_withdrawn,
        is_known: zego_event_is_known,
        is_retryable: zego_event_is_retryable,
        category: |c| zego_event_category(c) as u32,
        guidance: |c| zego_event_guidance(c) as u32,
        count: zego_event_count,
        at: zego_event_at,
        format: zego_event_format,
        format_en: zego_event_format_en,
    }
};

fn text(p: *const c_char) -> &'static str {
    assert!(!p.is_null());
    // SAFETY: every text function returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap()
}

fn every_known_code_answers_with_the_core_bytes<C: CatalogCode>(f: &Functions) {
    for (index, code) in C::all().enumerate() {
        let c = code.get();
        assert_eq!((f.message)(c), code.message(Lang::Zh).as_ptr());
        assert_eq!((f.message_en)(c), code.message(Lang::En).as_ptr());
        assert_eq!((f.suggestion)(c), code.suggestion(Lang::Zh).as_ptr());
        assert_eq!((f.suggestion_en)(c), code.suggestion(Lang::En).as_ptr());
        assert_eq!(Some(text((f.name)(c))), code.name());
        // The core's own bytes, or an empty string: never NULL. Only the text of the empty
        // string is promised: a `const` pointer has no fixed address (AddressSanitizer gives
        // each use its own copy).
        match code.info().unwrap().withdrawn() {
            Some(t) => assert_eq!((f.withdrawn)(c), t.as_ptr()),
            None => assert_eq!(text((f.withdrawn)(c)), ""),
        }
        assert_eq!((f.guidance)(c), code.guidance() as u32);
        assert_eq!((f.category)(c), code.category().value());
        assert_eq!((f.is_retryable)(c), code.is_retryable());
        assert!((f.is_known)(c));
        assert_eq!((f.at)(index), c);
    }
    assert_eq!((f.count)(), C::all().len());
}

fn unknown_codes_get_generic_texts_and_an_empty_name<C: CatalogCode>(f: &Functions) {
    let unknown = [1, 999, 99_999_999, 410_009_999, u32::MAX];
    for c in unknown.into_iter().filter(|&c| !C::new(c).is_known()) {
        let code = C::new(c);
        assert_eq!(text((f.name)(c)), "");
        assert_eq!(text((f.withdrawn)(c)), "");
        assert_eq!(text((f.message_en)(c)), code.message(Lang::En).as_str());
        assert_eq!((f.category)(c), code.category().value());
        assert!(!(f.is_known)(c));
        assert!(!(f.is_retryable)(c));
    }
    assert_eq!((f.at)((f.count)()), u32::MAX);
    assert_eq!((f.at)(usize::MAX), u32::MAX);
}

fn format_fills_every_buffer_length_with_a_utf8_prefix<C: CatalogCode>(f: &Functions) {
    let code = C::all().last().unwrap();
    let c = code.get();
    for (format, lang) in [(f.format, Lang::Zh), (f.format_en, Lang::En)] {
        // SAFETY: a NULL buffer of length 0 is allowed; then a buffer of `whole.len()` bytes.
        let full = unsafe { format(c, core::ptr::null_mut(), 0) };
        let mut whole = vec![0u8; full + 1];
        unsafe { format(c, whole.as_mut_ptr().cast(), whole.len()) };
        let whole = core::str::from_utf8(&whole[..full]).unwrap().to_owned();
        let head = format!("{c} {}: {}", code.name().unwrap(), code.message(lang));
        assert!(whole.starts_with(&head), "{whole}");
        for len in 1..=full + 1 {
            let mut buf = vec![0x7fu8; len + 1];
            // SAFETY: `buf` has `len + 1` writable bytes, one more than passed.
            assert_eq!(unsafe { format(c, buf.as_mut_ptr().cast(), len) }, full);
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

#[test]
fn every_known_code_answers_with_the_core_bytes_in_both_families() {
    every_known_code_answers_with_the_core_bytes::<Code>(&RETURN_CODES);
    every_known_code_answers_with_the_core_bytes::<EventCode>(&EVENT_CODES);
}

#[test]
fn unknown_codes_get_generic_texts_and_an_empty_name_in_both_families() {
    unknown_codes_get_generic_texts_and_an_empty_name::<Code>(&RETURN_CODES);
    unknown_codes_get_generic_texts_and_an_empty_name::<EventCode>(&EVENT_CODES);
}

#[test]
fn format_fills_every_buffer_length_with_a_utf8_prefix_in_both_families() {
    format_fills_every_buffer_length_with_a_utf8_prefix::<Code>(&RETURN_CODES);
    format_fills_every_buffer_length_with_a_utf8_prefix::<EventCode>(&EVENT_CODES);
}

#[test]
fn success_is_return_code_zero_only() {
    assert!(crate::codes::zego_code_is_success(0));
    assert!(Code::all().all(|c| crate::codes::zego_code_is_success(c.get()) == c.is_success()));
    assert!(!crate::codes::zego_code_is_success(u32::MAX));
}
