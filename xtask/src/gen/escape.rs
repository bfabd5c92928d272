//! One escaper per target syntax: every text of ZEGO's that a generator writes into a source
//! file goes through the one for where it lands, so no text can end a string or a comment,
//! start an interpolation, or add a line to a header, in any language. ZEGO's texts hold
//! quotes, backslashes, `*/`-like runs, `%` and line breaks (lists inside cells); the tests
//! (xtask/tests/escape.rs) feed each escaper such texts and compile or run the result in its
//! language.
//!
//! A string literal keeps the text exactly. A comment keeps its words on one line: comments
//! are for people, and a line break inside one is where `//` comments and doc generators break.

use std::fmt::Write as _;

/// `s` in double quotes with the escapes TOML, Java and C-like languages share (quote,
/// backslash, `\n`, `\t`); every other control character and the Unicode line and paragraph
/// separators as `control` writes them, which is where the languages differ.
fn quoted(s: &str, control: impl Fn(&mut String, char)) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' | '\u{2029}' => control(&mut out, c),
            c if c.is_control() => control(&mut out, c),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML basic string.
pub fn toml_str(s: &str) -> String {
    quoted(s, |out, c| write!(out, "\\u{:04X}", c as u32).unwrap())
}

/// A Go interpreted string literal; also a JavaScript and TypeScript one: both read `\uXXXX`.
/// A double-quoted JavaScript string does not interpolate `${`.
pub fn go_str(s: &str) -> String {
    quoted(s, |out, c| write!(out, "\\u{:04x}", c as u32).unwrap())
}

/// A JavaScript or TypeScript string literal (see [`go_str`]).
pub fn js_str(s: &str) -> String {
    go_str(s)
}

/// A Python `str` literal: Python reads `\uXXXX` in a non-raw literal, as Go and JavaScript do.
pub fn py_str(s: &str) -> String {
    go_str(s)
}

/// A Java string literal (the sources are UTF-8; `javac -encoding UTF-8`). Octal escapes, not
/// `\u`: javac turns `\u000a` into a line break before it lexes.
pub fn java_str(s: &str) -> String {
    quoted(s, |out, c| match c as u32 {
        n @ 0..=0o377 => write!(out, "\\{n:03o}").unwrap(),
        // Above octal's reach (the line and paragraph separators): javac reads them as
        // themselves inside a literal, and they end no line there.
        _ => out.push(c),
    })
}

/// A Rust string literal holding `s` and a terminating NUL (the core's texts are also C
/// strings).
pub fn rust_str_nul(s: &str) -> String {
    format!("{:?}", format!("{s}\0"))
}

/// The words of `s` on one line: every run of whitespace (line breaks and the Unicode line
/// separators among them) one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text in a Rust `///` doc comment (rustdoc Markdown): one line, no link brackets.
pub fn rust_doc(s: &str) -> String {
    one_line(s).replace('[', "\\[").replace(']', "\\]")
}

/// Text in a C or C++ `/* */` comment, a Rust `/* */` comment, or a Rust `///` comment
/// cbindgen copies into a C one: one line, no `*/` to end it early, and no `/*` (a warning
/// inside a C comment, a nested comment in Rust that never closes).
pub fn c_comment(s: &str) -> String {
    let mut out = one_line(s);
    while out.contains("*/") || out.contains("/*") {
        out = out.replace("*/", "* /").replace("/*", "/ *");
    }
    out
}

/// Text in a Go `//` comment: one line.
pub fn go_comment(s: &str) -> String {
    one_line(s)
}

/// Text in a JavaScript or TypeScript `/** */` comment: one line, no `*/`.
pub fn js_comment(s: &str) -> String {
    one_line(s).replace("*/", "*\\/")
}

/// Text inside a Javadoc comment: HTML-escaped, and no `*/`, `@` or `\u` that javac or
/// javadoc would read as syntax.
pub fn javadoc(s: &str) -> String {
    one_line(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('@', "&#64;")
        .replace('\\', "&#92;")
        .replace("*/", "*&#47;")
}

/// Text as the body of a Python `"""` docstring: one line, no quote or backslash that could
/// end or escape it.
pub fn py_docstring(s: &str) -> String {
    one_line(s).replace('\\', "/").replace('"', "'")
}

/// A Markdown table cell: a bar escaped, line breaks as `<br>`, `-` for nothing.
pub fn md_cell(s: &str) -> String {
    if s.is_empty() {
        "-".to_owned()
    } else {
        s.replace('|', "\\|").replace('\n', "<br>")
    }
}
