//! What the C ABI takes from the data and the core: the C constants of every code (Rust
//! source that cbindgen turns into `#define`s in include/zego_codes.h), the two families'
//! functions written out from one template, the header itself, and the enumerators of the C++
//! header include/zego_codes.hpp.

use std::fmt::Write as _;

use super::{Catalogs, Output};
use std::path::Path;

use super::model::Model;
use crate::catalog::Catalog;

const HPP_TEMPLATE: &str = include_str!("../../../ffi/zego_codes.hpp.in");
const FAMILY_TEMPLATE: &str = include_str!("../../../ffi/family.rs.in");

/// What differs between the two families' C functions; everything else is the template's.
struct CFamily {
    path: &'static str,
    prefix: &'static str,
    ty: &'static str,
    category_t: &'static str,
    constant_prefix: &'static str,
    /// A code whose name and number the docs show as an example.
    example: &'static str,
    what: &'static str,
    whats: &'static str,
    module_doc: &'static str,
    retryable_doc: &'static str,
    category_doc: &'static str,
    is_return: bool,
}

const FAMILIES: [CFamily; 2] = [
    CFamily {
        path: "ffi/src/generated/codes.rs",
        prefix: "zego_code",
        ty: "Code",
        category_t: "zego_category_t",
        constant_prefix: "ZEGO_CODE_",
        example: "AGENT_INSTANCE_NOT_FOUND",
        what: "return code",
        whats: "return codes",
        module_doc: "`zego_code_*`: the API return codes (the `Code` field of every response).",
        retryable_doc: "Whether the same request may succeed when sent again later (after a backoff, at most\n/// with a fresh signature); false for an unknown code.",
        category_doc: "The range return code `code` falls in, known or not.",
        is_return: true,
    },
    CFamily {
        path: "ffi/src/generated/events.rs",
        prefix: "zego_event",
        ty: "EventCode",
        category_t: "zego_event_category_t",
        constant_prefix: "ZEGO_EVENT_",
        example: "LLM_CONCURRENCY_LIMIT",
        what: "exception event code",
        whats: "exception event codes",
        module_doc: "`zego_event_*`: the exception event codes of the AI Agent callbacks (`Data.Code` of a\n//! callback whose `Event` is \"Exception\"). A separate family from `zego_code_*`: the two\n//! number spaces are unrelated.",
        retryable_doc: "Whether the failure the event reports may go away by itself (a retry or backoff may\n/// help); false for an unknown code.",
        category_doc: "The subsystem exception event code `code` comes from, known or not.",
        is_return: false,
    },
];

pub fn outputs(root: &Path, catalogs: &Catalogs, model: &Model) -> Result<Vec<Output>, String> {
    let constants_rs = constants(catalogs);
    let products = super::ffi_products::outputs(model);
    let families: Vec<Output> = FAMILIES
        .iter()
        .map(|f| {
            let catalog = if f.is_return {
                &catalogs.returns
            } else {
                &catalogs.events
            };
            Output {
                path: f.path,
                text: family(f, catalog),
            }
        })
        .collect();
    let enums = super::c_enums::output(root);
    let mut sources = vec![("generated/constants.rs", constants_rs.as_str())];
    for out in families.iter().chain([&enums]).chain(&products) {
        sources.push((out.path.trim_start_matches("ffi/src/"), out.text.as_str()));
    }
    let header = crate::header::generate(root, &sources)
        .map_err(|e| format!("cannot generate include/zego_codes.h: {e}"))?;
    let mut outputs = vec![Output {
        path: "ffi/src/generated/constants.rs",
        text: constants_rs,
    }];
    outputs.extend(families);
    outputs.push(enums);
    outputs.extend(products);
    outputs.extend([
        Output {
            path: "include/zego_codes.h",
            text: header,
        },
        Output {
            path: "include/zego_codes.hpp",
            text: hpp(&catalogs.returns, model),
        },
    ]);
    Ok(outputs)
}

/// One family's `extern "C"` functions: the template with the family's words, the
/// return-only functions kept for return codes, the doc comments rewrapped.
fn family(f: &CFamily, catalog: &Catalog) -> String {
    let example = catalog
        .entries
        .iter()
        .find(|e| e.name == f.example)
        .unwrap_or_else(|| panic!("the C docs' example {} left the catalog: pick another", f.example));
    let text = super::keep_blocks(FAMILY_TEMPLATE, |flag| flag == "RETURN" && f.is_return)
        .replace(
            "@BANNER@\n",
            &super::banner("//", "ffi/family.rs.in and data/*.toml"),
        )
        .replace("@MODULE_DOC@", f.module_doc)
        .replace("@RETRYABLE_DOC@", f.retryable_doc)
        .replace("@CATEGORY_DOC@", f.category_doc)
        .replace("@CATEGORY_T@", f.category_t)
        .replace("@CONSTANT_PREFIX@", f.constant_prefix)
        .replace("@EXAMPLE_NAME@", &example.name)
        .replace("@EXAMPLE_CODE@", &example.code.to_string())
        .replace("@WHATS@", f.whats)
        .replace("@WHAT@", f.what)
        .replace("@PREFIX@", f.prefix)
        .replace("@TYPE@", f.ty);
    rewrap_docs(&text, 92)
}

