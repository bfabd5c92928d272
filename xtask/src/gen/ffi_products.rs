//! What the C ABI takes from the products' model (model.rs): the C enums of the products and
//! sections, a C constant per product code, the three product families' functions written
//! out from one template (ffi/product_family.rs.in), and the C++ header's product part.
//! Nothing here names a product: adding one is a data change.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::escape::c_comment;
use super::model::{Model, ModelEntry, ModelProduct};
use super::Output;
use crate::catalog::Kind;

const TEMPLATE: &str = include_str!("../../../ffi/product_family.rs.in");

/// What differs between the product families' C functions.
struct ProductFamily {
    path: &'static str,
    prefix: &'static str,
    params: &'static str,
    lookup: &'static str,
    what: &'static str,
    bad: &'static str,
    constant_prefix: &'static str,
    module_doc: &'static str,
    /// The product-level lookups: the ambiguity functions and notes.
    unqualified: bool,
    /// Which category function, if any.
    category: Option<Kind>,
}

const FAMILIES: [ProductFamily; 3] = [
    ProductFamily {
        path: "ffi/src/generated/product_codes.rs",
        prefix: "zego_product_code",
        params: "product: u32, code: u32",
        lookup: "Lookup::product(product, Family::Return, code)",
        what: "return code `code` of product `product`",
        bad: "a `product` that names no product",
        constant_prefix: "`ZEGO_<PRODUCT>_`",
        module_doc: "`zego_product_code_*`: the return codes of every product (the `Code` field of its\n//! responses), looked up in one product (`zego_product_t`).",
        unqualified: true,
        category: Some(Kind::Return),
    },
    ProductFamily {
        path: "ffi/src/generated/product_events.rs",
        prefix: "zego_product_event",
        params: "product: u32, code: u32",
        lookup: "Lookup::product(product, Family::Event, code)",
        what: "callback event code `code` of product `product`",
        bad: "a `product` that names no product",
        constant_prefix: "`ZEGO_<PRODUCT>_EVENT_`",
        module_doc: "`zego_product_event_*`: the callback event codes of every product that has them\n//! (`zego_product_has`), looked up in one product (`zego_product_t`).",
        unqualified: true,
        category: Some(Kind::Event),
    },
    ProductFamily {
        path: "ffi/src/generated/section_codes.rs",
        prefix: "zego_section_code",
        params: "section: u32, code: u32",
        lookup: "Lookup::section(section, code)",
        what: "code `code` of section `section` (a return or event code, as the section holds)",
        bad: "a `section` that names no section",
        constant_prefix: "`ZEGO_<PRODUCT>_` or `ZEGO_<PRODUCT>_EVENT_`",
        module_doc: "`zego_section_code_*`: a code looked up in one section of its product's pages\n//! (`zego_section_t`), which answers exactly where the product's sections define a number\n//! differently.",
        unqualified: false,
        category: None,
    },
];

pub fn outputs(model: &Model) -> Vec<Output> {
    let mut out: Vec<Output> = FAMILIES
        .iter()
        .map(|f| Output {
            path: f.path,
            text: family(f),
        })
        .collect();
    out.push(Output {
        path: "ffi/src/generated/products.rs",
        text: enums(model),
    });
    out.push(Output {
        path: "ffi/src/generated/product_constants.rs",
        text: constants(model),
    });
    out
}

