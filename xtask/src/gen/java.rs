//! The generated half of the Java library (package `zegocodes`, written to the source root
//! java/src/generated/java/zegocodes/): the enums `Guidance`, `Category` and `EventCategory`
//! with one constant per variant of the core's enums, and `ZegoCode` and `ZegoEventCode` with
//! one constant per catalog entry and their lookup's data. Java declares an enum's constants
//! and its methods in one file, so each is its template under java/templates/ with the data
//! written in; the behaviour they share (the lookup, `ZegoCodes`, the exceptions) is plain Java
//! in java/src/main/java/zegocodes/. Every value comes from the core crate or the data:
//! guidance's retryability and summaries, the ranges a code's category is read from, and the
//! texts of unknown codes (the core's `CodeCategory::unknown_message` and
//! `unknown_suggestion` of each range's category, never retyped). A new field of the data is
//! one more argument in `constant()` and one more field and getter in the template, as
//! `withdrawn` is.
//!
//! A lookup is the core's: the same multiplicative perfect hash (gen/rust.rs), here straight
//! into an array of enum constants, then one compare of the code.

use std::fmt::Write as _;

use zego_codes::{Category, CodeCategory, EventCategory, Guidance, Lang, BUSINESS_RANGE, COMMON_RANGE};

use super::model::Model;
use super::rust::PerfectHash;
use super::{Catalogs, Output};
use crate::catalog::{Catalog, Entry, Kind};

const DIR: &str = "java/src/generated/java/zegocodes/";

const CODE_TEMPLATE: &str = include_str!("../../../java/templates/CodeEnum.java.in");
const GUIDANCE_TEMPLATE: &str = include_str!("../../../java/templates/Guidance.java.in");
const NAMED_TEMPLATE: &str = include_str!("../../../java/templates/NamedEnum.java.in");

/// Event categories come from the hundreds of small numbers: scanning this far finds every
/// boundary `EventCategory::of` has (generation asserts the last range reaches u32::MAX).
const EVENT_SCAN_END: u32 = 1_000_000;

pub fn outputs(catalogs: &Catalogs, model: &Model) -> Vec<Output> {
    let default = model.products[super::java_products::DEFAULT].java_constant();
    let file = |name: &str, text: String| Output {
        path: Box::leak(format!("{DIR}{name}").into_boxed_str()),
        text,
    };
    vec![
        file("Guidance.java", guidance()),
        file(
            "Category.java",
            named_enum("Category", "CATEGORY", Category::ALL.iter().map(|c| c.as_str())),
        ),
        file(
            "EventCategory.java",
            named_enum(
                "EventCategory",
                "EVENT_CATEGORY",
                EventCategory::ALL.iter().map(|c| c.as_str()),
            ),
        ),
        file(
            "ZegoCode.java",
            code_enum(
                &CodeFamily::RETURN,
                &catalogs.returns,
                model.default_hash(Kind::Return),
                default,
            ),
        ),
        file(
            "ZegoEventCode.java",
            code_enum(
                &CodeFamily::EVENT,
                &catalogs.events,
                model.default_hash(Kind::Event),
                default,
            ),
        ),
    ]
}

/// `template` with its `@BANNER@` line filled and its conditional blocks resolved: the
/// lines between `@IF_<FLAG>@` and `@END_IF@` stay where `flag` is FLAG.
fn instantiate(template: &str, flag: &str) -> String {
    let template = template.replace(
        "@BANNER@\n",
        &super::banner("//", "java/templates/ with data/*.toml and the core's enums"),
    );
    super::keep_blocks(&template, |name| name == flag)
}