/// Wraps the top-level `///` comments at `width` columns, since the family's words differ in
/// length from the template's placeholders: words past the width move to the next line of
/// the paragraph, and lines that fit keep the template's breaks. A line starting with `#`
/// (a section) and an empty `///` line end a paragraph.
pub(super) fn rewrap_docs(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut carry: Vec<String> = Vec::new();
    let emit = |words: &mut Vec<String>, out: &mut String, all: bool| {
        let mut line = String::from("///");
        let mut used = 0;
        for w in words.iter() {
            if line.len() > 3 && line.chars().count() + 1 + w.chars().count() > width {
                if !all {
                    break;
                }
                out.push_str(&line);
                out.push('\n');
                line = String::from("///");
            }
            line.push(' ');
            line.push_str(w);
            used += 1;
        }
        if line.len() > 3 {
            out.push_str(&line);
            out.push('\n');
        }
        words.drain(..if all { words.len() } else { used });
    };
    for line in text.lines() {
        match line.strip_prefix("/// ") {
            Some(body) if !body.starts_with('#') => {
                carry.extend(body.split_whitespace().map(str::to_owned));
                emit(&mut carry, &mut out, false);
            }
            _ => {
                emit(&mut carry, &mut out, true);
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    emit(&mut carry, &mut out, true);
    out
}

pub fn constants(catalogs: &Catalogs) -> String {
    let mut out = super::banner("//", "data/*.toml");
    out.push_str("//! Every known code as a C constant; cbindgen copies them into the header.\n");
    group(&mut out, &catalogs.returns, "ZEGO_CODE_", "Return code");
    group(
        &mut out,
        &catalogs.events,
        "ZEGO_EVENT_",
        "Callback exception event code",
    );
    out
}

fn group(out: &mut String, catalog: &Catalog, prefix: &str, what: &str) {
    for e in &catalog.entries {
        writeln!(out, "\n/// {what} {}: {}", e.code, c_comment(&e.message_zh)).unwrap();
        writeln!(out, "/// ({})", c_comment(&e.message_en)).unwrap();
        if let Some(w) = &e.withdrawn {
            writeln!(out, "///\n/// Withdrawn: ZEGO's page of {w} no longer lists this code; it stays known\n/// (`{}withdrawn` returns \"{w}\").", if prefix == "ZEGO_CODE_" { "zego_code_" } else { "zego_event_" }).unwrap();
        }
        writeln!(out, "pub const {prefix}{}: u32 = {};", e.name, e.code).unwrap();
    }
}

/// The C++ header: the template with one enumerator per return code, named by the
/// lower-case symbolic name and valued by the C constant, so the two cannot disagree.
use super::escape::c_comment;

fn hpp(returns: &Catalog, model: &Model) -> String {
    let mut enumerators = String::new();
    for e in &returns.entries {
        let name = e.name.to_ascii_lowercase();
        assert!(
            !CPP_KEYWORDS.contains(&name.as_str()),
            "code {} is named {}, a C++ keyword",
            e.code,
            e.name
        );
        let withdrawn = e.withdrawn.as_ref().map_or(String::new(), |w| {
            format!(" Withdrawn: ZEGO's page of {w} no longer lists it.")
        });
        writeln!(
            enumerators,
            "    /** {}: {} ({}){withdrawn} */\n    {name} = ZEGO_CODE_{},",
            e.code,
            c_comment(&e.message_zh),
            c_comment(&e.message_en),
            e.name
        )
        .unwrap();
    }
    let banner = "/* @generated by `cargo xtask gen` from ffi/zego_codes.hpp.in, \
                  data/return_codes.toml and data/products*. Do not edit by hand. */";
    let mut text = HPP_TEMPLATE
        .replace("@BANNER@", banner)
        .replace("@ENUMERATORS@\n", &enumerators);
    for (placeholder, part) in super::ffi_products::hpp(model, CPP_KEYWORDS) {
        text = text.replace(placeholder, &part);
    }
    assert!(
        !text.contains("@PRODUCT"),
        "ffi/zego_codes.hpp.in: a placeholder is left"
    );
    text
}

/// Lower-case C++ keywords a symbolic name could turn into.
const CPP_KEYWORDS: &[&str] = &[
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "auto",
    "bitand",
    "bitor",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "class",
    "compl",
    "concept",
    "const",
    "const_cast",
    "consteval",
    "constexpr",
    "constinit",
    "continue",
    "co_await",
    "co_return",
    "co_yield",
    "decltype",
    "default",
    "delete",
    "do",
    "double",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "register",
    "reinterpret_cast",
    "requires",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "wchar_t",
    "while",
    "xor",
    "xor_eq",
];
