//! ffi/src/generated/enums.rs: the C enums `zego_category_t`, `zego_event_category_t`,
//! `zego_guidance_t` and `zego_family_t`, one enumerator per variant of the core's enums,
//! valued by its discriminant, named by its snake_case name and documented by its doc comment
//! (read from the core's source, with its intra-doc links turned into words a C reader can
//! use).

use std::fmt::Write as _;
use std::path::Path;

use zego_codes::{Category, EventCategory, Guidance, BUSINESS_RANGE, COMMON_RANGE};

use super::Output;

/// One core enum as the generator sees it: its C name and variants (Rust name, snake name,
/// value), and the source file holding its docs.
struct CoreEnum {
    rust: &'static str,
    c: &'static str,
    prefix: &'static str,
    source: &'static str,
    variants: Vec<(String, String, u32)>,
}

fn core_enums() -> [CoreEnum; 4] {
    fn variants<T: Copy + std::fmt::Debug>(
        all: &[T],
        name: fn(T) -> &'static str,
        value: fn(T) -> u32,
    ) -> Vec<(String, String, u32)> {
        all.iter()
            .map(|&v| (format!("{v:?}"), name(v).to_owned(), value(v)))
            .collect()
    }
    [
        CoreEnum {
            rust: "Category",
            c: "zego_category_t",
            prefix: "ZEGO_CATEGORY_",
            source: "src/category.rs",
            variants: variants(&Category::ALL, Category::as_str, |v| v as u32),
        },
        CoreEnum {
            rust: "EventCategory",
            c: "zego_event_category_t",
            prefix: "ZEGO_EVENT_CATEGORY_",
            source: "src/category.rs",
            variants: variants(&EventCategory::ALL, EventCategory::as_str, |v| v as u32),
        },
        CoreEnum {
            rust: "Guidance",
            c: "zego_guidance_t",
            prefix: "ZEGO_GUIDANCE_",
            source: "src/guidance.rs",
            variants: variants(&Guidance::ALL, Guidance::as_str, |v| v as u32),
        },
        CoreEnum {
            rust: "Family",
            c: "zego_family_t",
            prefix: "ZEGO_FAMILY_",
            source: "src/family.rs",
            // The generator builds the core without its catalog, which holds `Family`: its
            // variants come from its source, with their docs.
            variants: Vec::new(),
        },
    ]
}

pub fn output(root: &Path) -> Output {
    let enums = core_enums();
    let mut out = super::banner(
        "//",
        "the core's enums (src/category.rs, src/guidance.rs, src/family.rs)",
    );
    out.push_str(MODULE_DOC);
    let uses: Vec<&str> = enums.iter().map(|e| e.rust).collect();
    writeln!(out, "\nuse zego_codes::{{{}}};", uses.join(", ")).unwrap();
    for mut e in enums {
        let path = root.join(e.source);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        let docs = EnumDocs::parse(&source, e.rust);
        if e.variants.is_empty() {
            e.variants = docs
                .values
                .iter()
                // One-word variants: the snake name is the lower-case name.
                .map(|(name, value)| (name.clone(), name.to_ascii_lowercase(), *value))
                .collect();
        }
        c_enum(&mut out, &e, &docs);
    }
    out.push_str(TESTS);
    Output {
        path: "ffi/src/generated/enums.rs",
        text: out,
    }
}

const MODULE_DOC: &str =
    "//! The C enums, one enumerator per variant of the core's `#[repr(u32)]` enums, valued by its
//! discriminant and documented by its doc comment.
//!
//! cbindgen declares each as a C enum for its constants and a `uint32_t` typedef for the
//! type (a fixed underlying type in C++), so a value a newer library adds is still a valid
//! value of the type in an older program. The types end in `_t` because C cannot have a
//! typedef and a function of one name, and `zego_event_category` is the function.
";

