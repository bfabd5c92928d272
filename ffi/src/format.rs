//! The log-line formatter behind `zego_code_format` and `zego_event_format`: snprintf's
//! contract without core::fmt, whose machinery would triple the library's size.

use core::ffi::c_char;

use zego_codes::{Lang, Text};

/// What a line says about one code: `410001002 AGENT_INSTANCE_NOT_FOUND: <message> 建议：<suggestion>`.
pub(crate) struct Line {
    pub code: u32,
    /// `None` for an unknown code, whose line has no name.
    pub name: Option<&'static str>,
    pub message: Text,
    pub suggestion: Text,
    pub lang: Lang,
}

impl Line {
    /// Writes the line into `buf` as snprintf would (see `zego_code_format` for the contract)
    /// and returns its full length in bytes, without the terminating NUL.
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
        let bytes = || pieces.iter().flat_map(|p| p.iter().copied());
        let mut n = total.min(len - 1);
        // Cut before a character, never inside one, so the text stays valid UTF-8.
        while n > 0 && bytes().nth(n).is_some_and(|b| b & 0xC0 == 0x80) {
            n -= 1;
        }
        // SAFETY: n < len, and the caller guarantees len writable bytes at buf.
        let out = unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), n + 1) };
        let (text, nul) = out.split_at_mut(n);
        for (dst, src) in text.iter_mut().zip(bytes()) {
            *dst = src;
        }
        for b in nul {
            *b = 0;
        }
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

    #[test]
    fn decimal_of_the_extremes() {
        let mut d = [0; 10];
        assert_eq!(decimal(0, &mut d), b"0");
        assert_eq!(decimal(7, &mut d), b"7");
        assert_eq!(decimal(410001002, &mut d), b"410001002");
        assert_eq!(decimal(u32::MAX, &mut d), b"4294967295");
    }
}