/// What differs between the two code enums; everything else is one template.
pub(super) struct CodeFamily {
    class: &'static str,
    /// The template's `@IF_<flag>@` blocks this family keeps.
    flag: &'static str,
    category: &'static str,
    /// The core's category of a code, by its stable name.
    category_of: fn(u32) -> &'static str,
    /// The core's texts for an unknown code of the category of a code: `[message,
    /// suggestion]` in Chinese, then in English.
    unknown_texts: fn(u32) -> [[&'static str; 2]; 2],
    /// Codes where the category may change; every other boundary is verified against them.
    breaks: fn() -> Vec<u32>,
}

impl CodeFamily {
    pub(super) const RETURN: CodeFamily = CodeFamily {
        class: "ZegoCode",
        flag: "RETURN",
        category: "Category",
        category_of: |c| Category::of(c).as_str(),
        unknown_texts: |c| unknown_texts(Category::of(c)),
        breaks: || {
            let mut b = vec![0, 1];
            for r in [COMMON_RANGE, BUSINESS_RANGE] {
                b.extend([*r.start(), r.end() + 1]);
            }
            b
        },
    };

    pub(super) const EVENT: CodeFamily = CodeFamily {
        class: "ZegoEventCode",
        flag: "EVENT",
        category: "EventCategory",
        category_of: |c| EventCategory::of(c).as_str(),
        unknown_texts: |c| unknown_texts(EventCategory::of(c)),
        breaks: || {
            let of = EventCategory::of;
            let mut b = vec![0];
            b.extend((1..=EVENT_SCAN_END).filter(|&c| of(c) != of(c - 1)));
            b
        },
    };
}

fn unknown_texts<K: CodeCategory>(category: K) -> [[&'static str; 2]; 2] {
    [Lang::Zh, Lang::En].map(|lang| {
        [
            category.unknown_message(lang).as_str(),
            category.unknown_suggestion(lang).as_str(),
        ]
    })
}

/// A run of codes with one category, and so one pair of unknown-code texts per language.
pub(super) struct Range {
    pub last: u32,
    pub category: &'static str,
    /// `[message, suggestion]` in Chinese, then in English.
    pub texts: [[&'static str; 2]; 2],
}

/// Also the ranges of the Go and TypeScript tables (gen/go.rs, gen/ts.rs).
pub(super) fn ranges(family: &CodeFamily) -> Vec<Range> {
    let mut breaks = (family.breaks)();
    breaks.sort_unstable();
    breaks.dedup();
    let mut out: Vec<Range> = Vec::new();
    for (i, &first) in breaks.iter().enumerate() {
        let last = breaks.get(i + 1).map_or(u32::MAX, |next| next - 1);
        let category = (family.category_of)(first);
        assert_eq!(
            category,
            (family.category_of)(last),
            "{}: codes {first} and {last} differ in category: a range boundary is missing",
            family.class
        );
        match out.last_mut() {
            Some(prev) if prev.category == category => prev.last = last,
            _ => out.push(Range {
                last,
                category,
                texts: (family.unknown_texts)(first),
            }),
        }
    }
    out
}

/// How an unknown code finds its range's texts (`MISS_*` in the template): every range whose
/// texts differ from the previous range's starts at a multiple of `unit` (their greatest
/// common divisor), and from `cap` (the last such start) up every code has the last range's
/// texts; bucket `min(code, cap) / unit` is `((x >>> pre_shift) * multiplier) >>> shift`,
/// exact for every 32-bit `x`. Where the buckets of all 32-bit codes are at most
/// `FULL_TABLE`, the table covers them all (`capped` false): no min, and the index's type
/// bounds it; there, where it can, the division first shifts out the unit's factors of two
/// so that the multiplier fits a signed 32-bit immediate (`imm32`): the JIT then multiplies
/// by an immediate instead of holding the multiplier in a register of the caller's loop.
pub(super) struct Buckets {
    pub unit: u32,
    pub cap: u32,
    pub pre_shift: u32,
    pub multiplier: u64,
    pub shift: u32,
    pub capped: bool,
    pub imm32: bool,
    /// The table's length.
    pub len: u64,
}

const FULL_TABLE: u64 = 8192;

impl Buckets {
    /// The bucket of `code`, as the generated Java computes it.
    #[cfg(test)]
    pub fn of(&self, code: u32) -> u64 {
        let x = if self.capped { code.min(self.cap) } else { code } >> self.pre_shift;
        ((u128::from(x) * u128::from(self.multiplier)) % (1u128 << 64)) as u64 >> self.shift
    }
}

pub(super) fn miss_buckets(ranges: &[Range]) -> Buckets {
    fn gcd(a: u32, b: u32) -> u32 {
        if b == 0 {
            a
        } else {
            gcd(b, a % b)
        }
    }
    let starts: Vec<u32> = ranges
        .windows(2)
        .filter(|w| w[0].texts != w[1].texts)
        .map(|w| w[0].last + 1)
        .collect();
    let Some(&cap) = starts.last() else {
        // One text for every code: bucket 0.
        return Buckets {
            unit: 1,
            cap: 0,
            pre_shift: 0,
            multiplier: 0,
            shift: 32,
            capped: true,
            imm32: false,
            len: 1,
        };
    };
    let unit = starts.iter().fold(0, |g, &s| gcd(s, g));
    assert!(cap <= i32::MAX as u32, "MISS_CAP {cap} must fit a Java int");
    // The largest shift (the fewest buckets) whose rounded-up reciprocal is exact for every
    // 32-bit code (its error at most 2^(shift - 32)) and keeps x * multiplier below 2^64.
    let d = u128::from(unit);
    let (multiplier, shift) = (32..64)
        .rev()
        .map(|s| ((1u128 << s).div_ceil(d), s))
        .find(|&(m, s)| m < 1 << 32 && m * d - (1u128 << s) <= 1 << (s - 32))
        .expect("a multiply-shift division by the unit");
    let full = 1u64 << (64 - shift);
    let capped = full > FULL_TABLE;
    if !capped {
        // x = code >>> pre_shift has `bits` bits; the largest shift whose multiplier fits a
        // positive 32-bit immediate and is exact for every such x. The JIT bounds the bucket
        // by the types (x < 2^bits, a constant multiplier), so the table is that long.
        let pre_shift = unit.trailing_zeros();
        let bits = 32 - pre_shift;
        let d = u128::from(unit >> pre_shift);
        let imm = (bits..63)
            .rev()
            .map(|s| ((1u128 << s).div_ceil(d), s))
            .find(|&(m, s)| m < 1 << 31 && m * d - (1u128 << s) <= 1 << (s - bits));
        if let Some((m, s)) = imm {
            return Buckets {
                unit,
                cap,
                pre_shift,
                multiplier: m as u64,
                shift: s,
                capped,
                imm32: true,
                len: ((((1u128 << bits) - 1) * m) >> s) as u64 + 1,
            };
        }
    }
    Buckets {
        unit,
        cap,
        pre_shift: 0,
        multiplier: multiplier as u64,
        shift,
        capped,
        imm32: false,
        len: if capped { u64::from(cap / unit) + 1 } else { full },
    }
}

fn code_enum(family: &CodeFamily, catalog: &Catalog, hash: &PerfectHash, default: &str) -> String {
    let mut constants = String::new();
    for (i, e) in catalog.entries.iter().enumerate() {
        constant(&mut constants, e, i + 1 == catalog.entries.len());
    }
    // Octal escapes: javac reads `\uXXXX` before it lexes, so `\u0022` would end the string.
    let slots: String = hash.slots.iter().map(|&s| format!("\\{s:o}")).collect();

    let ranges = ranges(family);
    let mut category = Vec::new();
    let mut texts: [Vec<String>; 4] = Default::default();
    for r in &ranges {
        category.push(format!("{}.{}", family.category, r.category.to_uppercase()));
        for (i, t) in r.texts.iter().flatten().enumerate() {
            texts[i].push(java_str(t));
        }
    }
    let list = |items: &[String]| items.join(", ");
    let miss = miss_buckets(&ranges);

    instantiate(CODE_TEMPLATE, family.flag)
        .replace("@CONSTANTS@", &constants)
        .replace("@MULTIPLIER@", &format!("{:#010x}", hash.multiplier))
        .replace("@SHIFT@", &(32 - hash.bits).to_string())
        .replace("@SLOTS@", &slots)
        .replace("@SLOT_COUNT@", &hash.slots.len().to_string())
        .replace("@RANGE_ENDS@", &range_ends(&ranges))
        .replace("@RANGE_CATEGORY@", &list(&category))
        .replace("@RANGE_MESSAGE_ZH@", &list(&texts[0]))
        .replace("@RANGE_SUGGESTION_ZH@", &list(&texts[1]))
        .replace("@RANGE_MESSAGE_EN@", &list(&texts[2]))
        .replace("@RANGE_SUGGESTION_EN@", &list(&texts[3]))
        .replace("@MISS_UNIT@", &miss.unit.to_string())
        .replace("@MISS_CAP@", &miss.cap.to_string())
        .replace("@MISS_MULTIPLIER@", &miss.multiplier.to_string())
        .replace("@MISS_SHIFT@", &miss.shift.to_string())
        .replace("@MISS_BUCKETS@", &miss.len.to_string())
        .replace("@MISS_X@", &miss_x(&miss))
        .replace("@DEFAULT@", default)
        .replace("@KIND@", family.flag)
        .replace("@CATEGORY@", family.category)
        .replace("@TYPE@", family.class)
}

/// The dividend of `missBucket(int c)` in the template: `c` as a long in 0 to 4294967295 (or
/// its minimum with the cap), or with an immediate multiplier `c >>> pre_shift`, whose type
/// tells the JIT it is below 2^(32 - pre_shift).
fn miss_x(miss: &Buckets) -> String {
    if miss.capped {
        "Math.min(c & 0xFFFFFFFFL, MISS_CAP)".to_string()
    } else if miss.imm32 && miss.pre_shift > 0 {
        format!("(long) (c >>> {})", miss.pre_shift)
    } else {
        "(c & 0xFFFFFFFFL)".to_string()
    }
}

/// The last code of every range but the last (which ends at u32::MAX), ascending.
fn range_ends(ranges: &[Range]) -> String {
    let ends: Vec<String> = ranges[..ranges.len() - 1]
        .iter()
        .map(|r| format!("{}L", r.last))
        .collect();
    ends.join(", ")
}

fn constant(out: &mut String, e: &Entry, is_last: bool) {
    // An unreviewed code still builds, as in the core; the review test refuses it.
    let guidance = e.guidance.unwrap_or(Guidance::Unknown);
    // A withdrawn code stays (its name is API); its doc says since when ZEGO no longer lists it.
    let (withdrawn_doc, withdrawn) = match &e.withdrawn {
        Some(rev) => (
            format!(
                "<p><b>Withdrawn:</b> ZEGO's page of {} no longer lists it. ",
                javadoc(rev)
            ),
            java_str(rev),
        ),
        None => (String::new(), "null".to_owned()),
    };
    writeln!(
        out,
        "    /** {} {}<br>{} {}*/\n    {}({}L, Guidance.{}, {}, {},\n        {}, {},\n        {}, {}){}",
        e.code,
        javadoc(&e.message_zh),
        javadoc(&e.message_en),
        withdrawn_doc,
        e.name,
        e.code,
        guidance.as_str().to_uppercase(),
        java_str(&e.since),
        withdrawn,
        java_str(&e.message_zh),
        java_str(&e.suggestion_zh),
        java_str(&e.message_en),
        java_str(&e.suggestion_en),
        if is_last { ";" } else { "," }
    )
    .unwrap();
}

fn guidance() -> String {
    let mut constants = String::new();
    for (i, g) in Guidance::ALL.iter().enumerate() {
        writeln!(
            constants,
            "    /** {}<br>{} */\n    {}({}, {}, {},\n        {}){}",
            javadoc(g.summary(Lang::Zh)),
            javadoc(g.summary(Lang::En)),
            g.as_str().to_uppercase(),
            java_str(g.as_str()),
            g.is_retryable(),
            java_str(g.summary(Lang::Zh)),
            java_str(g.summary(Lang::En)),
            if i + 1 == Guidance::ALL.len() { ";" } else { "," }
        )
        .unwrap();
    }
    instantiate(GUIDANCE_TEMPLATE, "").replace("@CONSTANTS@", &constants)
}

fn named_enum<'a>(class: &str, flag: &str, values: impl ExactSizeIterator<Item = &'a str>) -> String {
    let values: Vec<&str> = values.collect();
    let (n, example) = (values.len(), values[values.len() - 1]);
    let mut constants = String::new();
    for (i, v) in values.into_iter().enumerate() {
        let end = if i + 1 == n { ";" } else { "," };
        writeln!(
            constants,
            "    /** {{@code {v}}} */\n    {}({}){end}",
            v.to_uppercase(),
            java_str(v)
        )
        .unwrap();
    }
    instantiate(NAMED_TEMPLATE, flag)
        .replace("@CONSTANTS@", &constants)
        .replace("@EXAMPLE@", example)
        .replace("@TYPE@", class)
}

use super::escape::{java_str, javadoc};

#[cfg(test)]
mod tests {
    use zego_codes::{CatalogCode, Code, EventCode};

    use super::*;

    /// The range a generated lookup picks, as the Java `range(long)` does.
    fn find(ranges: &[Range], code: u32) -> &Range {
        ranges
            .iter()
            .find(|r| code <= r.last)
            .expect("the last range ends at u32::MAX")
    }

    /// Around every boundary and at pseudo-random codes, the ranges give the core's category
    /// and, for every code it does not know, the texts the core answers with.
    #[test]
    fn ranges_answer_as_the_core() {
        check::<Code>(&CodeFamily::RETURN);
        check::<EventCode>(&CodeFamily::EVENT);
    }

    fn check<C: CatalogCode>(family: &CodeFamily) {
        let ranges = ranges(family);
        assert_eq!(ranges.last().unwrap().last, u32::MAX);
        let mut samples: Vec<u32> = (family.breaks)()
            .into_iter()
            .flat_map(|b| [b.wrapping_sub(1), b, b.wrapping_add(1)])
            .collect();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            samples.push((state >> 32) as u32);
        }
        samples.extend([0, 1, u32::MAX, u32::MAX - 1, i32::MAX as u32, 1 << 31]);
        // Both sides of every bucket boundary, up to the last code.
        let miss = miss_buckets(&ranges);
        let last = if miss.capped { miss.cap } else { u32::MAX };
        let mut b: u32 = 0;
        while let Some(next) = b.checked_add(miss.unit).filter(|&n| n <= last) {
            samples.extend([next - 1, next, next.saturating_add(1)]);
            b = next;
        }
        for code in samples {
            let range = find(&ranges, code);
            let core = C::new(code);
            assert_eq!(
                range.category,
                core.category().as_str(),
                "{} {code}",
                family.class
            );
            let q = miss.of(code);
            assert!(q < miss.len, "{} {code}: bucket {q} past the table", family.class);
            let x = if miss.capped { code.min(miss.cap) } else { code };
            assert_eq!(q, u64::from(x / miss.unit), "{} {code}", family.class);
            let first = (q * u64::from(miss.unit)).min(u64::from(u32::MAX)) as u32;
            assert_eq!(
                find(&ranges, first).texts,
                range.texts,
                "{} {code}: its bucket's texts",
                family.class
            );
            if !core.is_known() {
                let want =
                    [Lang::Zh, Lang::En].map(|l| [core.message(l).as_str(), core.suggestion(l).as_str()]);
                assert_eq!(range.texts, want, "{} {code}", family.class);
            }
        }
    }

    #[test]
    fn java_literals_and_javadoc_escape_what_javac_would_read() {
        assert_eq!(java_str("a\"b\\c\nd\te\u{1}中"), "\"a\\\"b\\\\c\\nd\\te\\001中\"");
        assert_eq!(
            javadoc("a */ <b> & @c \\u0022"),
            "a *&#47; &lt;b&gt; &amp; &#64;c &#92;u0022"
        );
    }
}
