//! `explain`: copies a log through, annotating every line that carries a ZEGO code.
//!
//! Every input byte is written unchanged and in order; a line with codes gets, between its
//! content and its line terminator (`\n` or `\r\n`), one `  # CODE NAME: message → suggestion`
//! per distinct code (`  # event CODE ...` for an exception event). Memory is one fixed
//! buffer: lines that do not fit are streamed through in pieces, their annotations written
//! when their end arrives.

mod scan;

use std::io::{self, Read, Write};

use memchr::{memchr, memrchr};
use zego_codes::{Code, EventCode, Lang};

use scan::{Found, LineState, Scanner, MAX_TOKEN};
use zego_codes_render::CodeView;

const CHUNK: usize = 256 * 1024;

/// Why a stream stopped: the input (report it and go on with the next file) or the output
/// (stop everything).
#[derive(Debug)]
pub enum Failure {
    Read(io::Error),
    Write(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Write(e)
    }
}

pub struct Explainer {
    lang: Lang,
    scanner: Scanner,
    buf: Vec<u8>,
    line: LineState,
    /// Whether some annotated code is not in the catalog (exit status 1).
    pub saw_unknown: bool,
}

impl Explainer {
    pub fn new(lang: Lang) -> Explainer {
        Explainer::with_chunk(lang, CHUNK)
    }

    /// Public for the fuzz target (fuzz/fuzz_targets/explain.rs), whose small chunks reach
    /// the long-line path with short inputs.
    pub fn with_chunk(lang: Lang, chunk: usize) -> Explainer {
        Explainer {
            lang,
            scanner: Scanner::new(),
            buf: vec![0; chunk.max(2 * MAX_TOKEN)],
            line: LineState::default(),
            saw_unknown: false,
        }
    }

    /// Copies `input` to `out` with annotations, flushing `out` after every read so that
    /// `tail -f log | zego-codes explain` shows lines as they come.
    pub fn run(&mut self, input: &mut dyn Read, out: &mut dyn Write) -> Result<(), Failure> {
        let Explainer {
            lang,
            scanner,
            buf,
            line,
            saw_unknown,
        } = self;
        let mut a = Annotator {
            lang: *lang,
            saw_unknown,
        };
        let mut len = 0;
        // Whether buf[..len] continues a line whose beginning is already written.
        let mut long = false;
        loop {
            let (n, read_error) = match read_some(input, &mut buf[len..]) {
                Ok(n) => (n, None),
                Err(e) => (0, Some(e)),
            };
            len += n;
            let mut start = 0;
            if let Some(last_nl) = memrchr(b'\n', &buf[..len]) {
                if long {
                    let nl = memchr(b'\n', &buf[..len]).unwrap_or(last_nl);
                    scanner.scan(&buf[..nl], 0, nl, line);
                    a.finish_line(out, &buf[..=nl], line)?;
                    start = nl + 1;
                    long = false;
                }
                a.lines(out, scanner, &buf[start..=last_nl], line)?;
                start = last_nl + 1;
            }
            if n == 0 {
                // End of input: what is left is a last line without a newline.
                if start < len || long {
                    if !long {
                        line.clear();
                    }
                    let rest = &buf[start..len];
                    scanner.scan(rest, 0, rest.len(), line);
                    a.finish_line(out, rest, line)?;
                }
                out.flush()?;
                return match read_error {
                    Some(e) => Err(Failure::Read(e)),
                    None => Ok(()),
                };
            }
            if start > 0 {
                buf.copy_within(start..len, 0);
                len -= start;
            } else if len == buf.len() {
                // A line longer than the buffer: pass most of it on now, and keep a tail so
                // that a token cut by the chunk boundary is scanned whole next time.
                if !long {
                    line.clear();
                    long = true;
                }
                let cut = len - MAX_TOKEN;
                scanner.scan(&buf[..len], 0, cut, line);
                out.write_all(&buf[..cut])?;
                buf.copy_within(cut..len, 0);
                len = MAX_TOKEN;
            }
            out.flush()?;
        }
    }
}

fn read_some(input: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match input.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

struct Annotator<'a> {
    lang: Lang,
    saw_unknown: &'a mut bool,
}

