//! The core crate's tables: the entries in ascending order, and a perfect hash over them.
//!
//! A lookup multiplies the code by a constant, keeps the top bits as an index into a small
//! table of slots, and compares the entry found there with the code: one multiply, two loads
//! and one compare for known and unknown codes alike, with no bounds check or mask left (the
//! hash table's length is a power of two the shift cannot exceed, and a slot is an enum whose
//! values are the entries' indices). The slots and the entries share one static, so both loads
//! use one address. Measured against a range index, a `match`, binary search, HashMap and phf
//! in benches/ (BENCHMARKS.md), and per call through the C library by callgrind.

use std::fmt::Write as _;

use super::Catalogs;
use crate::catalog::{Entry, Kind, Lang};

/// src/generated/<kind>_codes.rs. Its texts are slices of the string block (block.rs), which
/// src/generated/products.rs holds, so AI Agent's family in the product tables shares them.
pub fn table(
    catalogs: &Catalogs,
    model: &super::model::Model,
    kind: Kind,
    block: &mut super::block::Block,
) -> String {
    let catalog = catalogs.catalog(kind);
    let ty = match kind {
        Kind::Return => "Code",
        Kind::Event => "EventCode",
    };
    let entries = &catalog.entries;
    let n = entries.len();
    assert!(
        n > 0 && n <= 256,
        "slots are u8: widen them for more than 256 codes"
    );
    let padded = n.next_power_of_two();
    let hash = model.default_hash(kind);

    let mut out = super::banner("//", kind.data_file());
    writeln!(
        out,
        "\nuse crate::{{CodeInfo, Guidance, {ty}}};\nuse crate::product::{{text_at as t, Str}};\n"
    )
    .unwrap();
    for lang in [Lang::Zh, Lang::En] {
        writeln!(
            out,
            "pub(crate) const REVISION_{}: &str = {:?};",
            lang.as_str().to_uppercase(),
            catalogs.revision(kind, lang)
        )
        .unwrap();
    }
    out.push('\n');
    writeln!(
        out,
        "/// How many codes the catalog holds.\npub(crate) const COUNT: usize = {n};\n"
    )
    .unwrap();
    writeln!(out, "/// The known codes, ascending.\npub(crate) static INFOS: &[CodeInfo] = TABLE.entries.split_at(COUNT).0;\n").unwrap();
    writeln!(
        out,
        "/// A hash slot: an index into the entries, as an enum so that the compiler knows it is in\n\
         /// bounds and neither masks nor checks it.\n\
         #[derive(Clone, Copy)]\n#[repr(u8)]\n#[allow(dead_code)]\nenum Slot {{"
    )
    .unwrap();
    for i in 0..padded {
        writeln!(out, "    S{i} = {i},").unwrap();
    }
    out.push_str("}\nuse Slot::*;\n\n");
    writeln!(
        out,
        "/// The hash slots and the entries in one static, so one address serves both loads.\n\
         struct Table {{\n    \
         /// Index into `entries` by hash; empty slots hold 0.\n    \
         slots: [Slot; {}],\n    \
         /// The entries, padded to a power of two with copies of the first: a padding entry is\n    \
         /// reached only from an empty hash slot, by a code other than the first's, so it never\n    \
         /// matches.\n    \
         entries: [CodeInfo; {padded}],\n}}\n\n\
         static TABLE: Table = Table {{\n    slots: [",
        hash.slots.len()
    )
    .unwrap();
    for chunk in hash.slots.chunks(16) {
        let row: Vec<String> = chunk.iter().map(|s| format!("S{s}")).collect();
        writeln!(out, "        {},", row.join(", ")).unwrap();
    }
    out.push_str("    ],\n    entries: [\n");
    let withdrawn = withdrawn_revisions(catalogs);
    for e in entries.iter().chain(std::iter::repeat_n(&entries[0], padded - n)) {
        entry(&mut out, e, &withdrawn, block);
    }
    out.push_str("    ],\n};\n");

    writeln!(
        out,
        "\n/// The slot of `code`'s entry, if the catalog holds it: always below `COUNT`, since the\n\
         /// hash slots hold only real entries' indices (and 0).\n\
         #[inline]\nfn slot(code: u32) -> usize {{\n    \
         TABLE.slots[(code.wrapping_mul({:#010x}) >> {}) as usize] as usize\n}}\n\n\
         /// The entry of `code`, if the catalog holds it.\n#[inline]\npub(crate) fn find(code: u32) -> Option<&'static CodeInfo> {{\n    \
         let entry = &TABLE.entries[slot(code)];\n    \
         if entry.code() == code {{\n        Some(entry)\n    }} else {{\n        None\n    }}\n}}\n\n\
         /// The position of `code` in `INFOS`, if the catalog holds it.\n#[inline]\npub(crate) fn index(code: u32) -> Option<usize> {{\n    \
         let slot = slot(code);\n    \
         if TABLE.entries[slot].code() == code {{\n        Some(slot)\n    }} else {{\n        None\n    }}\n}}",
        hash.multiplier,
        32 - hash.bits,
    )
    .unwrap();

    writeln!(out, "\n/// Every known code by its symbolic name.\nimpl {ty} {{").unwrap();
    for e in entries {
        writeln!(out, "    /// `{}` {}", e.code, doc_line(&e.message_zh)).unwrap();
        writeln!(out, "    ///\n    /// {}", doc_line(&e.message_en)).unwrap();
        if let Some(w) = &e.withdrawn {
            writeln!(out, "    ///\n    /// **Withdrawn:** ZEGO's page of {w} no longer lists this code. It stays, with\n    /// its last published texts, so code naming it keeps building; see `withdrawn()`.").unwrap();
        }
        writeln!(out, "    pub const {}: {ty} = {ty}::new({});", e.name, e.code).unwrap();
    }
    out.push_str("}\n");
    out
}

