//! For any u32, the C lookups (through their symbols) say what the Rust lookups say, for both
//! families: name, texts in both languages, withdrawal, known, retryable, category, guidance;
//! and a code is known exactly when it is in the catalog's list.
#![no_main]

use core::ffi::{c_char, CStr};

use libfuzzer_sys::fuzz_target;
use zego_codes::{CatalogCode, Code, EventCode, Lang};
use zego_codes_ffi::{zego_category_t, zego_event_category_t, zego_guidance_t};

extern "C" {
    fn zego_code_name(code: u32) -> *const c_char;
    fn zego_code_message(code: u32) -> *const c_char;
    fn zego_code_message_en(code: u32) -> *const c_char;
    fn zego_code_suggestion(code: u32) -> *const c_char;
    fn zego_code_suggestion_en(code: u32) -> *const c_char;
    fn zego_code_withdrawn(code: u32) -> *const c_char;
    fn zego_code_is_known(code: u32) -> bool;
    fn zego_code_is_success(code: u32) -> bool;
    fn zego_code_is_retryable(code: u32) -> bool;
    fn zego_code_category(code: u32) -> zego_category_t;
    fn zego_code_guidance(code: u32) -> zego_guidance_t;
    fn zego_event_name(code: u32) -> *const c_char;
    fn zego_event_message(code: u32) -> *const c_char;
    fn zego_event_message_en(code: u32) -> *const c_char;
    fn zego_event_suggestion(code: u32) -> *const c_char;
    fn zego_event_suggestion_en(code: u32) -> *const c_char;
    fn zego_event_withdrawn(code: u32) -> *const c_char;
    fn zego_event_is_known(code: u32) -> bool;
    fn zego_event_is_retryable(code: u32) -> bool;
    fn zego_event_category(code: u32) -> zego_event_category_t;
    fn zego_event_guidance(code: u32) -> zego_guidance_t;
}

/// The C functions of one family, in the order of the block above.
struct Family {
    texts: [unsafe extern "C" fn(u32) -> *const c_char; 6],
    flags: [unsafe extern "C" fn(u32) -> bool; 2],
    guidance: unsafe extern "C" fn(u32) -> zego_guidance_t,
}

const CODES: Family = Family {
    texts: [
        zego_code_name,
        zego_code_message,
        zego_code_message_en,
        zego_code_suggestion,
        zego_code_suggestion_en,
        zego_code_withdrawn,
    ],
    flags: [zego_code_is_known, zego_code_is_retryable],
    guidance: zego_code_guidance,
};

const EVENTS: Family = Family {
    texts: [
        zego_event_name,
        zego_event_message,
        zego_event_message_en,
        zego_event_suggestion,
        zego_event_suggestion_en,
        zego_event_withdrawn,
    ],
    flags: [zego_event_is_known, zego_event_is_retryable],
    guidance: zego_event_guidance,
};

fuzz_target!(|code: u32| {
    agree(Code::new(code), &CODES);
    agree(EventCode::new(code), &EVENTS);
    // SAFETY: the lookups take any u32 and return an enum value they define.
    unsafe {
        assert_eq!(zego_code_is_success(code), code == 0);
        assert_eq!(zego_code_category(code), Code::new(code).category().into());
        assert_eq!(zego_event_category(code), EventCode::new(code).category().into());
    }
});

fn agree<C: CatalogCode>(code: C, c: &Family) {
    let v = code.get();
    let rust = [
        code.name().unwrap_or(""),
        code.message(Lang::Zh).as_str(),
        code.message(Lang::En).as_str(),
        code.suggestion(Lang::Zh).as_str(),
        code.suggestion(Lang::En).as_str(),
        code.withdrawn().unwrap_or(""),
    ];
    for (f, r) in c.texts.iter().zip(rust) {
        // SAFETY: every text lookup returns a static NUL-terminated string, never NULL.
        let text = unsafe { CStr::from_ptr(f(v)) };
        assert_eq!(text.to_str(), Ok(r), "code {v}");
    }
    // SAFETY: as above; the flags and guidance take any u32.
    let (known, retryable, guidance) = unsafe { (c.flags[0](v), c.flags[1](v), (c.guidance)(v)) };
    assert_eq!(known, code.is_known(), "code {v}");
    assert_eq!(known, C::all().any(|k| k.get() == v), "code {v}");
    assert_eq!(retryable, code.is_retryable(), "code {v}");
    assert_eq!(guidance, code.guidance().into(), "code {v}");
}
