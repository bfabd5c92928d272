//! The Java library's products (package `zegocodes`, beside gen/java.rs's outputs), from the
//! neutral model (gen/model.rs): the enums `Product` and `Section`, and one enum per family of
//! a product other than the default (`RtcCode`, `AsrEventCode`...) with one constant per
//! name and that family's tables. The default product's constants stay `ZegoCode` and
//! `ZegoEventCode` (gen/java.rs), whose constants its family is read from, so its texts are
//! in the jar once. Each is its template under java/templates/; the lookup (`Family`,
//! `ProductCode`, `Meaning`, `ZegoCodes`) is plain Java in java/src/main/java/zegocodes/.
//!
//! A family's tables are string literals, decoded once when its class loads: the entries
//! (`ENTRY_CHARS` chars each, see `entry`), and every distinct text of the family,
//! NUL-terminated, split into literals a class file can hold; the hash's multiplier and shift
//! (the model's), from which `Family` fills its slots. Thousands of `String` constants or
//! array initializers would cost the jar several times as much.

use std::fmt::Write as _;

use super::escape::{java_str, javadoc};
use super::model::{Model, ModelEntry, ModelFamily};
use super::Output;
use crate::catalog::Kind;

const DIR: &str = "java/src/generated/java/zegocodes/";

const PRODUCT_TEMPLATE: &str = include_str!("../../../java/templates/Product.java.in");
const SECTION_TEMPLATE: &str = include_str!("../../../java/templates/Section.java.in");
const FAMILY_TEMPLATE: &str = include_str!("../../../java/templates/ProductCodeEnum.java.in");

/// Chars per entry in a family's entry string; `Family.java` reads them in this order.
pub const ENTRY_CHARS: usize = 15;

/// A class file holds a string constant of at most 65535 bytes of modified UTF-8.
const LITERAL_BYTES: usize = 60_000;

/// The class of a product's family: `<Camel>Code`, `<Camel>EventCode` (the model's rule,
/// which gives the default product today's `ZegoCode` and `ZegoEventCode`).
pub fn class(model: &Model, product: usize, kind: Kind) -> String {
    model.products[product].java_class(kind)
}

/// The default product (the first, whose discriminant is 0): its families are the original
/// `ZegoCode` and `ZegoEventCode`.
pub const DEFAULT: usize = 0;

pub fn outputs(model: &Model) -> Vec<Output> {
    let file = |name: &str, text: String| Output {
        path: Box::leak(format!("{DIR}{name}").into_boxed_str()),
        text,
    };
    let mut out = vec![
        file("Product.java", product(model)),
        file("Section.java", section(model)),
    ];
    for family in &model.families {
        if family.product == DEFAULT || family.entries.is_empty() {
            continue;
        }
        let name = class(model, family.product, family.kind);
        out.push(file(&format!("{name}.java"), family_enum(model, family, &name)));
    }
    out
}

fn banner(template: &str) -> String {
    template.replace(
        "@BANNER@\n",
        &super::banner(
            "//",
            "java/templates/ with data/products.toml and data/products/*.toml",
        ),
    )
}

fn kind_constant(kind: Kind) -> &'static str {
    match kind {
        Kind::Return => "RETURN",
        Kind::Event => "EVENT",
    }
}

fn product(model: &Model) -> String {
    let mut constants = String::new();
    let mut cases = String::new();
    let mut message_cases = String::new();
    let n = model.products.len();
    for (i, p) in model.products.iter().enumerate() {
        let hosts: Vec<String> = p.hosts.iter().map(|h| java_str(h)).collect();
        writeln!(
            constants,
            "    /** {} ({}): {{@code \"{}\"}}. */\n    {}({}, {}, {},\n        new String[] {{{}}}){}",
            javadoc(&p.name[1]),
            javadoc(&p.name[0]),
            p.id,
            p.java_constant(),
            java_str(&p.id),
            java_str(&p.name[0]),
            java_str(&p.name[1]),
            hosts.join(", "),
            if i + 1 == n { ";" } else { "," }
        )
        .unwrap();
        // Return codes by the family's own lookup (the default product's is ZegoCode's, which
        // Product calls first; a product without return codes has none: its Family answers).
        let own = (i != DEFAULT && !model.family(i, Kind::Return).entries.is_empty())
            .then(|| class(model, i, Kind::Return));
        if let Some(own) = own {
            writeln!(
                message_cases,
                "            case {i}:\n                return {own}.messageOf(code, lang);"
            )
            .unwrap();
        }
        for kind in Kind::ALL {
            let family = model.family(i, kind);
            let table = if i == DEFAULT {
                format!("{}.FAMILY", class(model, i, kind))
            } else if family.entries.is_empty() {
                format!(
                    "Family.empty(this, kind, {}, {})",
                    java_str(&family.unknown[0]),
                    java_str(&family.unknown[1])
                )
            } else {
                format!("{}.TABLE", class(model, i, kind))
            };
            writeln!(
                cases,
                "            case {}:\n                return {table};",
                ModelFamily::index(i, kind)
            )
            .unwrap();
        }
    }
    banner(PRODUCT_TEMPLATE)
        .replace("@CONSTANTS@\n", &constants)
        .replace("@CASES@\n", &cases)
        .replace("@MESSAGE_CASES@\n", &message_cases)
        .replace("@DEFAULT@", model.products[DEFAULT].java_constant())
        .replace("@AMBIGUOUS_ZH@", &java_str(&model.ambiguous[0]))
        .replace("@AMBIGUOUS_EN@", &java_str(&model.ambiguous[1]))
        .replace("@GATEWAY_ZH@", &java_str(&model.gateway_unknown[0]))
        .replace("@GATEWAY_EN@", &java_str(&model.gateway_unknown[1]))
}

