//! `explain`: copies a log through, annotating every line that carries a ZEGO code.
//!
//! Every input byte is written unchanged and in order; a line with codes gets, between its
//! content and its line terminator (`\n` or `\r\n`), one `  # CODE NAME: message → suggestion`
//! per distinct code (`  # event CODE ...` for an exception event). Memory is one fixed
//! buffer: lines that do not fit are streamed through in pieces, their annotations written
//! when their end arrives.
//!
//! The product that answers is the one whose API host stands on the line, else the one given
//! (`--product`), else AI Agent, whose annotation then marks a code other products define
//! differently (`[also: asr (business)]`). Another product's annotation starts with its id:
//! `  # rtc 41003 ...`; a code its sections define differently reads `(ambiguous)` and names
//! each section's meaning.

mod scan;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, Read, Write};

use memchr::{memchr, memrchr};
use zego_codes::{Code, EventCode, Family, Lang, Product, ProductCode};

use scan::{Found, LineState, Scanner, MAX_TOKEN};
use zego_codes_render::product::others_text;
use zego_codes_render::show::one_line;
use zego_codes_render::CodeView;

const CHUNK: usize = 256 * 1024;

/// At most this many annotations are kept for reuse: a log repeats its codes, and writing a
/// kept annotation costs a copy where formatting it again costs several lookups. The bound
/// keeps memory constant whatever the input (ZEGO's ranges hold millions of unknown codes).
const CACHED: usize = 4096;

/// What a code found on a line is annotated with, given the line's product (`u32::MAX`: none
/// named, AI Agent answering with its mark) and whether the line is an exception callback.
type AnnotationKey = (u32, Found, bool);

/// The annotation's bytes (`None`: not annotated) and whether its code is known.
type Annotation = (Option<Box<[u8]>>, bool);

/// The kept annotations. Their keys are a few small integers from the program itself, not
/// from the input's choosing beyond the codes, and the map holds at most [`CACHED`]: a
/// multiply-rotate hash (FxHash's) does, at a third of SipHash's cost per line.
type Cache = HashMap<AnnotationKey, Annotation, BuildHasherDefault<FxHasher>>;