impl Annotator<'_> {
    /// Complete lines, `region` ending in `\n`. Lines without a code are copied in bulk;
    /// only a line with a code is looked at as a line.
    fn lines(
        &mut self,
        out: &mut dyn Write,
        scanner: &Scanner,
        region: &[u8],
        line: &mut LineState,
    ) -> io::Result<()> {
        let mut written = 0;
        for c in scanner.keys(region, 0) {
            if c < written || scan::code_value(region, c).and_then(Found::classify).is_none() {
                continue;
            }
            let line_start = memrchr(b'\n', &region[written..c]).map_or(written, |i| written + i + 1);
            let line_end = memchr(b'\n', &region[c..]).map_or(region.len() - 1, |i| c + i);
            line.clear();
            scanner.scan(&region[line_start..line_end], 0, line_end - line_start, line);
            out.write_all(&region[written..line_start])?;
            self.finish_line(out, &region[line_start..=line_end], line)?;
            written = line_end + 1;
        }
        out.write_all(&region[written..])
    }

    /// Writes `text` (the rest of a line, with its terminator if it has one) with the
    /// annotations of `line` placed before the terminator.
    fn finish_line(&mut self, out: &mut dyn Write, text: &[u8], line: &LineState) -> io::Result<()> {
        let mut content = text.len();
        if text.last() == Some(&b'\n') {
            content -= 1;
        }
        if content > 0 && text[content - 1] == b'\r' {
            content -= 1;
        }
        out.write_all(&text[..content])?;
        for f in &line.found {
            let entry = match *f {
                Found::Return(v) => CodeView::of(Code::new(v)),
                Found::MaybeEvent(v) if line.exception => CodeView::of(EventCode::new(v)),
                Found::MaybeEvent(_) => continue,
            };
            *self.saw_unknown |= !entry.known();
            self.annotate(out, &entry)?;
        }
        out.write_all(&text[content..])
    }

    fn annotate(&self, out: &mut dyn Write, e: &CodeView) -> io::Result<()> {
        let kind = if e.event { "event " } else { "" };
        let name = e.name.unwrap_or("(unknown)");
        write!(out, "  # {kind}{} {name}: {}", e.code, e.message(self.lang))?;
        let suggestion = e.suggestion(self.lang);
        if !suggestion.is_empty() {
            write!(out, " → {suggestion}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explain_with(chunk: usize, input: &[u8], lang: Lang) -> (Vec<u8>, bool) {
        let mut ex = Explainer::with_chunk(lang, chunk);
        let mut out = Vec::new();
        ex.run(&mut &input[..], &mut out).unwrap();
        (out, ex.saw_unknown)
    }

    fn explain(input: &[u8]) -> String {
        String::from_utf8(explain_with(CHUNK, input, Lang::En).0).unwrap()
    }

    /// The annotation the layout asks for, with ZEGO's texts taken from the catalog: the tests
    /// pin the layout, xtask's conformance test pins the texts.
    fn note(head: &str, message: &str, suggestion: &str) -> String {
        match suggestion {
            "" => format!("  # {head}: {message}"),
            s => format!("  # {head}: {message} → {s}"),
        }
    }

    #[test]
    fn annotates_before_the_terminator() {
        let c = Code::SIGNATURE_EXPIRED;
        let note = note(
            "100000004 SIGNATURE_EXPIRED",
            &c.message(Lang::En),
            &c.suggestion(Lang::En),
        );
        assert_eq!(
            explain(b"a\n\"Code\":100000004\r\nb"),
            format!("a\n\"Code\":100000004{note}\r\nb")
        );
        assert_eq!(
            explain(b"code=100000004"),
            explain(b"code=100000004\n").trim_end()
        );
        assert_eq!(explain(b""), "");
    }

    #[test]
    fn event_codes_only_in_exception_callbacks() {
        let ev = explain(br#"{"Data":{"Code":1201},"Event":"Exception"}"#);
        let m = EventCode::RTC_ERROR.message(Lang::En);
        assert!(ev.contains(&format!("  # event 1201 RTC_ERROR: {m}")), "{ev}");
        assert_eq!(
            explain(br#"{"Data":{"Code":1201},"Event":"AgentSpeak"}"#),
            r#"{"Data":{"Code":1201},"Event":"AgentSpeak"}"#
        );
    }

    #[test]
    fn unknown_codes_are_annotated_and_flagged() {
        let (out, unknown) = explain_with(CHUNK, b"code=410009999\n", Lang::En);
        assert!(unknown);
        assert!(String::from_utf8(out)
            .unwrap()
            .contains("# 410009999 (unknown): Unknown return code"));
        assert!(!explain_with(CHUNK, b"code=410001031\n", Lang::En).1);
    }

    /// Every chunk size from tiny to larger than the input gives the same output, so tokens
    /// and lines cut by chunk boundaries are handled.
    #[test]
    fn chunk_boundaries_do_not_matter() {
        let mut input = Vec::new();
        for i in 0..40 {
            input.extend_from_slice(b"x".repeat(i * 7).as_slice());
            input.extend_from_slice(b" \"Code\":410001031 order=410001002 ");
            if i % 3 == 0 {
                input.extend_from_slice(br#"{"Event":"Exception","Data":{"Code":2204}} code=100000004"#);
            }
            input.extend_from_slice(if i % 2 == 0 { b"\n" } else { b"\r\n" });
        }
        input.extend_from_slice(b"tail code=410001002");
        let (expected, _) = explain_with(1 << 20, &input, Lang::Zh);
        for chunk in [64, 65, 70, 97, 128, 200, 333, 1000] {
            let (got, _) = explain_with(chunk, &input, Lang::Zh);
            assert_eq!(
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&expected),
                "chunk {chunk}"
            );
        }
        let text = String::from_utf8(expected).unwrap();
        assert_eq!(text.matches("# 410001031 ").count(), 40);
        assert_eq!(text.matches("# event 2204 ").count(), 14);
        assert_eq!(
            text.matches("# 410001002 ").count(),
            1,
            "order= is not a code key"
        );
    }
}
