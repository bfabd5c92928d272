//! Writes the lookups a user might write instead of zego-codes, each over the catalog's own
//! table, so the comparison never keeps a second list of codes.

use std::fmt::Write as _;

use zego_codes::{Code, Lang};

fn main() {
    let entries: Vec<(u32, &str)> = Code::all()
        .map(|c| (c.get(), c.message(Lang::Zh).as_str()))
        .collect();
    let mut out = String::new();

    out.push_str("/// A `match` over every code, as a hand-written lookup would be.\n");
    out.push_str(
        "#[inline(never)]\npub fn by_match(code: u32) -> Option<&'static str> {\n    match code {\n",
    );
    for (code, message) in &entries {
        writeln!(out, "        {code} => Some({message:?}),").unwrap();
    }
    out.push_str("        _ => None,\n    }\n}\n\n");

    writeln!(
        out,
        "/// Every code and its message, ascending.\npub static SORTED: [(u32, &str); {}] = [",
        entries.len()
    )
    .unwrap();
    for (code, message) in &entries {
        writeln!(out, "    ({code}, {message:?}),").unwrap();
    }
    out.push_str("];\n\n");

    let mut map = phf_codegen::Map::new();
    for (code, message) in &entries {
        map.entry(*code, format!("{message:?}"));
    }
    writeln!(
        out,
        "/// A perfect-hash map of every code.\npub static PHF: phf::Map<u32, &'static str> = {};",
        map.build()
    )
    .unwrap();

    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("alternatives.rs");
    std::fs::write(path, out).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../data/return_codes.toml");
}
