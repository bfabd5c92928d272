//! The C formatters (zego_code_format, zego_event_format and their _en forms), called through
//! their C symbols with any code and any buffer length 0..=512: the return value is the full
//! line's length; the bytes written are the longest prefix of the line that fits and ends
//! before a UTF-8 character, never inside one, then a NUL; nothing after that NUL changes,
//! inside the buffer or in the guard bytes after it.
#![no_main]

use core::ffi::c_char;

use libfuzzer_sys::fuzz_target;
use zego_codes::{CatalogCode, Code, EventCode, Lang};

// Links the C ABI compiled from ffi/src (ffi-rlib/Cargo.toml).
use zego_codes_ffi as _;

extern "C" {
    fn zego_code_format(code: u32, buf: *mut c_char, len: usize) -> usize;
    fn zego_code_format_en(code: u32, buf: *mut c_char, len: usize) -> usize;
    fn zego_event_format(code: u32, buf: *mut c_char, len: usize) -> usize;
    fn zego_event_format_en(code: u32, buf: *mut c_char, len: usize) -> usize;
}

type Format = unsafe extern "C" fn(u32, *mut c_char, usize) -> usize;

const GUARD: usize = 16;
const UNTOUCHED: u8 = 0xA5;

fuzz_target!(|input: (u32, u8, u16)| {
    let (code, which, len) = input;
    let len = usize::from(len) % 513;
    let (format, line): (Format, String) = match which % 4 {
        0 => (zego_code_format, line(Code::new(code), Lang::Zh)),
        1 => (zego_code_format_en, line(Code::new(code), Lang::En)),
        2 => (zego_event_format, line(EventCode::new(code), Lang::Zh)),
        _ => (zego_event_format_en, line(EventCode::new(code), Lang::En)),
    };
    if which & 4 != 0 {
        // SAFETY: a NULL buffer is allowed with any length: nothing is written.
        let total = unsafe { format(code, core::ptr::null_mut(), len) };
        assert_eq!(total, line.len(), "NULL buffer: the full length");
        return;
    }
    let mut buf = vec![UNTOUCHED; len + GUARD];
    // SAFETY: `buf` holds len + GUARD writable bytes; the formatter is told of `len`.
    let total = unsafe { format(code, buf.as_mut_ptr().cast(), len) };
    assert_eq!(total, line.len(), "the return value is the full length");
    let written = if len == 0 {
        0
    } else {
        let mut n = line.len().min(len - 1);
        while !line.is_char_boundary(n) {
            n -= 1;
        }
        assert_eq!(&buf[..n], &line.as_bytes()[..n], "the line's prefix");
        assert!(std::str::from_utf8(&buf[..n]).is_ok());
        assert_eq!(buf[n], 0, "a NUL after {n} bytes of a {len}-byte buffer");
        n + 1
    };
    assert!(
        buf[written..].iter().all(|&b| b == UNTOUCHED),
        "a byte written past the NUL"
    );
});

/// The documented line: `CODE NAME: message 建议：suggestion` (` Suggestion: ` in English),
/// without the name for an unknown code and without the label for an empty suggestion.
fn line<C: CatalogCode>(code: C, lang: Lang) -> String {
    let mut s = code.get().to_string();
    if let Some(name) = code.name() {
        s += " ";
        s += name;
    }
    s += ": ";
    s += code.message(lang).as_str();
    let suggestion = code.suggestion(lang);
    if !suggestion.is_empty() {
        s += if lang == Lang::Zh {
            " 建议："
        } else {
            " Suggestion: "
        };
        s += suggestion.as_str();
    }
    s
}
