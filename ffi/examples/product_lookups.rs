//! Prints what the core answers for lookups by product that the `list --all-products --json`
//! oracle does not hold: every known code of every product and kind looked up without a
//! section (one answer where sections agree, the ambiguous answer where they do not), unknown
//! codes near every known one and at the edges of the ranges, and "who defines this number".
//! The bindings' suites compare with it (the Java suite reads it as -Dzegocodes.answers), so
//! no test keeps a text of its own.
//!
//! One record per line, fields separated by tabs, with `\\`, `\t` and `\n` escaped:
//! `L product kind code known ambiguous name category guidance retryable message_zh
//! suggestion_zh message_en suggestion_en since withdrawn meanings` (kind: return or event;
//! name, since and withdrawn empty where none; category: the return code's category, or for
//! an event code AI Agent's event category, `unknown` for another product's; meanings: the
//! `section/NAME` of every meaning, comma-separated, the section empty where none), then
//! `D kind code product/section/NAME,...` for every number any product defines.

use std::collections::BTreeSet;

use zego_codes::{definitions, EventCategory, Family, Lang, Product, ProductCode, COMMON_RANGE};

fn main() {
    let mut defined: [BTreeSet<u32>; 2] = Default::default();
    for &product in Product::ALL {
        for family in [Family::Return, Family::Event] {
            let known: BTreeSet<u32> = product.meanings(family).iter().map(|m| m.code()).collect();
            defined[family as usize].extend(&known);
            let mut samples: BTreeSet<u32> = known.clone();
            for &c in &known {
                samples.extend([c.checked_sub(1), c.checked_add(1)].into_iter().flatten());
            }
            let edges = [
                0,
                1,
                *COMMON_RANGE.start() - 1,
                *COMMON_RANGE.start(),
                *COMMON_RANGE.end(),
                *COMMON_RANGE.end() + 1,
                u32::MAX,
            ];
            samples.extend(edges);
            for code in samples {
                record(ProductCode::of(product, family, code));
            }
        }
    }
    for family in [Family::Return, Family::Event] {
        for &code in &defined[family as usize] {
            let all: Vec<String> = definitions(family, code)
                .map(|m| {
                    format!(
                        "{}/{}/{}",
                        m.product().id(),
                        m.section().map_or("", |s| s.id()),
                        m.name()
                    )
                })
                .collect();
            println!("D\t{}\t{code}\t{}", kind(family), all.join(","));
        }
    }
}

fn kind(family: Family) -> &'static str {
    if family == Family::Event {
        "event"
    } else {
        "return"
    }
}

fn record(c: ProductCode) {
    let category = match c.category() {
        Some(cat) => cat.as_str(),
        None if c.product() == Product::DEFAULT => EventCategory::of(c.get()).as_str(),
        None => EventCategory::Unknown.as_str(),
    };
    let meanings: Vec<String> = c
        .meanings()
        .iter()
        .map(|m| format!("{}/{}", m.section().map_or("", |s| s.id()), m.name()))
        .collect();
    let fields = [
        c.product().id().to_owned(),
        kind(c.family()).to_owned(),
        c.get().to_string(),
        u8::from(c.is_known()).to_string(),
        u8::from(c.is_ambiguous()).to_string(),
        c.name().unwrap_or("").to_owned(),
        category.to_owned(),
        c.guidance().as_str().to_owned(),
        u8::from(c.is_retryable()).to_string(),
        c.message(Lang::Zh).as_str().to_owned(),
        c.suggestion(Lang::Zh).as_str().to_owned(),
        c.message(Lang::En).as_str().to_owned(),
        c.suggestion(Lang::En).as_str().to_owned(),
        c.since().unwrap_or("").to_owned(),
        c.withdrawn().unwrap_or("").to_owned(),
        meanings.join(","),
    ];
    let escaped: Vec<String> = fields.iter().map(|f| escape(f)).collect();
    println!("L\t{}", escaped.join("\t"));
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n")
}