fn section(model: &Model) -> String {
    let mut constants = String::new();
    for s in &model.sections {
        let p = &model.products[s.product];
        writeln!(
            constants,
            "    /** {}: {} ({}). */\n    {}(Product.{}, Kind.{}, {},\n        {}, {}),",
            javadoc(&p.name[1]),
            javadoc(&s.title[1]),
            javadoc(&s.title[0]),
            s.upper,
            p.java_constant(),
            kind_constant(s.kind),
            java_str(&s.id),
            java_str(&s.title[0]),
            java_str(&s.title[1]),
        )
        .unwrap();
    }
    // An enum's constants end with `;` even when there are none.
    constants.push_str("    ;\n");
    banner(SECTION_TEMPLATE).replace("@CONSTANTS@\n", &constants)
}

/// The distinct texts of a family, in order of first use.
struct Texts {
    list: Vec<String>,
}

impl Texts {
    fn index(&mut self, text: &str) -> u16 {
        assert!(
            !text.contains('\0'),
            "a text holds a NUL, the separator of Java's text tables: {text:?}"
        );
        let i = match self.list.iter().position(|t| t == text) {
            Some(i) => i,
            None => {
                self.list.push(text.to_owned());
                self.list.len() - 1
            }
        };
        u16::try_from(i).expect("a family of at most 65536 distinct texts")
    }

    /// The texts as Java literals of whole texts, each NUL-terminated and within a class
    /// file's limit.
    fn literals(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut current = String::new();
        for t in &self.list {
            let item = format!("{t}\0");
            if !current.is_empty() && modified_utf8_len(&current) + modified_utf8_len(&item) > LITERAL_BYTES {
                out.push(java_str(&current));
                current.clear();
            }
            current.push_str(&item);
        }
        if !current.is_empty() || out.is_empty() {
            out.push(java_str(&current));
        }
        out
    }
}

/// The length of `s` as a class file stores it (modified UTF-8: NUL in two bytes, every
/// character outside the BMP as two surrogates of three bytes).
fn modified_utf8_len(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0 => 2,
            1..=0x7F => 1,
            0x80..=0x7FF => 2,
            0x800..=0xFFFF => 3,
            _ => 6,
        })
        .sum()
}

/// Chars as a Java string literal: ASCII letters and digits as themselves, other chars up to
/// 0o377 as three-digit octal escapes (so that no digit after one is read into it) and the rest as `\uXXXX` (none of which is a quote, a backslash or a
/// line break once javac has read it).
fn java_chars(chars: &[u16]) -> String {
    let mut out = String::from("\"");
    for &c in chars {
        match c {
            c if (c as u8 as u16 == c) && (c as u8).is_ascii_alphanumeric() => out.push(c as u8 as char),
            0..=0o377 => write!(out, "\\{c:03o}").unwrap(),
            _ => write!(out, "\\u{c:04x}").unwrap(),
        }
    }
    out.push('"');
    out
}

