//! Prints what the C library must answer for every known code and a set of edge codes,
//! straight from the core crate, for ffi/tests to compare against: no list is kept by hand.
//!
//! One record per line, fields separated by tabs, with `\\`, `\t` and `\n` escaped:
//! `V version`, then per code
//! `R|E code known name message_zh suggestion_zh message_en suggestion_en withdrawn category guidance retryable success`
//! (`withdrawn` is "" for a code ZEGO still lists)
//! (R return code, E event code; known codes come first, in ascending order).
//! Then the records other languages' generated sources are tested with (ffi/tests skips them):
//! `S R|E code since` per known code, `G value name retryable summary_zh summary_en` per
//! guidance kind, `C value name` per category and `K value name` per event category
//! (value: the C enum value; name: the stable snake_case name).

use zego_codes::{CatalogCode, Category, Code, CodeCategory, EventCategory, EventCode, Guidance, Lang};

/// Unknown and boundary codes: around every range, and the extremes of u32.
const RETURN_EDGES: &[u32] = &[
    0,
    1,
    99_999_999,
    100_000_016,
    100_999_999,
    101_000_000,
    409_999_999,
    410_000_000,
    410_001_012,
    410_999_999,
    411_000_000,
    2_147_483_647,
    2_147_483_648,
    u32::MAX,
];
const EVENT_EDGES: &[u32] = &[
    0,
    1,
    999,
    1000,
    1099,
    1100,
    1199,
    1200,
    1299,
    1300,
    2099,
    2100,
    2199,
    2200,
    2299,
    2300,
    2399,
    2400,
    410_001_002,
    u32::MAX,
];

fn main() {
    println!("V\t{}", env!("CARGO_PKG_VERSION"));
    records::<Code>('R', RETURN_EDGES);
    records::<EventCode>('E', EVENT_EDGES);
    since::<Code>('R');
    since::<EventCode>('E');
    for g in Guidance::ALL {
        let (zh, en) = (escape(g.summary(Lang::Zh)), escape(g.summary(Lang::En)));
        println!("G\t{}\t{g}\t{}\t{zh}\t{en}", g as u32, u8::from(g.is_retryable()));
    }
    categories::<Category>('C');
    categories::<EventCategory>('K');
}

/// `S` records: the `since` of every known code of family `C`.
fn since<C: CatalogCode>(kind: char) {
    for c in C::all() {
        println!("S\t{kind}\t{}\t{}", c.get(), escape(c.since().unwrap_or("")));
    }
}

/// `C` or `K` records: every category of type `K`, by C value.
fn categories<K: CodeCategory>(tag: char) {
    for &c in K::ALL {
        println!("{tag}\t{}\t{}", c.value(), c.as_str());
    }
}

/// One record per known code of family `C`, then one per edge code it does not hold.
fn records<C: CatalogCode>(kind: char, edges: &[u32]) {
    let unknown = edges.iter().copied().filter(|&c| !C::new(c).is_known());
    for c in C::all().map(C::get).chain(unknown) {
        let code = C::new(c);
        record(
            kind,
            c,
            code.name(),
            [
                code.message(Lang::Zh).as_str(),
                code.suggestion(Lang::Zh).as_str(),
                code.message(Lang::En).as_str(),
                code.suggestion(Lang::En).as_str(),
                code.withdrawn().unwrap_or(""),
            ],
            [
                code.category().value(),
                code.guidance() as u32,
                code.is_retryable().into(),
                code.is_success().into(),
            ],
        );
    }
}

fn record(kind: char, code: u32, name: Option<&str>, texts: [&str; 5], numbers: [u32; 4]) {
    let mut line = format!(
        "{kind}\t{code}\t{}\t{}",
        u8::from(name.is_some()),
        escape(name.unwrap_or(""))
    );
    for t in texts {
        line.push('\t');
        line.push_str(&escape(t));
    }
    for n in numbers {
        line.push_str(&format!("\t{n}"));
    }
    println!("{line}");
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n")
}
