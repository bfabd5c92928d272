//! The log-line formatter behind `zego_code_format` and `zego_event_format`: snprintf's
//! contract without core::fmt, whose machinery would triple the library's size.

use core::ffi::c_char;
use core::ptr;

use zego_codes::{CatalogCode, Lang};

/// What a line says about one code: `410001002 AGENT_INSTANCE_NOT_FOUND: <message> 建议：<suggestion>`.
pub(crate) struct Line {
    pub code: u32,
    /// `None` for an unknown code, whose line has no name.
    pub name: Option<&'static str>,
    pub message: &'static str,
    pub suggestion: &'static str,
    pub lang: Lang,
}

impl Line {
    /// The line of `code` in `lang`, for either family.
    pub fn of<C: CatalogCode>(code: C, lang: Lang) -> Line {
        Line {
            code: code.get(),
            name: code.name(),
            message: code.message(lang).as_str(),
            suggestion: code.suggestion(lang).as_str(),
            lang,
        }
    }

    /// Writes the line into `buf` as snprintf would (see `zego_code_format` for the contract)
    /// and returns its full length in bytes, without the terminating NUL.
    ///
    /// The caller's bytes are reached only through raw pointers: the usual `char buf[N]` is
    /// uninitialized, and a Rust reference (`&mut [u8]`) to uninitialized memory is undefined
    /// behaviour whatever the machine code does.
    ///
    /// The bytes are stored one by one through volatile writes, which the compiler can turn
    /// neither into a call to `memcpy` nor merge into one: the library calls nothing of the C
    /// library, so its shared object needs none, and on arm64 macOS, where every Mach-O
    /// segment fills a 16 KB page, it saves the segment an import's lazy binding costs. A
    /// line is a few hundred bytes at most.
    ///
    /// # Safety
    /// `buf` is NULL or valid for writes of `len` bytes.
    pub unsafe fn write(&self, buf: *mut c_char, len: usize) -> usize {
        let mut digits = [0u8; 10];
        let pieces = self.pieces(&mut digits);
        let total = pieces.iter().map(|p| p.len()).sum();
        if buf.is_null() || len == 0 {
            return total;
        }
        let n = cut(&pieces, total.min(len - 1));
        let out = buf.cast::<u8>();
        let mut at = 0;
        for piece in pieces {
            let take = piece.len().min(n - at);
            for &byte in piece.iter().take(take) {
                // SAFETY: at < n < len, and the caller promises `len` writable bytes at `buf`.
                unsafe { ptr::write_volatile(out.add(at), byte) };
                at += 1;
            }
        }
        // SAFETY: n < len, within the caller's `len` writable bytes.
        unsafe { out.add(n).write(0) };
        total
    }

    fn pieces<'a>(&'a self, digits: &'a mut [u8; 10]) -> [&'a [u8]; 7] {
        let (space, name) = match self.name {
            Some(name) => (" ", name),
            None => ("", ""),
        };
        let label = match (self.suggestion.is_empty(), self.lang) {
            (true, _) => "",
            (false, Lang::Zh) => " 建议：",
            (false, Lang::En) => " Suggestion: ",
        };
        [
            decimal(self.code, digits),
            space.as_bytes(),
            name.as_bytes(),
            b": ",
            self.message.as_bytes(),
            label.as_bytes(),
            self.suggestion.as_bytes(),
        ]
    }
}

/// The longest prefix of the concatenated `pieces` of at most `max` bytes that ends before a
/// UTF-8 character, never inside one, so a cut line stays valid UTF-8.
fn cut(pieces: &[&[u8]], max: usize) -> usize {
    let byte_at = |i: usize| pieces.iter().flat_map(|p| p.iter().copied()).nth(i);
    let mut n = max;
    while n > 0 && byte_at(n).is_some_and(|b| b & 0xC0 == 0x80) {
        n -= 1;
    }
    n
}

/// `n` in decimal, written at the end of `digits`.
fn decimal(mut n: u32, digits: &mut [u8; 10]) -> &[u8] {
    let mut start = digits.len();
    for d in digits.iter_mut().rev() {
        *d = b'0' + (n % 10) as u8;
        n /= 10;
        start -= 1;
        if n == 0 {
            break;
        }
    }
    digits.get(start..).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    // The usual C caller passes an uninitialized `char buf[N]`; the bytes written are the
    // line's prefix and its NUL, and nothing past them is touched or read.
    #[test]
    fn writes_into_uninitialized_memory() {
        use core::mem::MaybeUninit;
        use zego_codes::Code;
        let line = Line::of(Code::AGENT_INSTANCE_NOT_FOUND, Lang::En);
        let mut buf = [MaybeUninit::<u8>::uninit(); 32];
        // SAFETY: `buf` is 32 writable bytes, uninitialized as a C caller's would be.
        let total = unsafe { line.write(buf.as_mut_ptr().cast(), buf.len()) };
        assert!(total > buf.len());
        // SAFETY: `write` initialized the first 32 bytes (31 of text and a NUL).
        let written: [u8; 32] = unsafe { core::mem::transmute(buf) };
        assert_eq!(&written[..31], b"410001002 AGENT_INSTANCE_NOT_FO");
        assert_eq!(written[31], 0);
    }

    #[test]
    fn decimal_of_the_extremes() {
        let mut d = [0; 10];
        assert_eq!(decimal(0, &mut d), b"0");
        assert_eq!(decimal(7, &mut d), b"7");
        assert_eq!(decimal(410001002, &mut d), b"410001002");
        assert_eq!(decimal(u32::MAX, &mut d), b"4294967295");
    }
}
