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
use super::model::{Model, LANGS};
use crate::catalog::Kind;

/// src/generated/products.rs, with the string block every text of `block` (AI Agent's
/// tables', written first) and of the products' tables is in.
pub fn tables(model: &Model, mut block: Block) -> String {
    let mut out = super::banner(
        "//",
        "data/products.toml, data/products/*.toml and data/*_codes.toml",
    );
    out.push_str("\nuse crate::product::{Extra, Lookup, Meaning, ProductInfo, SectionInfo, Str, AMBIGUOUS, FROM_ZEGO_EN, FROM_ZEGO_ZH, UNKNOWN};\nuse crate::{Guidance, Section};\n\n");

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
        writeln!(out, "    {} = {i},", p.rust_variant()).unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// Every product, in discriminant order.\npub(crate) const PRODUCTS: [Product; {}] = [{}];\n",
        model.products.len(),
        model
            .products
            .iter()
            .map(|p| format!("Product::{}", p.rust_variant()))
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
    for p in &model.products {
        let first = hosts.len();
        hosts.extend(p.hosts.iter().map(|h| block.str(h)));
        let sections = &p.sections;
        writeln!(
            out,
            "    ProductInfo {{ id: {}, name: [{}, {}], hosts: ({first}, {}), sections: ({}, {}) }},",
            block.str(&p.id),
            block.str(&p.name[0]),
            block.str(&p.name[1]),
            p.hosts.len(),
            sections.first().copied().unwrap_or(0),
            sections.len(),
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
            model.products[s.product].rust_variant(),
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

    // The entries of every family, in family order, then the lookups' own entries; each
    // family's slots after the previous family's.
    let (mut unknown, mut gateway) = (Vec::new(), Vec::new());
    let mut entries = String::new();
    let mut virtual_entries = String::new();
    let family_count = model.families.len().next_power_of_two();
    let real: usize = model.families.iter().map(|f| f.entries.len()).sum();
    let mut virtual_count = 0usize;
    let (mut multiplier, mut shift, mut slots_at, mut entries_at) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut slots: Vec<usize> = Vec::new();
    let mut since_list: Vec<String> = Vec::new();
    let mut extras: Vec<[&str; 3]> = Vec::new();
    for (f, family) in model.families.iter().enumerate() {
        unknown.push(format!(
            "[{}, {}]",
            block.str(&family.unknown[0]),
            block.str(&family.unknown[1])
        ));
        let gateway_text = match family.kind {
            Kind::Return => &model.gateway_unknown,
            Kind::Event => &family.unknown,
        };
        gateway.push(format!(
            "[{}, {}]",
            block.str(&gateway_text[0]),
            block.str(&gateway_text[1])
        ));
        let first = entries_at.iter().map(|&(_, n)| n).sum::<usize>();
        entries_at.push((first, family.entries.len()));
        slots_at.push(slots.len());
        for e in &family.entries {
            let withdrawn = e.withdrawn.as_ref().map_or(0, |w| {
                model.withdrawn_revisions.iter().position(|r| r == w).unwrap() + 1
            });
            let [zh, en] = LANGS.map(|l| &e.texts[l as usize]);
            let since = since_list.iter().position(|x| x == &e.since).unwrap_or_else(|| {
                since_list.push(e.since.clone());
                since_list.len() - 1
            });
            let extra = [
                zh.cause.as_str(),
                en.cause.as_str(),
                e.api.as_deref().unwrap_or(""),
            ];
            let extra = if extra.iter().all(|x| x.is_empty()) {
                0
            } else {
                extras.iter().position(|x| x == &extra).unwrap_or_else(|| {
                    extras.push(extra);
                    extras.len() - 1
                }) + 1
            };
            assert!(
                since_list.len() <= 256 && extras.len() < 256,
                "widen Meaning's since and extra indices"
            );
            let flags = [(e.from_zego[0], "FROM_ZEGO_ZH"), (e.from_zego[1], "FROM_ZEGO_EN")]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, f)| *f)
                .collect::<Vec<_>>();
            writeln!(
                entries,
                "        Meaning::new({}, {f}, {}, Guidance::{:?}, {}, {}, {withdrawn}, {since}, {extra}, {}, [{}, {}], [{}, {}]),",
                e.code,
                e.section.map_or("Section::NONE".to_owned(), |s| format!("Section({s})")),
                e.guidance,
                if flags.is_empty() { "0".to_owned() } else { flags.join(" | ") },
                e.meanings,
                block.str(&e.name),
                block.str(&zh.message),
                block.str(&en.message),
                block.str(&zh.suggestion),
                block.str(&en.suggestion),
            )
            .unwrap();
        }
        let Some(h) = &family.hash else {
            // An empty family: its one slot holds an entry of its own whose code no lookup
            // can match but u32::MAX, and that answers u32::MAX as unknown, with the family's
            // text: so the fast path needs no check of the family.
            multiplier.push(0);
            shift.push(31);
            slots.push(real + virtual_count);
            writeln!(
                virtual_entries,
                "        Meaning::new({}, {f}, Section::NONE, Guidance::Unknown, UNKNOWN, 0, 0, 0, 0, Str::EMPTY, [{}, {}], [Str::EMPTY, Str::EMPTY]),",
                u32::MAX,
                block.str(&family.unknown[0]),
                block.str(&family.unknown[1]),
            )
            .unwrap();
            virtual_count += 1;
            continue;
        };
        multiplier.push(h.multiplier);
        shift.push(32 - h.bits);
        for &slot in &h.slots {
            let e = &family.entries[slot as usize];
            if !e.is_ambiguous() {
                slots.push(first + slot as usize);
                continue;
            }
            // An unqualified lookup of a code the sections disagree on lands on an entry of
            // its own: the sentence saying so, the guidance the meanings share, and where
            // they start. Each code has one slot, so each gets one such entry.
            let meanings = &family.entries[slot as usize..slot as usize + e.meanings];
            let guidance = if meanings.iter().all(|m| m.guidance == e.guidance) {
                e.guidance
            } else {
                zego_codes::Guidance::Unknown
            };
            slots.push(real + virtual_count);
            writeln!(
                virtual_entries,
                "        Meaning::new({}, {f}, Section::NONE, Guidance::{guidance:?}, AMBIGUOUS, {}, 0, 0, 0, Str::raw({}), [{}, {}], [Str::EMPTY, Str::EMPTY]),",
                e.code,
                e.meanings,
                first + slot as usize,
                block.str(&model.ambiguous[0]),
                block.str(&model.ambiguous[1]),
            )
            .unwrap();
            virtual_count += 1;
        }
    }
    // The padding families, which no product reaches, answer from the first empty family's
    // entry; the slot array is padded to a power of two, so an index masked by its length
    // needs no check.
    let spare = slots_at
        .iter()
        .zip(&multiplier)
        .position(|(_, &m)| m == 0)
        .map_or(0, |f| slots_at[f]);
    for _ in model.families.len()..family_count {
        multiplier.push(0);
        shift.push(31);
        slots_at.push(spare);
        entries_at.push((0, 0));
        unknown.push("[Str::EMPTY, Str::EMPTY]".to_owned());
        gateway.push("[Str::EMPTY, Str::EMPTY]".to_owned());
    }
    let slot_count = slots.len().next_power_of_two();
    slots.resize(slot_count, 0);
    let count = real + virtual_count;
    assert!(count <= usize::from(u16::MAX), "widen the slots");
    let list = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    writeln!(
        out,
        "/// An index into `LOOKUP.entries`: an enum of exactly those values, so indexing with it\n/// needs no check.\n#[derive(Clone, Copy)]\n#[repr(u16)]\n#[allow(dead_code)]\npub(crate) enum Slot {{\n    {}\n}}\n",
        (0..count).map(|i| format!("E{i} = {i},")).collect::<Vec<_>>().join(" ")
    )
    .unwrap();
    writeln!(
        out,
        "/// Every family's perfect hash and entries in one static (see `Lookup`).\npub(crate) static LOOKUP: Lookup<{family_count}, {slot_count}, {count}> = Lookup {{\n    multiplier: [{}],\n    shift: [{}],\n    slots_at: [{}],\n    entries_at: [{}],\n    unknown: [{}],\n    gateway: [{}],\n    slots: [",
        multiplier.iter().map(|m| format!("{m:#010x}")).collect::<Vec<_>>().join(", "),
        list(&shift),
        list(&slots_at.iter().map(|&s| s as u32).collect::<Vec<_>>()),
        entries_at.iter().map(|(a, n)| format!("({a}, {n})")).collect::<Vec<_>>().join(", "),
        unknown.join(", "),
        gateway.join(", "),
    )
    .unwrap();
    for chunk in slots.chunks(16) {
        let row: Vec<String> = chunk.iter().map(|i| format!("Slot::E{i}")).collect();
        writeln!(out, "        {},", row.join(", ")).unwrap();
    }
    writeln!(
        out,
        "    ],\n    entries: [\n{entries}{virtual_entries}    ],\n}};\n"
    )
    .unwrap();
    writeln!(out, "/// How many entries the families hold.\n#[allow(dead_code)]\npub(crate) const COUNT: usize = {real};\n").unwrap();

    writeln!(
        out,
        "/// Every `since` of the entries, in order of first use.\npub(crate) static SINCE: [Str; {}] = [{}];\n",
        since_list.len(),
        since_list.iter().map(|x| block.str(x)).collect::<Vec<_>>().join(", ")
    )
    .unwrap();
    writeln!(out, "/// The causes (zh, en) and per-API page of the entries that have one.\npub(crate) static EXTRAS: [Extra; {}] = [", extras.len()).unwrap();
    for [zh, en, api] in &extras {
        writeln!(
            out,
            "    Extra {{ cause: [{}, {}], api: {} }},",
            block.str(zh),
            block.str(en),
            block.str(api)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
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
    writeln!(out, "/// Every text of the tables above once, each followed by a NUL; a `Str` is an offset and a\n/// length into it. One static: a `const` would be copied into every place that names it,\n/// and a text's C string must be one address.\npub(crate) static TEXTS: &str = BLOCK;\n\n/// The block's bytes for compile-time slicing (AI Agent's messages, `text_at`), which cannot\n/// read a static. Slices of one const's value share its one allocation with the static.\npub(crate) const BLOCK: &str = concat!(").unwrap();
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
            product.rust_module()
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
                        product.rust_variant(),
                        kind,
                        model.sections[s].upper,
                        e.code
                    ),
                    None => format!(
                        "ProductCode::{}(Product::{}, {})",
                        match kind {
                            Kind::Return => "new",
                            Kind::Event => "event",
                        },
                        product.rust_variant(),
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
