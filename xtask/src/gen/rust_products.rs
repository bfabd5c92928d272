//! The core crate's product tables (src/generated/products.rs) and per-product constants
//! (src/generated/product_codes.rs), from the model.
//!
//! Unlike AI Agent's own tables (rust.rs), which keep a `&str` per text for the fastest C
//! path, these hold every text as an offset into one string block: a pointer in a shared
//! library costs 8 bytes and a 24-byte relocation, and the products hold several thousand
//! texts. Each family (product × kind) has its own perfect hash over its distinct codes; the
//! families' hashes are one table of data, so one lookup function serves every family.

use std::fmt::Write as _;

pub use super::block::Block;
use super::escape::{rust_doc, rust_str_nul};
use super::model::{Model, ModelFamily, LANGS};
use crate::catalog::Kind;

/// src/generated/products.rs, with the string block every text of `block` (AI Agent's
/// tables', written first) and of the products' tables is in.
pub fn tables(model: &Model, mut block: Block) -> String {
    let mut out = super::banner(
        "//",
        "data/products.toml, data/products/*.toml and data/*_codes.toml",
    );
    out.push_str("\nuse crate::product::{FamilyTable, Meaning, ProductInfo, SectionInfo, Str};\nuse crate::{Guidance, Section};\n\n");

    out.push_str(
        "/// A ZEGO server product whose codes the catalog holds. The discriminants are the values\n\
         /// of the C enum `zego_product_t` and never change; [`Product::id`] is the stable name\n\
         /// every other binding uses.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[repr(u32)]\n#[non_exhaustive]\npub enum Product {\n",
    );
    for (i, p) in model.products.iter().enumerate() {
        writeln!(
            out,
            "    /// {} ({}): `{}`.",
            rust_doc(&p.name[1]),
            rust_doc(&p.name[0]),
            p.id
        )
        .unwrap();
        writeln!(out, "    {} = {i},", p.camel).unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// Every product, in discriminant order.\npub(crate) const PRODUCTS: [Product; {}] = [{}];\n",
        model.products.len(),
        model
            .products
            .iter()
            .map(|p| format!("Product::{}", p.camel))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();

    let mut hosts = Vec::new();
    writeln!(
        out,
        "pub(crate) static PRODUCT_INFOS: [ProductInfo; {}] = [",
        model.products.len()
    )
    .unwrap();
    for (i, p) in model.products.iter().enumerate() {
        let first = hosts.len();
        hosts.extend(p.hosts.iter().map(|h| block.str(h)));
        let sections = &p.sections;
        writeln!(
            out,
            "    ProductInfo {{ id: {}, name: [{}, {}], hosts: ({first}, {}), sections: ({}, {}), families: [{}, {}] }},",
            block.str(&p.id),
            block.str(&p.name[0]),
            block.str(&p.name[1]),
            p.hosts.len(),
            sections.first().copied().unwrap_or(0),
            sections.len(),
            ModelFamily::index(i, Kind::Return),
            ModelFamily::index(i, Kind::Event),
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    writeln!(
        out,
        "pub(crate) static HOSTS: [Str; {}] = [{}];\n",
        hosts.len(),
        hosts.join(", ")
    )
    .unwrap();

    writeln!(
        out,
        "pub(crate) static SECTION_INFOS: [SectionInfo; {}] = [",
        model.sections.len()
    )
    .unwrap();
    for s in &model.sections {
        writeln!(
            out,
            "    SectionInfo {{ product: Product::{}, event: {}, id: {}, title: [{}, {}] }},",
            model.products[s.product].camel,
            s.kind == Kind::Event,
            block.str(&s.id),
            block.str(&s.title[0]),
            block.str(&s.title[1]),
        )
        .unwrap();
    }
    out.push_str("];\n\n/// Every section by name: `<PRODUCT>_<SECTION>`.\nimpl Section {\n");
    for (i, s) in model.sections.iter().enumerate() {
        writeln!(
            out,
            "    /// {}: {}.\n    pub const {}: Section = Section({i});",
            rust_doc(&model.products[s.product].name[1]),
            rust_doc(&s.title[1]),
            s.upper
        )
        .unwrap();
    }
    out.push_str("}\n\n");

    // The entries of every family, in family order; each family's slots after the previous.
    let mut slots: Vec<u8> = Vec::new();
    let mut families = String::new();
    let mut meanings = String::new();
    let mut count = 0usize;
    for (f, family) in model.families.iter().enumerate() {
        let (multiplier, shift, slot_start) = match &family.hash {
            Some(h) => {
                let start = slots.len();
                slots.extend(&h.slots);
                (h.multiplier, 32 - h.bits, start)
            }
            // An empty family: every code lands on slot 0, whose entry belongs to another
            // family, so the family check in the lookup refuses it.
            None => (0, 31, 0),
        };
        assert!(count <= u16::MAX as usize && slot_start <= u16::MAX as usize);
        writeln!(
            families,
            "    FamilyTable {{ multiplier: {multiplier:#010x}, shift: {shift}, slots: {slot_start}, entries: {count}, len: {}, unknown: [{}, {}] }},",
            family.entries.len(),
            block.str(&family.unknown[0]),
            block.str(&family.unknown[1]),
        )
        .unwrap();
        for e in &family.entries {
            let withdrawn = e.withdrawn.as_ref().map_or(0, |w| {
                model.withdrawn_revisions.iter().position(|r| r == w).unwrap() + 1
            });
            let [zh, en] = LANGS.map(|l| &e.texts[l as usize]);
            writeln!(
                meanings,
                "    Meaning::new({}, {f}, {}, Guidance::{:?}, [{}, {}], {}, {}, {withdrawn}, {}, {}, [{}, {}], [{}, {}], [{}, {}], {}),",
                e.code,
                e.section.map_or("Section::NONE".to_owned(), |s| format!("Section({s})")),
                e.guidance,
                e.from_zego[0],
                e.from_zego[1],
                e.meanings,
                e.is_ambiguous(),
                block.str(&e.name),
                block.str(&e.since),
                block.str(&zh.message),
                block.str(&en.message),
                block.str(&zh.suggestion),
                block.str(&en.suggestion),
                block.str(&zh.cause),
                block.str(&en.cause),
                block.str(e.api.as_deref().unwrap_or("")),
            )
            .unwrap();
            count += 1;
        }
    }
    writeln!(out, "/// Each family's hash, indexed by `product * 2 + kind`.\npub(crate) static FAMILIES: [FamilyTable; {}] = [\n{families}];\n", model.families.len()).unwrap();
    writeln!(out, "/// Every family's hash slots, one family after another: the index within its family of the\n/// first entry with the code hashing there.\npub(crate) static SLOTS: [u8; {}] = [", slots.len()).unwrap();
    for chunk in slots.chunks(32) {
        let row: Vec<String> = chunk.iter().map(u8::to_string).collect();
        writeln!(out, "    {},", row.join(", ")).unwrap();
    }
    out.push_str("];\n\n");
    writeln!(out, "/// Every family's entries, ascending by code and then section within each family.\npub(crate) static MEANINGS: [Meaning; {count}] = [\n{meanings}];\n").unwrap();

    writeln!(
        out,
        "/// Every withdrawn code's revision: a `Meaning` holds its index plus one (0: still listed).\npub(crate) static WITHDRAWN: [Str; {}] = [{}];\n",
        model.withdrawn_revisions.len() + 1,
        std::iter::once(block.str(""))
            .chain(model.withdrawn_revisions.iter().map(|r| block.str(r)))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();

    // Last: every text above has been added to the block.
    writeln!(out, "/// Every text of the tables above once, each followed by a NUL; a `Str` is an offset and a\n/// length into it.\npub(crate) const TEXTS: &str = concat!(").unwrap();
    for t in block.texts() {
        writeln!(out, "    {},", &rust_str_nul(t)).unwrap();
    }
    out.push_str(");\n");
    out
}

/// src/generated/product_codes.rs: every product's codes by name, as `ProductCode`s qualified
/// by their section, so each answers exactly.
pub fn constants(model: &Model) -> String {
    let mut out = super::banner(
        "//",
        "data/products.toml, data/products/*.toml and data/*_codes.toml",
    );
    out.push_str("\n//! Every product's codes by name: `products::<product>::NAME` for return codes and\n//! `products::<product>::events::NAME` for callback event codes. Each is qualified by its\n//! section, so it answers exactly where the product's sections disagree on a number.\n");
    for (p, product) in model.products.iter().enumerate() {
        writeln!(
            out,
            "\n/// {} ({}).\npub mod {} {{",
            rust_doc(&product.name[1]),
            rust_doc(&product.name[0]),
            product.id
        )
        .unwrap();
        for kind in Kind::ALL {
            let family = model.family(p, kind);
            if family.entries.is_empty() {
                continue;
            }
            let indent = match kind {
                Kind::Return => "    ",
                Kind::Event => {
                    out.push_str("\n    /// Callback event codes.\n    pub mod events {\n");
                    "        "
                }
            };
            writeln!(out, "{indent}#[allow(unused_imports)]\n{indent}use crate::{{Family, Product, ProductCode, Section}};").unwrap();
            let mut named = std::collections::HashSet::new();
            for e in &family.entries {
                // A name several sections share is one meaning: one constant, unqualified.
                if !named.insert(&e.name) {
                    continue;
                }
                writeln!(out, "{indent}/// `{}` {}", e.code, rust_doc(&e.texts[0].message)).unwrap();
                writeln!(out, "{indent}///\n{indent}/// {}", rust_doc(&e.texts[1].message)).unwrap();
                if let Some(w) = e.withdrawn_sentence() {
                    writeln!(out, "{indent}///\n{indent}/// **{w}**").unwrap();
                }
                let value = match e.section.filter(|_| e.is_ambiguous()) {
                    Some(s) => format!(
                        "ProductCode::qualified(Product::{}, Family::{:?}, Section::{}, {})",
                        product.camel, kind, model.sections[s].upper, e.code
                    ),
                    None => format!(
                        "ProductCode::{}(Product::{}, {})",
                        match kind {
                            Kind::Return => "new",
                            Kind::Event => "event",
                        },
                        product.camel,
                        e.code
                    ),
                };
                writeln!(out, "{indent}pub const {}: ProductCode = {value};", e.name).unwrap();
            }
            if kind == Kind::Event {
                out.push_str("    }\n");
            }
        }
        out.push_str("}\n");
    }
    out
}