/// One entry's chars (stored by `columns`): code (high, low half), section (index in `Section.values()` plus one, 0
/// for none), guidance (ordinal), meanings (how many entries hold the code), ambiguous (0 or
/// 1), constant (index of the enum constant of its name), then texts: since, withdrawn (0:
/// none, else the text plus one), message, suggestion and cause in Chinese then English.
fn entry(e: &ModelEntry, constant: usize, texts: &mut Texts) -> [u16; ENTRY_CHARS] {
    let small = |n: usize| u16::try_from(n).expect("a small number");
    [
        (e.code >> 16) as u16,
        (e.code & 0xFFFF) as u16,
        e.section.map_or(0, |s| small(s + 1)),
        small(e.guidance as usize),
        small(e.meanings),
        u16::from(e.is_ambiguous()),
        small(constant),
        texts.index(&e.since),
        e.withdrawn.as_deref().map_or(0, |w| texts.index(w) + 1),
        texts.index(&e.texts[0].message),
        texts.index(&e.texts[0].suggestion),
        texts.index(&e.texts[0].cause),
        texts.index(&e.texts[1].message),
        texts.index(&e.texts[1].suggestion),
        texts.index(&e.texts[1].cause),
    ]
}

/// The entries column by column (every entry's first char, then every entry's second...),
/// each char but the code's the difference from the one above it in its column (wrapping at
/// 65536): sections, guidance and flags repeat, and texts are numbered in order of first use,
/// so most chars are small and the jar's compression takes most of them away.
fn columns(rows: &[u16]) -> Vec<u16> {
    let n = rows.len() / ENTRY_CHARS;
    let mut out = Vec::with_capacity(rows.len());
    for column in 0..ENTRY_CHARS {
        let mut previous = 0u16;
        for row in 0..n {
            let value = rows[row * ENTRY_CHARS + column];
            out.push(if column < 2 {
                value
            } else {
                value.wrapping_sub(previous)
            });
            previous = value;
        }
    }
    out
}

fn family_enum(model: &Model, family: &ModelFamily, class: &str) -> String {
    let p = &model.products[family.product];
    let mut names: Vec<&str> = Vec::new();
    let mut constants = String::new();
    let mut texts = Texts { list: Vec::new() };
    let mut entries: Vec<u16> = Vec::new();
    for e in &family.entries {
        // A name several sections share is one meaning: one constant, for its first entry.
        let constant = match names.iter().position(|n| *n == e.name) {
            Some(i) => {
                let first = family.entries.iter().find(|x| x.name == e.name).unwrap();
                assert_eq!(first.code, e.code, "{class}: {} names two codes", e.name);
                i
            }
            None => {
                names.push(&e.name);
                let section = e
                    .section
                    .map(|s| format!(" ({})", javadoc(&model.sections[s].title[1])))
                    .unwrap_or_default();
                let withdrawn = e
                    .withdrawn_sentence()
                    .map(|w| format!(" <b>{}</b>", javadoc(&w)))
                    .unwrap_or_default();
                writeln!(
                    constants,
                    "    /** {}{section} {}<br>{}{withdrawn} */\n    {},",
                    e.code,
                    javadoc(&e.texts[0].message),
                    javadoc(&e.texts[1].message),
                    e.name,
                )
                .unwrap();
                names.len() - 1
            }
        };
        entries.extend(entry(e, constant, &mut texts));
    }
    constants.push_str("    ;\n");
    let entries = columns(&entries);
    let hash = family.hash.as_ref().expect("a family with entries has a hash");
    let unknown = [java_str(&family.unknown[0]), java_str(&family.unknown[1])];
    let kind_doc = match family.kind {
        Kind::Return => "A return code",
        Kind::Event => "A callback event code",
    };
    banner(FAMILY_TEMPLATE)
        .replace("@CONSTANTS@\n", &constants)
        .replace("@TYPE@", class)
        .replace("@KIND_DOC@", kind_doc)
        .replace("@PRODUCT_NAME@", &javadoc(&p.name[1]))
        .replace("@PRODUCT@", p.java_constant())
        .replace("@KIND@", kind_constant(family.kind))
        .replace(
            "@RANGES@",
            match family.kind {
                Kind::Return => "ZegoCode",
                Kind::Event => "ZegoEventCode",
            },
        )
        .replace("@MULTIPLIER@", &format!("{:#010x}", hash.multiplier))
        .replace("@SHIFT@", &(32 - hash.bits).to_string())
        .replace("@ENTRIES@", &java_chars(&entries))
        .replace("@TEXTS@", &texts.literals().join(",\n        "))
        .replace("@UNKNOWN_ZH@", &unknown[0])
        .replace("@UNKNOWN_EN@", &unknown[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_and_lengths() {
        assert_eq!(
            java_chars(&[0, 65, 0x22, 0x5C, 0xFF, 0x100, 0xD800]),
            "\"\\000A\\042\\134\\377\\u0100\\ud800\""
        );
        assert_eq!(modified_utf8_len("\0a中"), 2 + 1 + 3);
    }
}
