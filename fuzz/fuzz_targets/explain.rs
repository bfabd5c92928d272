//! `zego-codes explain` over any bytes (invalid UTF-8, CR, NUL, lines longer than its buffer):
//! the output with its annotations removed is the input byte for byte; every annotation names
//! a code that stands in its line after a `code` key, with the catalog's text for it (AI
//! Agent's, or the product's its line's host names); and the buffer size and the sizes of the
//! reads do not change the output.
#![no_main]

use std::io::{self, Read};

use libfuzzer_sys::fuzz_target;
use zego_codes::{CatalogCode, Category, Code, EventCategory, EventCode, Family, Lang, Product, ProductCode};
use zego_codes_render::product::others_text;
use zego_codes_render::show::one_line;

// The command's own source, unchanged: the cli crate is a binary only.
#[allow(dead_code)]
#[path = "../../cli/src/explain/mod.rs"]
mod explain;

use explain::Explainer;

fuzz_target!(|data: &[u8]| {
    let Some((&knobs, log)) = data.split_first() else {
        return;
    };
    let lang = if knobs & 1 == 0 { Lang::Zh } else { Lang::En };
    // 64 to about 440 bytes (the explainer makes it at least 128, twice its longest token):
    // long lines are cut into many pieces.
    let chunk = 64 + usize::from(knobs >> 1) * 3;
    let small = explain_with(Explainer::with_chunk(lang, chunk), Trickle::new(log, true));
    check(log, &small, lang);
    let whole = explain_with(Explainer::new(lang), Trickle::new(log, false));
    assert!(
        small == whole,
        "a {chunk}-byte buffer and read sizes changed the output"
    );
});

fn explain_with(mut ex: Explainer, mut input: Trickle) -> Vec<u8> {
    let mut out = Vec::new();
    ex.run(&mut input, &mut out)
        .expect("reading a slice and writing a Vec cannot fail");
    out
}

/// A reader that hands out the input in reads of varying sizes, as a pipe does.
struct Trickle<'a> {
    rest: &'a [u8],
    /// Reads of 1 to 113 bytes, or as much as fits.
    varied: bool,
    reads: usize,
}

impl Trickle<'_> {
    fn new(rest: &[u8], varied: bool) -> Trickle<'_> {
        Trickle {
            rest,
            varied,
            reads: 0,
        }
    }
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.reads += 1;
        let most = if self.varied {
            1 + self.reads * 37 % 113
        } else {
            usize::MAX
        };
        let size = most.min(buf.len()).min(self.rest.len());
        buf[..size].copy_from_slice(&self.rest[..size]);
        self.rest = &self.rest[size..];
        Ok(size)
    }
}

/// Walks input and output side by side: each line's content, then annotations, then the
/// line's terminator (`\n`, `\r\n`, or a lone `\r` ending the input), as the layout says.
fn check(input: &[u8], out: &[u8], lang: Lang) {
    let mut o = 0;
    for line in input.split_inclusive(|&b| b == b'\n') {
        let mut content = line.len();
        if line[..content].ends_with(b"\n") {
            content -= 1;
        }
        if line[..content].ends_with(b"\r") {
            content -= 1;
        }
        let (content, terminator) = line.split_at(content);
        assert!(
            out[o..].starts_with(content),
            "content of a line changed at output byte {o}"
        );
        o += content.len();
        let mut seen: Vec<(bool, u32)> = Vec::new();
        while out[o..].starts_with(b"  # ") {
            let (event, code, len) = annotation(&out[o..], lang);
            assert!(
                stands_in(content, code),
                "annotation of {code}, which is not in its line"
            );
            // Another product's annotation covers its own codes too; AI Agent's, its ranges.
            let own = Product::ALL.iter().any(|&p| {
                p != Product::DEFAULT
                    && ProductCode::of(p, if event { Family::Event } else { Family::Return }, code).is_known()
            });
            if event {
                assert!(own || EventCategory::of(code) != EventCategory::Unknown);
                assert!(
                    has_exception_marker(content),
                    "event {code} outside an exception line"
                );
            } else {
                let category = Code::new(code).category();
                assert!(
                    own || matches!(category, Category::Common | Category::Business),
                    "{code}"
                );
            }
            assert!(!seen.contains(&(event, code)), "{code} annotated twice in a line");
            seen.push((event, code));
            o += len;
        }
        assert!(
            out[o..].starts_with(terminator),
            "line terminator changed at output byte {o}"
        );
        o += terminator.len();
    }
    assert_eq!(o, out.len(), "output goes on after the input ends");
}

