//! JSON output, written by hand: one object shape, strings that only need escaping.

use std::io::{self, Write};

use zego_codes::Lang;

use crate::view::CodeView;

/// Writes `s` as a JSON string literal. Non-ASCII passes through as UTF-8, which JSON allows.
pub fn write_str(out: &mut impl Write, s: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x00..=0x1f => b"",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        if escape.is_empty() {
            write!(out, "\\u{b:04x}")?;
        } else {
            out.write_all(escape)?;
        }
        start = i + 1;
    }
    out.write_all(&bytes[start..])?;
    out.write_all(b"\"")
}

fn write_opt(out: &mut impl Write, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => write_str(out, s),
        None => out.write_all(b"null"),
    }
}

/// One object with the keys code, known, name, category, guidance, retryable, message_zh,
/// suggestion_zh, message_en, suggestion_en, since; for a product entry also product, section,
/// kind, cause_zh, cause_en, withdrawn and ambiguous (whether the product's sections disagree
/// on the code). No trailing newline.
pub fn write_entry(out: &mut impl Write, e: &CodeView) -> io::Result<()> {
    write!(out, "{{\"code\":{},\"known\":{},\"name\":", e.code, e.known())?;
    write_opt(out, e.name)?;
    out.write_all(b",\"category\":")?;
    write_str(out, e.category)?;
    out.write_all(b",\"guidance\":")?;
    write_str(out, e.guidance.as_str())?;
    write!(out, ",\"retryable\":{}", e.guidance.is_retryable())?;
    for (key, text) in [
        ("message_zh", e.message(Lang::Zh)),
        ("suggestion_zh", e.suggestion(Lang::Zh)),
        ("message_en", e.message(Lang::En)),
        ("suggestion_en", e.suggestion(Lang::En)),
    ] {
        write!(out, ",\"{key}\":")?;
        write_str(out, &text)?;
    }
    out.write_all(b",\"since\":")?;
    write_opt(out, e.since)?;
    if let Some(o) = &e.origin {
        out.write_all(b",\"product\":")?;
        write_str(out, o.product.id())?;
        out.write_all(b",\"section\":")?;
        write_opt(out, o.section.map(|s| s.id()))?;
        out.write_all(b",\"kind\":")?;
        write_str(out, if e.event { "event" } else { "return" })?;
        for (key, text) in [("cause_zh", o.cause[0]), ("cause_en", o.cause[1])] {
            write!(out, ",\"{key}\":")?;
            write_str(out, text)?;
        }
        out.write_all(b",\"withdrawn\":")?;
        write_opt(out, e.withdrawn)?;
        write!(out, ",\"ambiguous\":{}", o.ambiguous)?;
    }
    out.write_all(b"}")
}

/// A JSON array of entries, one per line.
pub fn write_array(out: &mut impl Write, entries: &[CodeView]) -> io::Result<()> {
    if entries.is_empty() {
        return out.write_all(b"[]\n");
    }
    out.write_all(b"[\n")?;
    for (i, e) in entries.iter().enumerate() {
        write_entry(out, e)?;
        out.write_all(if i + 1 < entries.len() { b",\n" } else { b"\n" })?;
    }
    out.write_all(b"]\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut v = Vec::new();
        write_str(&mut v, s).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn escapes_what_json_requires() {
        assert_eq!(escaped("plain"), r#""plain""#);
        assert_eq!(escaped("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(escaped("l1\nl2\r\t"), r#""l1\nl2\r\t""#);
        assert_eq!(escaped("\u{1}\u{1f}"), r#""\u0001\u001f""#);
        assert_eq!(escaped("数字人 `Message`"), "\"数字人 `Message`\"");
    }

    #[test]
    fn unknown_code_has_null_name_and_since() {
        let mut v = Vec::new();
        write_entry(&mut v, &CodeView::of(zego_codes::Code::new(410009999))).unwrap();
        let s = String::from_utf8(v).unwrap();
        assert!(s.starts_with(r#"{"code":410009999,"known":false,"name":null,"category":"business","guidance":"unknown","retryable":false,"#), "{s}");
        assert!(s.ends_with(r#","since":null}"#), "{s}");
    }
}