fn c_enum(out: &mut String, e: &CoreEnum, docs: &EnumDocs) {
    out.push('\n');
    for line in wrap(&docs.summary, "/// ", 92) {
        writeln!(out, "{line}").unwrap();
    }
    writeln!(
        out,
        "#[repr(u32)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum {} {{",
        e.c
    )
    .unwrap();
    for (rust, snake, value) in &e.variants {
        let doc = docs
            .variants
            .iter()
            .find(|(name, _)| name == rust)
            .map(|(_, doc)| doc.as_str())
            .unwrap_or_else(|| panic!("{}: no doc comment on {}::{rust}", e.source, e.rust));
        for line in wrap(&c_words(doc), "    /// ", 92) {
            writeln!(out, "{line}").unwrap();
        }
        writeln!(out, "    {}{} = {value},", e.prefix, snake.to_uppercase()).unwrap();
    }
    out.push_str("}\n");
    let first = &e.variants[0];
    writeln!(
        out,
        "\nimpl From<{}> for {} {{\n    fn from(v: {}) -> Self {{\n        match v {{",
        e.rust, e.c, e.rust
    )
    .unwrap();
    for (rust, snake, _) in &e.variants {
        writeln!(
            out,
            "            {}::{rust} => {}::{}{},",
            e.rust,
            e.c,
            e.prefix,
            snake.to_uppercase()
        )
        .unwrap();
    }
    writeln!(
        out,
        "            // A variant a newer core adds before `cargo xtask gen` gives it a C value.\n            \
         _ => {}::{}{},\n        }}\n    }}\n}}",
        e.c,
        e.prefix,
        first.1.to_uppercase()
    )
    .unwrap();
}

/// A doc comment in words a C reader can use: the ranges spelled out, other links unlinked.
fn c_words(doc: &str) -> String {
    let range = |r: std::ops::RangeInclusive<u32>| format!("{} to {}", r.start(), r.end());
    let mut doc = doc
        .replace("[`crate::COMMON_RANGE`]", &range(COMMON_RANGE))
        .replace("[`crate::BUSINESS_RANGE`]", &range(BUSINESS_RANGE));
    while let Some(start) = doc.find("[`") {
        let Some(len) = doc[start..].find("`]") else { break };
        let inner = doc[start + 2..start + len]
            .trim_start_matches("crate::")
            .to_owned();
        doc.replace_range(start..start + len + 2, &format!("`{inner}`"));
    }
    doc
}

fn wrap(text: &str, indent: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.chars().count() + 1 + word.chars().count() > width {
            lines.push(format!("{indent}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(format!("{indent}{line}"));
    lines
}

/// The doc comments of one enum in the core's source: the first sentence of the enum's own,
/// and each variant's in full (one paragraph).
struct EnumDocs {
    summary: String,
    variants: Vec<(String, String)>,
    /// Each variant's name and discriminant, in order.
    values: Vec<(String, u32)>,
}

impl EnumDocs {
    fn parse(source: &str, name: &str) -> EnumDocs {
        let lines: Vec<&str> = source.lines().collect();
        let head = format!("pub enum {name} {{");
        let at = lines
            .iter()
            .position(|l| l.trim() == head)
            .unwrap_or_else(|| panic!("no `{head}` in the core's source"));
        // The enum's doc: the `///` lines above its attributes.
        let mut doc = Vec::new();
        for l in lines[..at].iter().rev() {
            let l = l.trim();
            if let Some(text) = l.strip_prefix("///") {
                doc.push(text.trim());
            } else if !l.starts_with("#[") {
                break;
            }
        }
        doc.reverse();
        let doc = doc.join(" ");
        let summary = match doc.find(". ") {
            Some(end) => doc[..=end].to_owned(),
            None => doc.clone(),
        };
        let mut variants = Vec::new();
        let mut values = Vec::new();
        let mut pending: Vec<&str> = Vec::new();
        for l in lines[at + 1..].iter().map(|l| l.trim()) {
            if l == "}" {
                break;
            }
            if let Some(text) = l.strip_prefix("///") {
                pending.push(text.trim());
            } else if let Some((variant, value)) = l.split_once(" = ") {
                variants.push((variant.to_owned(), pending.join(" ")));
                pending.clear();
                if let Ok(value) = value.trim_end_matches(',').parse() {
                    values.push((variant.to_owned(), value));
                }
            }
        }
        EnumDocs {
            summary,
            variants,
            values,
        }
    }
}

const TESTS: &str = "
#[cfg(test)]
mod tests {
    use super::*;

    // Each C value is the core's discriminant, and the C enums name every core variant.
    #[test]
    fn every_variant_has_its_discriminant() {
        for c in Category::ALL {
            assert_eq!(zego_category_t::from(c) as u32, c as u32, \"{c:?}\");
        }
        for c in EventCategory::ALL {
            assert_eq!(zego_event_category_t::from(c) as u32, c as u32, \"{c:?}\");
        }
        for g in Guidance::ALL {
            assert_eq!(zego_guidance_t::from(g) as u32, g as u32, \"{g:?}\");
        }
        for f in [Family::Return, Family::Event] {
            assert_eq!(zego_family_t::from(f) as u32, f as u32, \"{f:?}\");
        }
    }
}
";
