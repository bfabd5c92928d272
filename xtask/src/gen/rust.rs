//! The core crate's tables: entries in ascending order and a dense index over each cluster
//! of codes, so a lookup is a subtraction, a compare and two array reads.

use std::fmt::Write as _;

use crate::catalog::{Catalog, Kind, PLACEHOLDER_GUIDANCE};

/// Codes closer than this share one index segment; wider gaps start a new one.
const MAX_GAP: u32 = 64;
/// Slot value of a code the index does not hold; past the end of every table.
const NO_SLOT: u8 = u8::MAX;

pub fn table(catalog: &Catalog, kind: Kind) -> String {
    let ty = match kind {
        Kind::Return => "Code",
        Kind::Event => "EventCode",
    };
    let n = catalog.entries.len();
    assert!(
        n < NO_SLOT as usize,
        "the u8 index holds at most 254 codes; widen it"
    );
    let mut out = super::banner("//", kind.data_file());
    writeln!(out, "\nuse crate::{{CodeInfo, Guidance, {ty}}};\n").unwrap();
    writeln!(out, "pub(crate) const REVISION: &str = {:?};\n", catalog.revision).unwrap();
    writeln!(out, "pub(crate) static ENTRIES: [CodeInfo; {n}] = [").unwrap();
    for e in &catalog.entries {
        // An unreviewed code still builds; the review test refuses it.
        let guidance = if e.guidance == PLACEHOLDER_GUIDANCE {
            "Unknown".to_owned()
        } else {
            variant(&e.guidance)
        };
        writeln!(
            out,
            "    CodeInfo::new(\n        {},\n        {},\n        Guidance::{guidance},\n        {},\n        [{}, {}],\n        [{}, {}],\n        {},\n    ),",
            e.code,
            lit(&e.name),
            lit(&e.since),
            lit(&e.message_zh),
            lit(&e.message_en),
            lit(&e.suggestion_zh),
            lit(&e.suggestion_en),
            e.english_from_zego()
        )
        .unwrap();
    }
    out.push_str("];\n");

    let segments = segments(catalog);
    out.push_str("\n/// Index into `ENTRIES` of `code`, or a value past its end.\n#[inline]\npub(crate) fn slot(code: u32) -> usize {\n");
    for (i, (start, _)) in segments.iter().enumerate() {
        writeln!(
            out,
            "    let offset = code.wrapping_sub({start}) as usize;\n    if offset < SEGMENT_{i}.len() {{\n        return SEGMENT_{i}[offset] as usize;\n    }}"
        )
        .unwrap();
    }
    writeln!(out, "    {NO_SLOT}\n}}").unwrap();
    for (i, (start, slots)) in segments.iter().enumerate() {
        writeln!(out, "\n/// Codes {start} to {}.", start + slots.len() as u32 - 1).unwrap();
        writeln!(out, "static SEGMENT_{i}: [u8; {}] = [", slots.len()).unwrap();
        for chunk in slots.chunks(16) {
            let row: Vec<String> = chunk.iter().map(|s| s.to_string()).collect();
            writeln!(out, "    {},", row.join(", ")).unwrap();
        }
        out.push_str("];\n");
    }

    writeln!(out, "\n/// Every known code by its symbolic name.\nimpl {ty} {{").unwrap();
    for e in &catalog.entries {
        writeln!(out, "    /// `{}` {}", e.code, doc_line(&e.message_zh)).unwrap();
        writeln!(out, "    ///\n    /// {}", doc_line(&e.message_en)).unwrap();
        writeln!(out, "    pub const {}: {ty} = {ty}::new({});", e.name, e.code).unwrap();
    }
    out.push_str("}\n");
    out
}

/// Clusters of nearby codes, largest first (the busiest ranges are tested first), each with
/// the slot of every code from its start.
fn segments(catalog: &Catalog) -> Vec<(u32, Vec<u8>)> {
    let mut segments: Vec<(u32, Vec<u8>)> = Vec::new();
    for (slot, e) in catalog.entries.iter().enumerate() {
        match segments.last_mut() {
            Some((start, slots)) if e.code - (*start + slots.len() as u32 - 1) <= MAX_GAP => {
                slots.resize((e.code - *start) as usize, NO_SLOT);
                slots.push(slot as u8);
            }
            _ => segments.push((e.code, vec![slot as u8])),
        }
    }
    segments.sort_by_key(|(start, slots)| (std::cmp::Reverse(slots.len()), *start));
    segments
}

/// A Rust string literal holding `s` and a terminating NUL.
fn lit(s: &str) -> String {
    format!("{:?}", format!("{s}\0"))
}

fn doc_line(s: &str) -> String {
    s.replace('[', "\\[").replace(']', "\\]")
}

/// `fix_request` -> `FixRequest`.
pub fn variant(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}
