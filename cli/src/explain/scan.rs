//! Where a log line says "this number is a code". A bare number is never a code: it needs a
//! key ending in `code` (any case: `"Code"`, `code`, `ErrorCode`, `\"Code\"`), then `:` or
//! `=`, then the digits, with quotes, backslashes and blanks allowed around the separator.
//! Order numbers, timestamps and IDs stay untouched because no such key precedes them.
//!
//! Which product answered: a ZEGO API host on the line (`rtc-api.zego.im`, a regional
//! `rtc-api-sha.zego.im`), as the core's `Product::from_host` reads it.

use zego_codes::{Category, Code, EventCategory, Family, Product};

use memchr::memmem::Finder;

/// Bytes allowed between the key and the separator and between the separator and the value:
/// closing and opening quotes (also escaped ones inside a logged JSON string) and blanks.
fn is_filler(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'\\' | b' ' | b'\t')
}

const MAX_FILLER: usize = 4;
const MAX_DIGITS: usize = 10;

/// The longest token the grammars accept (a code key with its value, an exception marker, a
/// host) plus the bytes checked after it; a chunk boundary keeps at least this many unscanned
/// bytes so no token is cut in two.
pub const MAX_TOKEN: usize = 64;

/// A run of host characters longer than this is not read as a host, wherever it stands: a
/// host must fit in what a chunk boundary keeps, so the buffer size cannot change the answer.
const MAX_HOST: usize = MAX_TOKEN;