#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
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
    /// The product of lines that name no host (`--product`); `None`: AI Agent, marking codes
    /// other products define differently.
    product: Option<Product>,
    scanner: Scanner,
    buf: Vec<u8>,
    line: LineState,
    cache: Cache,
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
            product: None,
            scanner: Scanner::new(),
            buf: vec![0; chunk.max(2 * MAX_TOKEN)],
            line: LineState::default(),
            cache: Cache::default(),
            saw_unknown: false,
        }
    }

    /// The product of lines that name no ZEGO API host (`--product`).
    pub fn product(mut self, product: Option<Product>) -> Explainer {
        self.product = product;
        self
    }

    /// Copies `input` to `out` with annotations, flushing `out` after every read so that
    /// `tail -f log | zego-codes explain` shows lines as they come.
    pub fn run(&mut self, input: &mut dyn Read, out: &mut dyn Write) -> Result<(), Failure> {
        let Explainer {
            lang,
            product,
            scanner,
            buf,
            line,
            cache,
            saw_unknown,
        } = self;
        let mut a = Annotator {
            lang: *lang,
            product: *product,
            cache,
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
                line.host_byte_before = scan::is_host_byte(buf[cut - 1]);
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
    product: Option<Product>,
    cache: &'a mut Cache,
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
            if c < written
                || scan::code_value(region, c)
                    .and_then(|v| scanner.classify(v))
                    .is_none()
            {
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
        let product = line.product.or(self.product);
        for &f in &line.found {
            let key = (product.map_or(u32::MAX, |p| p as u32), f, line.exception);
            if let Some((bytes, known)) = self.cache.get(&key) {
                *self.saw_unknown |= !known;
                if let Some(bytes) = bytes {
                    out.write_all(bytes)?;
                }
                continue;
            }
            let (bytes, known) = self.annotation(product, f, line.exception)?;
            *self.saw_unknown |= !known;
            if let Some(bytes) = &bytes {
                out.write_all(bytes)?;
            }
            if self.cache.len() < CACHED {
                self.cache.insert(key, (bytes, known));
            }
        }
        out.write_all(&text[content..])
    }

    /// The annotation of `f` on a line of `product` (none named: AI Agent with its mark).
    fn annotation(&self, product: Option<Product>, f: Found, exception: bool) -> io::Result<Annotation> {
        let mut out = Vec::new();
        let known = match product {
            Some(p) if p != Product::DEFAULT => match in_product(p, f, exception) {
                Some(pc) => {
                    self.annotate_product(&mut out, pc)?;
                    pc.is_known()
                }
                None => return Ok((None, true)),
            },
            _ => {
                let entry = match f {
                    Found::Return(v) => CodeView::of(Code::new(v)),
                    Found::MaybeEvent(v) if exception => CodeView::of(EventCode::new(v)),
                    Found::MaybeEvent(_) | Found::Other(_) => return Ok((None, true)),
                };
                self.annotate(&mut out, &entry, product.is_none())?;
                entry.known()
            }
        };
        Ok((Some(out.into_boxed_slice()), known))
    }

    /// AI Agent's annotation; with `mark`, followed by the other products that define the
    /// code differently.
    fn annotate(&self, out: &mut dyn Write, e: &CodeView, mark: bool) -> io::Result<()> {
        let kind = if e.event { "event " } else { "" };
        let name = e.name.unwrap_or("(unknown)");
        write!(
            out,
            "  # {kind}{} {name}: {}",
            e.code,
            one_line(&e.message(self.lang))
        )?;
        let suggestion = e.suggestion(self.lang);
        if !suggestion.is_empty() {
            write!(out, " → {}", one_line(&suggestion))?;
        }
        if mark {
            let family = if e.event { Family::Event } else { Family::Return };
            if let Some(others) = others_text(family, e.code, e.name, self.lang) {
                match self.lang {
                    Lang::Zh => write!(out, " [另见：{others}]")?,
                    Lang::En => write!(out, " [also: {others}]")?,
                }
            }
        }
        Ok(())
    }

    /// Another product's annotation: its id first; an ambiguous code names each section's
    /// meaning.
    fn annotate_product(&self, out: &mut dyn Write, pc: ProductCode) -> io::Result<()> {
        let kind = if pc.family() == Family::Event {
            "event "
        } else {
            ""
        };
        let (product, code, lang) = (pc.product(), pc.get(), self.lang);
        if pc.is_ambiguous() {
            write!(
                out,
                "  # {product} {kind}{code} (ambiguous): {} [",
                one_line(&pc.message(lang))
            )?;
            for (i, m) in pc.meanings().iter().enumerate() {
                let section = m.section().map_or("", |s| s.id());
                let sep = if i == 0 { "" } else { "; " };
                write!(out, "{sep}{section}: {}", m.name())?;
            }
            return out.write_all(b"]");
        }
        let name = pc.name().unwrap_or("(unknown)");
        write!(
            out,
            "  # {product} {kind}{code} {name}: {}",
            one_line(&pc.message(lang))
        )?;
        let suggestion = pc.suggestion(lang);
        if !suggestion.is_empty() {
            write!(out, " → {}", one_line(&suggestion))?;
        }
        Ok(())
    }
}

/// The lookup that annotates `f` for `product` (not AI Agent), or `None` where the product
/// does not own the number: an event code in an exception callback where the product has
/// events; else a return code, in AI Agent's ranges (unknown ones get the product's generic
/// text) or one the product defines.
fn in_product(product: Product, f: Found, exception: bool) -> Option<ProductCode> {
    let (v, ranged_event) = match f {
        Found::Return(v) => return Some(ProductCode::new(product, v)),
        Found::MaybeEvent(v) => (v, true),
        Found::Other(v) => (v, false),
    };
    let event = ProductCode::event(product, v);
    if exception && product.has(Family::Event) && (ranged_event || event.is_known()) {
        return Some(event);
    }
    Some(ProductCode::new(product, v)).filter(|pc| pc.is_known())
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
        const LINES: usize = 40;
        let mut input = Vec::new();
        for i in 0..LINES {
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
        assert_eq!(text.matches("# 410001031 ").count(), LINES);
        let exceptions = (0..LINES).filter(|i| i % 3 == 0).count();
        assert_eq!(text.matches("# event 2204 ").count(), exceptions);
        assert_eq!(
            text.matches("# 410001002 ").count(),
            1,
            "order= is not a code key"
        );
    }

    fn explain_for(product: Option<Product>, chunk: usize, input: &[u8]) -> String {
        let mut ex = Explainer::with_chunk(Lang::En, chunk).product(product);
        let mut out = Vec::new();
        ex.run(&mut &input[..], &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A known return code of `p` other than 0 that an unqualified lookup answers.
    fn plain_code(p: Product) -> Option<ProductCode> {
        p.meanings(Family::Return)
            .iter()
            .map(|m| ProductCode::new(p, m.code()))
            .find(|pc| pc.get() != 0 && pc.name().is_some())
    }

    /// The annotation of `pc`, on one line (a few of ZEGO's texts are lists of lines).
    fn product_note(pc: ProductCode) -> String {
        let head = format!("{} {} {}", pc.product(), pc.get(), pc.name().unwrap());
        let (message, suggestion) = (pc.message(Lang::En), pc.suggestion(Lang::En));
        note(&head, &one_line(&message), &one_line(&suggestion))
    }

    #[test]
    fn the_host_on_the_line_names_the_product() {
        for &p in Product::ALL {
            let (Some(host), Some(pc)) = (p.hosts().next(), plain_code(p)) else {
                continue;
            };
            let line = format!("POST https://{host}/?Action=X resp={{\"Code\":{}}}", pc.get());
            let out = explain_for(None, CHUNK, line.as_bytes());
            if p == Product::DEFAULT {
                let e = CodeView::of(Code::new(pc.get()));
                let expected = note(
                    &format!("{} {}", e.code, e.name.unwrap()),
                    &e.message(Lang::En),
                    &e.suggestion(Lang::En),
                );
                assert_eq!(
                    out,
                    format!("{line}{expected}"),
                    "the default product's host: no mark"
                );
            } else {
                assert_eq!(out, format!("{line}{}", product_note(pc)));
            }
            // A regional host, and --product for a line without a host.
            let (label, domain) = host.split_once('.').unwrap();
            let regional = format!("host={label}-sha.{domain} code={}", pc.get());
            assert!(explain_for(None, CHUNK, regional.as_bytes()).starts_with(&regional));
            let bare = format!("code={}", pc.get());
            if p != Product::DEFAULT {
                assert_eq!(
                    explain_for(Some(p), CHUNK, bare.as_bytes()),
                    format!("{bare}{}", product_note(pc))
                );
                assert_eq!(
                    explain_for(None, CHUNK, regional.as_bytes()),
                    format!("{regional}{}", product_note(pc))
                );
            }
        }
    }

    #[test]
    fn an_ambiguous_code_names_each_section() {
        let Some(pc) = Product::ALL
            .iter()
            .flat_map(|&p| {
                p.meanings(Family::Return)
                    .iter()
                    .map(move |m| ProductCode::new(p, m.code()))
            })
            .find(|pc| pc.is_ambiguous())
        else {
            return;
        };
        let line = format!("code={}", pc.get());
        let (out, unknown) = {
            let mut ex = Explainer::new(Lang::En).product(Some(pc.product()));
            let mut out = Vec::new();
            ex.run(&mut line.as_bytes(), &mut out).unwrap();
            (String::from_utf8(out).unwrap(), ex.saw_unknown)
        };
        assert!(!unknown, "an ambiguous code is known");
        let head = format!(
            "{line}  # {} {} (ambiguous): {} [",
            pc.product(),
            pc.get(),
            pc.message(Lang::En)
        );
        assert!(out.starts_with(&head), "{out}");
        for m in pc.meanings() {
            assert!(
                out.contains(&format!("{}: {}", m.section().unwrap().id(), m.name())),
                "{out}"
            );
        }
    }

    #[test]
    fn aiagent_marks_codes_other_products_define_differently() {
        let marked = Code::all()
            .find_map(|c| others_text(Family::Return, c.get(), c.name(), Lang::En).map(|o| (c, o)));
        let Some((code, others)) = marked else {
            return;
        };
        let line = format!("code={}", code.get());
        let out = explain_for(None, CHUNK, line.as_bytes());
        assert!(out.ends_with(&format!(" [also: {others}]")), "{out}");
        // Named by --product, AI Agent answers without the mark.
        let out = explain_for(Some(Product::DEFAULT), CHUNK, line.as_bytes());
        assert!(!out.contains("[also: "), "{out}");
    }

    /// Hosts cut by chunk boundaries, at every offset, name the same product as in one piece.
    #[test]
    fn hosts_across_chunk_boundaries() {
        let mut input = Vec::new();
        let hosts: Vec<&str> = Product::ALL.iter().flat_map(|p| p.hosts()).collect();
        for i in 0..60 {
            let host = hosts[i % hosts.len()];
            input.extend_from_slice(b"y".repeat(i * 5).as_slice());
            input.extend_from_slice(format!(" https://{host}/x code=410001002 ").as_bytes());
            if i % 4 == 0 {
                input.extend_from_slice(format!("{}{host}", "z".repeat(i)).as_bytes());
            }
            input.extend_from_slice(b"code=41003 code=3\n");
        }
        let expected = explain_for(None, 1 << 20, &input);
        for chunk in [128, 129, 150, 197, 256, 333, 1000] {
            assert_eq!(explain_for(None, chunk, &input), expected, "chunk {chunk}");
        }
        // A cut at every offset of one line: inside a longer name ("zz" + host, no host), and
        // inside a host.
        let host = hosts
            .iter()
            .rev()
            .find(|h| Product::from_host(h) != Some(Product::DEFAULT));
        for before in ["zz", "/"] {
            for k in 0..200 {
                let line = format!(
                    "{} {before}{} code=410001002 code=41003 {}",
                    "y".repeat(k),
                    host.unwrap(),
                    "x".repeat(300)
                );
                let whole = explain_for(None, 1 << 20, line.as_bytes());
                assert_eq!(explain_for(None, 128, line.as_bytes()), whole, "{line}");
            }
        }
    }
}