fn family(f: &ProductFamily) -> String {
    let text = super::keep_blocks(TEMPLATE, |flag| match flag {
        "UNQUALIFIED" => f.unqualified,
        "RETURN" => f.category == Some(Kind::Return),
        "EVENT" => f.category == Some(Kind::Event),
        _ => panic!("ffi/product_family.rs.in: unknown block @IF_{flag}@"),
    })
    .replace("@BANNER@\n", &super::banner("//", "ffi/product_family.rs.in"))
    .replace("@MODULE_DOC@", f.module_doc)
    .replace(
        "@AMBIGUOUS_OR@",
        if f.unqualified { " or an ambiguous one" } else { "" },
    )
    .replace(
        "@KNOWN_NOTE@",
        if f.unqualified {
            " (in any of its sections; true for an ambiguous code too)"
        } else {
            ""
        },
    )
    .replace("@CONSTANT_PREFIX@", f.constant_prefix)
    .replace("@PARAMS@", f.params)
    .replace("@LOOKUP@", f.lookup)
    .replace("@WHAT@", f.what)
    .replace("@BAD@", f.bad)
    .replace("@PREFIX@", f.prefix);
    let left = |l: &&str| {
        l.split('@')
            .skip(1)
            .any(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'))
    };
    assert!(
        !text.lines().any(|l| left(&l)),
        "ffi/product_family.rs.in: a placeholder is left: {}",
        text.lines().find(left).unwrap_or_default()
    );
    super::ffi::rewrap_docs(&text, 92)
}

/// The C name of a product's code: `ZEGO_<PRODUCT>_<NAME>`, `ZEGO_<PRODUCT>_EVENT_<NAME>`
/// (the model's rule, `ModelProduct::c_constant`).
pub fn constant_name(model: &Model, product: usize, kind: Kind, name: &str) -> String {
    model.products[product].c_constant(kind, name)
}

/// Every entry of a family that gets a constant: the first of each name (a name several
/// sections share is one meaning), as the Rust constants do.
pub fn named_entries(entries: &[ModelEntry]) -> Vec<&ModelEntry> {
    let mut named = HashSet::new();
    entries.iter().filter(|e| named.insert(&e.name)).collect()
}

/// The products' and sections' C enums, valued by their discriminants.
fn enums(model: &Model) -> String {
    let mut out = super::banner("//", "data/products.toml");
    out.push_str(
        "//! The C enums of the products and their sections. As the other C enums, each is a C
//! enum for its constants and a `uint32_t` typedef for the type: the functions take a raw
//! `uint32_t`, and a value that names no product or section is valid input.

/// A ZEGO server product whose codes the library holds: the `product` of the
/// `zego_product_code_*` and `zego_product_event_*` functions. The values never change;
/// a newer library may add products. `zego_product_id` gives the stable id every binding uses.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum zego_product_t {
",
    );
    for (i, p) in model.products.iter().enumerate() {
        writeln!(
            out,
            "    /// {} ({}): `{}`.\n    {} = {i},",
            c_comment(&p.name[1]),
            c_comment(&p.name[0]),
            p.id,
            p.c_enumerator()
        )
        .unwrap();
    }
    out.push_str(
        "}

/// A section of a product's code pages (the heading above a table): the `section` of the
/// `zego_section_code_*` functions, which answer exactly where a product's sections define a
/// number differently. A value is the product's value times 256 plus the section's position
/// among its product's sections; the values never change, and a newer library may add
/// sections after a product's last.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum zego_section_t {
",
    );
    for s in &model.sections {
        writeln!(
            out,
            "    /// {}: {} (`{}`).\n    ZEGO_SECTION_{} = {},",
            c_comment(&model.products[s.product].name[1]),
            c_comment(&s.title[1]),
            s.id,
            s.upper,
            s.value
        )
        .unwrap();
    }
    out.push_str(
        "}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use zego_codes::{Product, Section};\n\n",
    );
    out.push_str("    // Each C value is the core's.\n    #[test]\n    fn every_value_is_the_core_s() {\n");
    for p in &model.products {
        writeln!(
            out,
            "        assert_eq!(zego_product_t::{} as u32, Product::{} as u32);",
            p.c_enumerator(),
            p.rust_variant()
        )
        .unwrap();
    }
    for s in &model.sections {
        writeln!(
            out,
            "        assert_eq!(zego_section_t::ZEGO_SECTION_{} as u32, Section::{}.value());",
            s.upper, s.upper
        )
        .unwrap();
    }
    writeln!(
        out,
        "        assert_eq!(Product::ALL.len(), {});\n        assert_eq!(Section::all().len(), {});",
        model.products.len(),
        model.sections.len()
    )
    .unwrap();
    out.push_str("    }\n}\n");
    out
}

/// A C constant per product code, every product's (AI Agent's too, beside its `ZEGO_CODE_`
/// and `ZEGO_EVENT_` ones).
fn constants(model: &Model) -> String {
    let mut out = super::banner(
        "//",
        "data/products.toml, data/products/*.toml and data/*_codes.toml",
    );
    out.push_str(
        "//! Every product's codes as C constants, `ZEGO_<PRODUCT>_<NAME>` for return codes and
//! `ZEGO_<PRODUCT>_EVENT_<NAME>` for callback event codes; cbindgen copies them into the
//! header. A name several sections share is one meaning and one constant.
",
    );
    for (p, product) in model.products.iter().enumerate() {
        for kind in Kind::ALL {
            let family = model.family(p, kind);
            for e in named_entries(&family.entries) {
                let what = match kind {
                    Kind::Return => "return code",
                    Kind::Event => "callback event code",
                };
                writeln!(
                    out,
                    "\n/// {} {what} {}: {}",
                    c_comment(&product.name[1]),
                    e.code,
                    c_comment(&e.texts[0].message)
                )
                .unwrap();
                writeln!(out, "/// ({})", c_comment(&e.texts[1].message)).unwrap();
                if let (Some(s), true) = (e.section, e.is_ambiguous()) {
                    writeln!(
                        out,
                        "///\n/// The product's sections define {} differently: this is its meaning in section\n/// `ZEGO_SECTION_{}`, which `zego_section_code_*` answers with.",
                        e.code, model.sections[s].upper
                    )
                    .unwrap();
                }
                if let Some(w) = e.withdrawn_sentence() {
                    writeln!(out, "///\n/// {w}").unwrap();
                }
                writeln!(
                    out,
                    "pub const {}: u32 = {};",
                    constant_name(model, p, kind, &e.name),
                    e.code
                )
                .unwrap();
            }
        }
    }
    out
}

/// The generated parts of include/zego_codes.hpp's products (ffi/zego_codes.hpp.in has the
/// rest): the placeholders and their texts.
pub fn hpp(model: &Model, keywords: &[&str]) -> [(&'static str, String); 4] {
    let cpp_name = |name: &str| {
        let lower = ModelProduct::cpp_constant(name);
        assert!(
            !keywords.contains(&lower.as_str()),
            "{name} is a C++ keyword in lower case"
        );
        lower
    };
    let mut products = String::new();
    let mut categories = String::new();
    let mut namespaces = String::new();
    let mut traits = String::new();
    for (i, p) in model.products.iter().enumerate() {
        writeln!(
            products,
            "    /** {} ({}): \"{}\". */\n    {} = {},",
            c_comment(&p.name[1]),
            c_comment(&p.name[0]),
            p.id,
            p.cpp_enumerator(),
            p.c_enumerator()
        )
        .unwrap();
        writeln!(categories, "        {{{}, \"zego.{}\"}},", p.c_enumerator(), p.id).unwrap();
        // The product's words, as its C constants (ZEGO_AI_AGENT_SUCCESS: ai_agent::code::success).
        let ns = p.cpp_namespace();
        assert!(!keywords.contains(&ns.as_str()), "{ns} is a C++ keyword");
        assert!(
            !HPP_NAMES.contains(&ns.as_str()),
            "product {ns}: its C++ namespace would hide zego::codes::{ns}"
        );
        writeln!(
            namespaces,
            "\n/** {} ({}). */\nnamespace {ns} {{",
            c_comment(&p.name[1]),
            c_comment(&p.name[0])
        )
        .unwrap();
        for kind in Kind::ALL {
            let family = model.family(i, kind);
            // Every product has its `code` type, which its category serves, even while empty.
            if kind == Kind::Event && family.entries.is_empty() {
                continue;
            }
            let ty = ModelProduct::cpp_enum(kind);
            let what = match kind {
                Kind::Return => "return code",
                Kind::Event => "callback event code",
            };
            writeln!(
                namespaces,
                "\n/** A {what} of {}: every known code has an enumerator, and every other\n *  uint32_t is a valid value too. */\nenum class {ty} : std::uint32_t {{",
                c_comment(&p.name[1])
            )
            .unwrap();
            for e in named_entries(&family.entries) {
                let withdrawn = e.withdrawn_sentence().map_or(String::new(), |w| format!(" {w}"));
                writeln!(
                    namespaces,
                    "    /** {}: {} ({}){withdrawn} */\n    {} = {},",
                    e.code,
                    c_comment(&e.texts[0].message),
                    c_comment(&e.texts[1].message),
                    cpp_name(&e.name),
                    constant_name(model, i, kind, &e.name)
                )
                .unwrap();
            }
            namespaces.push_str("};\n");
        }
        writeln!(
            namespaces,
            "\n/** The error category of {ns}::code, codes::category(Product::{camel}). */
inline const std::error_category &category() noexcept {{ return codes::category(Product::{camel}); }}

/** Makes a std::error_code of {ns}::category(); found by argument-dependent lookup, so
 *  `std::error_code ec = zego::codes::{ns}::code::...;` works. */
inline std::error_code make_error_code(code c) noexcept {{
    return codes::make_error_code(Product::{camel}, static_cast<std::uint32_t>(c));
}}

}}  // namespace {ns}",
            camel = p.cpp_enumerator()
        )
        .unwrap();
        writeln!(
            traits,
            "template <>\nstruct is_error_code_enum<zego::codes::{ns}::code> : true_type {{}};"
        )
        .unwrap();
    }
    [
        ("@PRODUCTS@\n", products),
        ("@PRODUCT_CATEGORIES@\n", categories),
        ("@PRODUCT_NAMESPACES@\n", namespaces),
        ("@PRODUCT_TRAITS@\n", traits),
    ]
}

/// The names ffi/zego_codes.hpp.in declares in namespace zego::codes, which no product's
/// namespace may take.
const HPP_NAMES: &[&str] = &[
    "Product",
    "id",
    "name",
    "name_en",
    "product_from_id",
    "product_from_host",
    "message",
    "message_en",
    "is_ambiguous",
    "detail",
    "category",
    "make_error_code",
];