fn starts_with_ignoring_case(hay: &[u8], prefix: &str) -> bool {
    hay.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The bytes of a host name.
pub fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// Skips up to `MAX_FILLER` filler bytes, a `:` or `=`, and up to `MAX_FILLER` filler bytes
/// again; returns the index after them.
fn separator(hay: &[u8], mut i: usize) -> Option<usize> {
    let skip = |mut i: usize| {
        let stop = (i + MAX_FILLER).min(hay.len());
        while i < stop && is_filler(hay[i]) {
            i += 1;
        }
        i
    };
    i = skip(i);
    match hay.get(i) {
        Some(b':' | b'=') => Some(skip(i + 1)),
        _ => None,
    }
}

/// The number after the key whose `code` suffix starts at `c`, if the line says it is a code.
pub fn code_value(hay: &[u8], c: usize) -> Option<u32> {
    let key = hay.get(c..c + 4)?;
    if !key.eq_ignore_ascii_case(b"code") {
        return None;
    }
    let start = separator(hay, c + 4)?;
    let digits = hay[start..]
        .iter()
        .take(MAX_DIGITS + 1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0 || digits > MAX_DIGITS || (digits > 1 && hay[start] == b'0') {
        return None;
    }
    let end = start + digits;
    // 410001031abc is an identifier and 410001031.5 a decimal, not codes.
    match hay.get(end) {
        Some(b) if b.is_ascii_alphanumeric() || *b == b'_' => return None,
        Some(b'.') if hay.get(end + 1).is_some_and(u8::is_ascii_digit) => return None,
        _ => {}
    }
    let mut value: u64 = 0;
    for &d in &hay[start..end] {
        value = value * 10 + u64::from(d - b'0');
    }
    u32::try_from(value).ok()
}

/// Whether `"Event":"Exception"` (or `event=Exception`...) starts at `e`: the line is a
/// callback exception event, whose `Data.Code` is an event code.
pub fn is_exception_marker(hay: &[u8], e: usize) -> bool {
    let Some(key) = hay.get(e..e + 5) else {
        return false;
    };
    if !key.eq_ignore_ascii_case(b"event") {
        return false;
    }
    match separator(hay, e + 5) {
        Some(v) => hay[v..].starts_with(b"Exception"),
        None => false,
    }
}

/// A code-shaped number worth annotating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Found {
    /// In ZEGO's common or business range: a return code.
    Return(u32),
    /// In an exception event range: an event code if the line is an exception callback.
    MaybeEvent(u32),
    /// Outside AI Agent's ranges but a code of some other product: annotated only where the
    /// line's product (its host, or `--product`) defines it.
    Other(u32),
}

impl Found {
    /// Success (0) and numbers outside every ZEGO range are not annotated: a `code=200` from
    /// some other system is none of ZEGO's business, and `"Code":0` on every successful
    /// response would bury the lines that matter.
    pub fn classify(value: u32) -> Option<Found> {
        match Code::new(value).category() {
            Category::Common | Category::Business => Some(Found::Return(value)),
            _ if EventCategory::of(value) != EventCategory::Unknown => Some(Found::MaybeEvent(value)),
            _ => None,
        }
    }
}

/// What one line holds so far; lines longer than a chunk fill it over several chunks.
#[derive(Default)]
pub struct LineState {
    pub found: Vec<Found>,
    pub exception: bool,
    /// The product of the first ZEGO API host on the line.
    pub product: Option<Product>,
    /// Whether the byte before the one the next scan starts at (dropped with the chunk that
    /// held it) is a host byte: a host run starting there began earlier and was read then.
    pub host_byte_before: bool,
}

/// A line holding more codes than this is annotated with the first ones only: memory stays
/// bounded whatever the input.
pub const MAX_PER_LINE: usize = 16;

impl LineState {
    pub fn clear(&mut self) {
        self.found.clear();
        self.exception = false;
        self.product = None;
        self.host_byte_before = false;
    }

    fn push(&mut self, f: Found) {
        if self.found.len() < MAX_PER_LINE && !self.found.contains(&f) {
            self.found.push(f);
        }
    }
}

/// The substring searches and the codes of other products, built once.
pub struct Scanner {
    key: [Finder<'static>; 2],
    event: [Finder<'static>; 2],
    /// The domains of the documented hosts (`zego.im`), lower case.
    domains: Vec<String>,
    /// Searches that find every domain: their longest common start (`zego`) where it has a
    /// few letters, else each domain; in lower and upper case.
    domain_finders: Vec<Finder<'static>>,
    /// Every other product's code that [`Found::classify`] leaves out, sorted; 0 excepted.
    other_codes: Vec<u32>,
}

impl Scanner {
    pub fn new() -> Scanner {
        let mut domains: Vec<String> = Vec::new();
        for host in Product::ALL.iter().flat_map(|p| p.hosts()) {
            if let Some((_, domain)) = host.split_once('.') {
                let domain = domain.to_ascii_lowercase();
                if !domains.contains(&domain) {
                    domains.push(domain);
                }
            }
        }
        let common = domains.first().map_or(0, |first| {
            let shared = |n: usize| {
                domains
                    .iter()
                    .all(|d| d.as_bytes().get(..n) == first.as_bytes().get(..n))
            };
            (0..=first.len()).take_while(|&n| shared(n)).last().unwrap_or(0)
        });
        let needles: Vec<&str> = match domains.first() {
            Some(first) if common >= 3 => vec![&first[..common]],
            _ => domains.iter().map(String::as_str).collect(),
        };
        let domain_finders = needles
            .iter()
            .flat_map(|n| [n.to_ascii_lowercase(), n.to_ascii_uppercase()])
            .map(|n| Finder::new(n.as_bytes()).into_owned())
            .collect();
        let mut other_codes: Vec<u32> = Product::ALL
            .iter()
            .filter(|&&p| p != Product::DEFAULT)
            .flat_map(|p| p.meanings(Family::Return).iter().chain(p.meanings(Family::Event)))
            .map(|m| m.code())
            .filter(|&c| c != 0 && Found::classify(c).is_none())
            .collect();
        other_codes.sort_unstable();
        other_codes.dedup();
        Scanner {
            key: [Finder::new(b"ode"), Finder::new(b"ODE")],
            event: [Finder::new(b"Event"), Finder::new(b"event")],
            domains,
            domain_finders,
            other_codes,
        }
    }

    /// [`Found::classify`], and the codes only other products define as [`Found::Other`].
    #[inline]
    pub fn classify(&self, value: u32) -> Option<Found> {
        Found::classify(value).or_else(|| self.other(value))
    }

    #[cold]
    fn other(&self, value: u32) -> Option<Found> {
        (value != 0 && self.other_codes.binary_search(&value).is_ok()).then_some(Found::Other(value))
    }

    /// Positions, in order, where a key's `code` suffix starts at or after `from`. Both
    /// searches run lazily side by side, so a long chunk is crossed once, not once per hit.
    pub fn keys<'a>(&'a self, hay: &'a [u8], from: usize) -> impl Iterator<Item = usize> + 'a {
        let base = from + 1;
        let window = hay.get(base..).unwrap_or(&[]);
        let mut lower = self.key[0].find_iter(window).peekable();
        let mut upper = self.key[1].find_iter(window).peekable();
        std::iter::from_fn(move || loop {
            let o = match (lower.peek(), upper.peek()) {
                (Some(x), Some(y)) if x <= y => lower.next(),
                (Some(_), Some(_)) | (None, Some(_)) => upper.next(),
                (Some(_), None) => lower.next(),
                (None, None) => return None,
            }?;
            let c = base + o - 1;
            if hay[c].eq_ignore_ascii_case(&b'c') {
                return Some(c);
            }
        })
    }

    /// Adds to `line` every code token, exception marker and host that starts in
    /// `from..to`; tokens may run past `to`, up to the end of `hay`.
    pub fn scan(&self, hay: &[u8], from: usize, to: usize, line: &mut LineState) {
        for c in self.keys(hay, from).take_while(|&c| c < to) {
            if let Some(f) = code_value(hay, c).and_then(|v| self.classify(v)) {
                line.push(f);
            }
        }
        if line.product.is_none() {
            line.product = self.host(hay, from, to, line.host_byte_before);
        }
        if line.exception {
            return;
        }
        for f in &self.event {
            let window = &hay[from..(to + 5).min(hay.len()).max(from)];
            if f.find_iter(window).any(|e| is_exception_marker(hay, from + e)) {
                line.exception = true;
                return;
            }
        }
    }

    /// The product of the first host that starts in `from..to` and names a product. A host is
    /// a whole run of host bytes (letters, digits, `-`, `.`) holding a documented host's domain,
    /// at most [`MAX_HOST`] long; `host_byte_before` says whether the run at 0 began earlier.
    fn host(&self, hay: &[u8], from: usize, to: usize, host_byte_before: bool) -> Option<Product> {
        let window = hay.get(from..(to + MAX_TOKEN).min(hay.len()))?;
        let mut best: Option<(usize, Product)> = None;
        for finder in &self.domain_finders {
            let hits = finder.find_iter(window).map(|d| from + d);
            for d in hits.filter(|&d| {
                self.domains
                    .iter()
                    .any(|dom| starts_with_ignoring_case(&hay[d..], dom))
            }) {
                let floor = d.saturating_sub(MAX_HOST + 1);
                let mut start = d;
                while start > floor && is_host_byte(hay[start - 1]) {
                    start -= 1;
                }
                if start < from || start >= to || best.is_some_and(|(b, _)| b <= start) {
                    continue;
                }
                if (start > 0 && is_host_byte(hay[start - 1])) || (start == 0 && host_byte_before) {
                    continue;
                }
                let end = d + hay[d..].iter().take_while(|&&b| is_host_byte(b)).count();
                if end - start > MAX_HOST {
                    continue;
                }
                let product = std::str::from_utf8(&hay[start..end])
                    .ok()
                    .and_then(Product::from_host);
                if let Some(p) = product {
                    best = Some((start, p));
                }
            }
        }
        best.map(|(_, p)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<u32> {
        let c = s.to_ascii_lowercase().find("code").unwrap();
        code_value(s.as_bytes(), c)
    }

    #[test]
    fn keys_that_say_code() {
        assert_eq!(value(r#""Code":410001031"#), Some(410001031));
        assert_eq!(value(r#""Code": 410001031,"#), Some(410001031));
        assert_eq!(value("code=100000004"), Some(100000004));
        assert_eq!(value("Code:410001002 "), Some(410001002));
        assert_eq!(value("CODE = 410001002"), Some(410001002));
        assert_eq!(value(r#"ErrorCode="410001031""#), Some(410001031));
        assert_eq!(value(r#"{\"Code\":410001031}"#), Some(410001031));
        assert_eq!(value("code: '1201'"), Some(1201));
        assert_eq!(value("code=410001031."), Some(410001031));
    }

    #[test]
    fn numbers_that_are_not_codes() {
        assert_eq!(value("code 410001031"), None, "no separator");
        assert_eq!(value("codec=410001031"), None);
        assert_eq!(value("code=410001031abc"), None);
        assert_eq!(value("code=410001031.5"), None);
        assert_eq!(value("code=0410001031"), None);
        assert_eq!(value("code=99999999999"), None);
        assert_eq!(value("code=4294967296"), None);
        assert_eq!(value("code="), None);
        assert_eq!(value("code=      410001031"), None, "too far from its key");
    }

    #[test]
    fn only_zego_ranges_are_annotated() {
        assert_eq!(Found::classify(410001031), Some(Found::Return(410001031)));
        assert_eq!(Found::classify(100999999), Some(Found::Return(100999999)));
        assert_eq!(Found::classify(2204), Some(Found::MaybeEvent(2204)));
        assert_eq!(Found::classify(0), None);
        assert_eq!(Found::classify(200), None);
        assert_eq!(Found::classify(1500), None);
    }

    #[test]
    fn exception_marker() {
        let yes = |s: &str| is_exception_marker(s.as_bytes(), s.to_ascii_lowercase().find("event").unwrap());
        assert!(yes(r#""Event":"Exception""#));
        assert!(yes(r#""Event": "Exception""#));
        assert!(yes(r#"\"Event\":\"Exception\""#));
        assert!(yes("event=Exception"));
        assert!(!yes(r#""Event":"AgentSpeak""#));
        assert!(!yes("Event Exception"));
    }

    #[test]
    fn scan_finds_every_token_once() {
        let s = Scanner::new();
        let line = br#"mode=1 node=2 "Code":410001031 code=410001031 CODE=100000004 {"Event":"Exception","Data":{"Code":1201}}"#;
        let mut st = LineState::default();
        s.scan(line, 0, line.len(), &mut st);
        assert_eq!(
            st.found,
            [
                Found::Return(410001031),
                Found::Return(100000004),
                Found::MaybeEvent(1201)
            ]
        );
        assert!(st.exception);
        let keys: Vec<usize> = s.keys(line, 0).collect();
        assert_eq!(keys, [15, 31, 46, 91]);
        assert_eq!(s.keys(b"order_id=410001031 ts=1752739200 mode=3", 0).count(), 0);
    }

    #[test]
    fn scan_respects_its_window() {
        let s = Scanner::new();
        let hay = b"code=410001031 code=100000004";
        let mut st = LineState::default();
        s.scan(hay, 0, 1, &mut st);
        assert_eq!(st.found, [Found::Return(410001031)]);
        st.clear();
        s.scan(hay, 1, hay.len(), &mut st);
        assert_eq!(st.found, [Found::Return(100000004)]);
    }

    fn host_of(line: &str) -> Option<Product> {
        let mut st = LineState::default();
        let hay = format!("code=410001002 {line}");
        Scanner::new().scan(hay.as_bytes(), 0, hay.len(), &mut st);
        st.product
    }

    #[test]
    fn hosts_name_their_product() {
        for &p in Product::ALL {
            for host in p.hosts() {
                let (label, domain) = host.split_once('.').unwrap();
                assert_eq!(
                    host_of(&format!("POST https://{host}/?Action=X")),
                    Some(p),
                    "{host}"
                );
                assert_eq!(
                    host_of(&format!("host={label}-sha.{domain}:443")),
                    Some(p),
                    "{host}"
                );
                assert_eq!(host_of(&format!("\"Host\":\"{host}\"")), Some(p), "{host}");
                assert_eq!(host_of(&format!("at {host}.")), Some(p), "{host}");
                assert_eq!(host_of(&host.to_ascii_uppercase()), Some(p), "{host}");
                // Part of a longer name is not the host.
                assert_eq!(host_of(&format!("x{host}")), None, "{host}");
                assert_eq!(host_of(&format!("{host}x")), None, "{host}");
                assert_eq!(host_of(&format!("{label}.{domain}.example.com")), None, "{host}");
                assert_eq!(host_of(&format!("evil-{host}")), None, "{host}");
            }
        }
        assert_eq!(host_of("no host here"), None);
        assert_eq!(host_of(&format!("{}.zego.im", "a".repeat(MAX_HOST))), None);
    }

    #[test]
    fn the_first_host_of_a_line_wins() {
        let hosts: Vec<(Product, &str)> = Product::ALL
            .iter()
            .flat_map(|&p| p.hosts().map(move |h| (p, h)))
            .collect();
        let [(a, ha), (b, hb), ..] = hosts[..] else {
            return;
        };
        assert_eq!(host_of(&format!("{ha} then {hb}")), Some(a));
        assert_eq!(host_of(&format!("{hb} then {ha}")), Some(b));
    }

    #[test]
    fn other_products_codes_are_candidates() {
        let s = Scanner::new();
        for &p in Product::ALL {
            for m in p.meanings(Family::Return).iter().chain(p.meanings(Family::Event)) {
                let expected = if m.code() == 0 { None } else { Some(()) };
                assert_eq!(s.classify(m.code()).map(|_| ()), expected, "{m:?}");
            }
        }
        assert_eq!(s.classify(0), None);
    }
}