/// Every revision that withdrew a code, of either catalog, ascending: the entries hold an
/// index into this list (plus one; 0 is none) instead of a pointer.
fn withdrawn_revisions(catalogs: &Catalogs) -> Vec<&str> {
    let mut all: Vec<&str> = Kind::ALL
        .iter()
        .flat_map(|&k| &catalogs.catalog(k).entries)
        .filter_map(|e| e.withdrawn.as_deref())
        .collect();
    all.sort_unstable();
    all.dedup();
    assert!(all.len() < 256, "withdrawn revisions are indexed by a u8");
    all
}

/// src/generated/revisions.rs: the revisions `CodeInfo::withdrawn` names.
pub fn revisions(catalogs: &Catalogs) -> String {
    let mut out = super::banner("//", "data/*.toml");
    out.push_str(
        "
/// Index 0 is no revision; `CodeInfo` holds an index into this list.
",
    );
    let all = withdrawn_revisions(catalogs);
    write!(
        out,
        "pub(crate) static WITHDRAWN: [&str; {}] = [{}",
        all.len() + 1,
        lit("")
    )
    .unwrap();
    for r in all {
        write!(out, ", {}", lit(r)).unwrap();
    }
    out.push_str(
        "];
",
    );
    out
}

fn entry(out: &mut String, e: &Entry, withdrawn: &[&str], block: &mut super::block::Block) {
    // The messages are literals (slices of the block): the C library's hot path returns
    // them with one load. The rest are offsets, which a shared library does not relocate.
    let mut at = |s: &str, literal: bool| {
        let (offset, len) = block.at(s);
        if literal {
            format!("t({offset}, {len})")
        } else {
            format!("Str::new({offset}, {len})")
        }
    };
    // An unreviewed code still builds (as Guidance::Unknown); the review test refuses it.
    let guidance = format!("{:?}", e.guidance.unwrap_or(zego_codes::Guidance::Unknown));
    writeln!(
        out,
        "    CodeInfo::new(\n        {},\n        {},\n        Guidance::{guidance},\n        {},\n        {},\n        [{}, {}],\n        [{}, {}],\n        [{}, {}],\n    ),",
        e.code,
        at(&e.name, false),
        at(&e.since, false),
        e.withdrawn.as_deref().map_or(0, |w| withdrawn.iter().position(|r| *r == w).unwrap() + 1),
        at(&e.message_zh, true),
        at(&e.message_en, true),
        at(&e.suggestion_zh, false),
        at(&e.suggestion_en, false),
        e.from_zego(Lang::Zh),
        e.from_zego(Lang::En),
    )
    .unwrap();
}

/// A multiplier that sends every code to its own slot of a `2^bits` table, for every
/// language's tables. `slots[h]` is the index of the code hashing to `h`, 0 if none.
pub struct PerfectHash {
    pub multiplier: u32,
    pub bits: u32,
    pub slots: Vec<u8>,
}

impl PerfectHash {
    /// The smallest table that a multiplier of a fixed sequence separates the codes in
    /// (the same on every run), trying from one slot per code up. A million multipliers per
    /// size (a quarter of a second for every family) found what ten million find. The model
    /// computes it once per family (model.rs); every language's tables use it.
    pub fn smallest(codes: Vec<u32>) -> PerfectHash {
        let bits = codes.len().next_power_of_two().trailing_zeros().max(1);
        Self::search(codes, bits)
    }

    fn search(codes: Vec<u32>, mut bits: u32) -> PerfectHash {
        loop {
            // Which try last took each slot: no clearing between tries.
            let mut taken = vec![0u32; 1 << bits];
            let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
            for round in 1..=1_000_000u32 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let multiplier = (state >> 32) as u32 | 1;
                let separates = codes.iter().all(|&code| {
                    let h = (code.wrapping_mul(multiplier) >> (32 - bits)) as usize;
                    std::mem::replace(&mut taken[h], round) != round
                });
                if separates {
                    let mut slots = vec![0u8; 1 << bits];
                    for (index, &code) in codes.iter().enumerate() {
                        slots[(code.wrapping_mul(multiplier) >> (32 - bits)) as usize] = index as u8;
                    }
                    return PerfectHash {
                        multiplier,
                        bits,
                        slots,
                    };
                }
            }
            bits += 1;
            assert!(bits <= 16, "no perfect hash found");
        }
    }
}

use super::escape::{rust_doc as doc_line, rust_str_nul as lit};
