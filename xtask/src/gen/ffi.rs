//! The C constants of every code, as Rust source that cbindgen turns into `#define`s in
//! include/zego_codes.h.

use std::fmt::Write as _;

use super::Catalogs;
use crate::catalog::Catalog;

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
        writeln!(out, "\n/// {what} {}: {}", e.code, e.message_zh).unwrap();
        writeln!(out, "/// ({})", e.message_en).unwrap();
        writeln!(out, "pub const {prefix}{}: u32 = {};", e.name, e.code).unwrap();
    }
}
