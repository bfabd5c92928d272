//! The enums of the Python package: `ZegoCode` and `ZegoEventCode` with one member per
//! catalog entry, and `Guidance`, `Category`, `EventCategory` with one member per variant of
//! the core's enums. Only data is written here: each enum derives from a member-less base in
//! python/zego_codes/_enum_methods.py, which holds their behaviour as Python that mypy and
//! stubtest check; the texts themselves stay in the native module, which reads the core.
//! They are written into a folder of generated files only (python/zego_codes/_generated/);
//! the hand-written `_codes.py` re-exports them under the name users and pickles know.

use std::fmt::Write as _;

use zego_codes::{Category, EventCategory, Guidance};

use super::{Catalogs, Output};
use crate::catalog::Catalog;

/// The folder of the package's generated modules; `_codes.py` re-exports the enums from it.
pub const GENERATED_DIR: &str = "python/zego_codes/_generated";

pub fn outputs(catalogs: &Catalogs) -> Vec<Output> {
    vec![
        Output {
            path: "python/zego_codes/_generated/__init__.py",
            text: super::banner("#", "xtask/src/gen/python.rs") + PACKAGE_DOC,
        },
        Output {
            path: "python/zego_codes/_generated/codes.py",
            text: codes_py(catalogs),
        },
    ]
}

fn codes_py(catalogs: &Catalogs) -> String {
    let mut out = super::banner("#", "data/*.toml and the core's enums");
    out.push_str(HEADER);
    let guidance: Vec<&str> = Guidance::ALL.iter().map(|g| g.as_str()).collect();
    let category: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    let event_category: Vec<&str> = EventCategory::ALL.iter().map(|c| c.as_str()).collect();
    str_enum(&mut out, "Guidance", "GuidanceEnum", GUIDANCE_DOC, &guidance);
    str_enum(&mut out, "Category", "NamedEnum", CATEGORY_DOC, &category);
    str_enum(
        &mut out,
        "EventCategory",
        "NamedEnum",
        EVENT_CATEGORY_DOC,
        &event_category,
    );
    int_enum(
        &mut out,
        "ZegoCode",
        "ReturnCodeEnum",
        RETURN_DOC,
        &catalogs.returns,
    );
    int_enum(
        &mut out,
        "ZegoEventCode",
        "EventCodeEnum",
        EVENT_DOC,
        &catalogs.events,
    );
    out
}

/// A class's opening: its docstring, and `__module__` naming the module users import it from,
/// so that pickles and `help()` name `zego_codes._codes` rather than this generated file.
fn class_head(out: &mut String, class: &str, base: &str, doc: &str) {
    writeln!(
        out,
        "\n\nclass {class}({base}):\n    \"\"\"{doc}\"\"\"\n\n    __module__ = \"zego_codes._codes\"\n"
    )
    .unwrap();
}

fn str_enum(out: &mut String, class: &str, base: &str, doc: &str, values: &[&str]) {
    class_head(out, class, base, doc);
    for v in values {
        writeln!(out, "    {} = {v:?}", v.to_uppercase()).unwrap();
    }
}

fn int_enum(out: &mut String, class: &str, base: &str, doc: &str, catalog: &Catalog) {
    class_head(out, class, base, doc);
    for e in &catalog.entries {
        writeln!(out, "    {} = {}", e.name, e.code).unwrap();
        let withdrawn = e.withdrawn.as_ref().map_or(String::new(), |w| {
            format!(" (withdrawn: ZEGO's page of {w} no longer lists it; the member stays)")
        });
        writeln!(out, "    \"\"\"{}{withdrawn}\"\"\"", docstring(&e.message_en)).unwrap();
    }
}

use super::escape::py_docstring as docstring;

const HEADER: &str = r#""""The enums of zego_codes: every code of the catalog as a member, and the core's guidance
kinds and categories. The members' texts come from the native module, which reads the Rust core.
"""

from __future__ import annotations

from .._enum_methods import EventCodeEnum, GuidanceEnum, NamedEnum, ReturnCodeEnum
"#;

const PACKAGE_DOC: &str = r#""""The modules `cargo xtask gen` writes from data/*.toml and the core. Nothing here is
edited by hand: the package imports the enums through `zego_codes._codes`."""
"#;

const GUIDANCE_DOC: &str = "What a caller should do on receiving a code.

    The values are the core's stable snake_case names (`Guidance.RETRY_LATER.value ==
    \"retry_later\"`), as in the data files, the JSON output of the command-line tool and C.
    ";

const CATEGORY_DOC: &str = "The range a return code belongs to, derived from the number alone.";

const EVENT_CATEGORY_DOC: &str =
    "The subsystem a callback exception event code comes from, derived from the number alone.";

const RETURN_DOC: &str = "A return code of the AI Agent server API: the `Code` field of every response.

    One member per code ZEGO documents, named by its stable symbolic name, in the manner of
    `http.HTTPStatus`. `ZegoCode(value)` raises ValueError for a code the catalog does not hold;
    `ZegoCode.from_code(value)` does the same faster and refuses bool, float and str.
    ";

const EVENT_DOC: &str = "An exception event code of the AI Agent callbacks: `Data.Code` of a callback
    whose `Event` is `\"Exception\"`. Same interface as `ZegoCode`.
    ";