/// Reads one `  # [PRODUCT ][event ]CODE NAME: message[ → suggestion][ [also: ...]]` at the
/// start of `out`: (is an event, code, length in bytes). AI Agent's annotation (no product)
/// may end with the other products that define the code differently, exactly as the renderer
/// words them; another product's is that product's answer, ambiguous or not.
fn annotation(out: &[u8], lang: Lang) -> (bool, u32, usize) {
    let mut at = 4;
    let product = Product::ALL.iter().copied().find(|p| {
        *p != Product::DEFAULT
            && out[at..].starts_with(p.id().as_bytes())
            && out.get(at + p.id().len()) == Some(&b' ')
    });
    if let Some(p) = product {
        at += p.id().len() + 1;
    }
    let event = out[at..].starts_with(b"event ");
    if event {
        at += 6;
    }
    let digits = out[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let code: u32 = std::str::from_utf8(&out[at..at + digits])
        .ok()
        .and_then(|d| d.parse().ok())
        .expect("an annotation starts with a code");
    let family = if event { Family::Event } else { Family::Return };
    let expected = match product {
        Some(p) => product_text(ProductCode::of(p, family, code), lang),
        None if event => catalog_text(EventCode::new(code), lang),
        None => catalog_text(Code::new(code), lang),
    };
    let text = &out[at..];
    assert!(
        text.starts_with(expected.as_bytes()),
        "annotation {:?} is not the catalog's text {expected:?}",
        String::from_utf8_lossy(&text[..text.len().min(expected.len())])
    );
    let mut len = at + expected.len();
    if product.is_none() {
        let name = if event {
            EventCode::new(code).name()
        } else {
            Code::new(code).name()
        };
        let mark = others_text(family, code, name, lang).map(|o| match lang {
            Lang::Zh => format!(" [另见：{o}]"),
            Lang::En => format!(" [also: {o}]"),
        });
        if let Some(mark) = mark.filter(|m| out[len..].starts_with(m.as_bytes())) {
            len += mark.len();
        }
    }
    (event, code, len)
}

/// Another product's answer for `pc`, in the annotation's layout after the product's id.
fn product_text(pc: ProductCode, lang: Lang) -> String {
    let kind = if pc.family() == Family::Event {
        "event "
    } else {
        ""
    };
    if pc.is_ambiguous() {
        let sections: Vec<String> = pc
            .meanings()
            .iter()
            .map(|m| format!("{}: {}", m.section().map_or("", |s| s.id()), m.name()))
            .collect();
        return format!(
            "{kind}{} (ambiguous): {} [{}]",
            pc.get(),
            one_line(&pc.message(lang)),
            sections.join("; ")
        );
    }
    let name = pc.name().unwrap_or("(unknown)");
    let mut s = format!("{kind}{} {name}: {}", pc.get(), one_line(&pc.message(lang)));
    if !pc.suggestion(lang).is_empty() {
        s += &format!(" → {}", one_line(&pc.suggestion(lang)));
    }
    s
}

/// What the catalog says about `code`, in the annotation's layout.
fn catalog_text<C: CatalogCode>(code: C, lang: Lang) -> String {
    let name = code.name().unwrap_or("(unknown)");
    let mut s = format!("{} {name}: {}", code.get(), code.message(lang));
    if !code.suggestion(lang).is_empty() {
        s += &format!(" → {}", code.suggestion(lang));
    }
    s
}

const FILLER: &[u8] = b"\"'\\ \t";

/// Whether `key`, `:` or `=`, and the word at `at` stand in `line` in that order, with up to
/// four quotes, backslashes or blanks on either side of the separator.
fn after_key(line: &[u8], at: usize, key: &[u8]) -> bool {
    let back = |mut i: usize| {
        let stop = i.saturating_sub(4);
        while i > stop && FILLER.contains(&line[i - 1]) {
            i -= 1;
        }
        i
    };
    let i = back(at);
    if i == 0 || !matches!(line[i - 1], b':' | b'=') {
        return false;
    }
    let i = back(i - 1);
    i >= key.len() && line[i - key.len()..i].eq_ignore_ascii_case(key)
}

/// Whether `code` stands in `line` as a whole number after a `code` key.
fn stands_in(line: &[u8], code: u32) -> bool {
    let digits = code.to_string();
    let d = digits.as_bytes();
    (0..line.len().saturating_sub(d.len() - 1)).any(|at| {
        line[at..].starts_with(d)
            && !line.get(at + d.len()).is_some_and(u8::is_ascii_digit)
            && after_key(line, at, b"code")
    })
}

fn has_exception_marker(line: &[u8]) -> bool {
    let word = b"Exception";
    (0..line.len().saturating_sub(word.len() - 1))
        .any(|at| line[at..].starts_with(word) && after_key(line, at, b"event"))
}
