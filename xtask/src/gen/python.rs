//! The enums of the Python package: `ZegoCode` and `ZegoEventCode` with one member per
//! catalog entry, and `Guidance`, `Category`, `EventCategory` with one member per variant of
//! the core's enums. Only data is written here: each enum derives from a member-less base in
//! python/zego_codes/_enum_methods.py, which holds their behaviour as Python that mypy and
//! stubtest check; the texts themselves stay in the native module, which reads the core.
//! They are written into a folder of generated files only (python/zego_codes/_generated/);
//! the hand-written `_codes.py` re-exports them under the name users and pickles know.
//!
//! From the model (model.rs): `Product` and `Section`, one member per product and section, in
//! `codes.py`; and per product a module `product_<id>.py` with its enums (`RtcCode`,
//! `AsrEventCode`: the model's camel name), one member per name, which the package loads only
//! when one is used (`products.py` says where each is).

use std::fmt::Write as _;

use zego_codes::{Category, EventCategory, Guidance};

use super::escape::py_str;
use super::model::{Model, ModelFamily};
use super::{Catalogs, Output};
use crate::catalog::{Catalog, Kind};

/// The folder of the package's generated modules; `_codes.py` re-exports the enums from it.
pub const GENERATED_DIR: &str = "python/zego_codes/_generated";

pub fn outputs(catalogs: &Catalogs, model: &Model) -> Vec<Output> {
    let mut out = vec![
        Output {
            path: "python/zego_codes/_generated/__init__.py",
            text: super::banner("#", "xtask/src/gen/python.rs") + PACKAGE_DOC,
        },
        Output {
            path: "python/zego_codes/_generated/codes.py",
            text: codes_py(catalogs, model),
        },
        Output {
            path: "python/zego_codes/_generated/products.py",
            text: products_py(model),
        },
    ];
    for (p, product) in model.products.iter().enumerate() {
        // One file per product; the paths live as long as the run.
        let path = format!("{GENERATED_DIR}/{}.py", module(&product.id));
        out.push(Output {
            path: Box::leak(path.into_boxed_str()),
            text: product_py(model, p),
        });
    }
    out
}

/// The module of a product's enums, in `_generated/`.
fn module(id: &str) -> String {
    format!("product_{id}")
}

/// The class of a product's enum of `kind`: `RtcCode`, `AsrEventCode` (the model's rule).
fn class(model: &Model, p: usize, kind: Kind) -> String {
    model.products[p].python_class(kind)
}

/// The enums of product `p`, each with its kind: those of families with codes.
fn enums(model: &Model, p: usize) -> Vec<(Kind, String)> {
    Kind::ALL
        .into_iter()
        .filter(|&k| !model.family(p, k).entries.is_empty())
        .map(|k| (k, class(model, p, k)))
        .collect()
}

fn codes_py(catalogs: &Catalogs, model: &Model) -> String {
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
    class_head(&mut out, "Product", "ProductEnum", PRODUCT_DOC);
    for p in &model.products {
        writeln!(out, "    {} = {}", p.python_member(), py_str(&p.id)).unwrap();
        writeln!(
            out,
            "    \"\"\"{} ({}).\"\"\"",
            docstring(&p.name[1]),
            docstring(&p.name[0])
        )
        .unwrap();
    }
    class_head(&mut out, "Section", "SectionEnum", SECTION_DOC);
    for s in &model.sections {
        let product = &model.products[s.product];
        writeln!(
            out,
            "    {} = {}",
            s.upper,
            py_str(&format!("{}/{}", product.id, s.id))
        )
        .unwrap();
        writeln!(
            out,
            "    \"\"\"{}: {} ({}).\"\"\"",
            docstring(&product.name[1]),
            docstring(&s.title[1]),
            docstring(&s.title[0])
        )
        .unwrap();
    }
    out
}

/// `_generated/products.py`: where each product's enums are, for the package's lazy names,
/// `Product.codes` and type checkers.
fn products_py(model: &Model) -> String {
    let mut out = super::banner("#", "data/products.toml and data/products/*.toml");
    out.push_str(PRODUCTS_HEADER);
    out.push_str("TYPE_CHECKING = False\nif TYPE_CHECKING:\n");
    for p in 0..model.products.len() {
        for (_, class) in enums(model, p) {
            writeln!(
                out,
                "    from .{} import {class} as {class}",
                module(&model.products[p].id)
            )
            .unwrap();
        }
    }
    out.push_str(
        "\n# Each enum's class name: the generated module that defines it.\nMODULES: dict[str, str] = {\n",
    );
    for (p, product) in model.products.iter().enumerate() {
        for (_, class) in enums(model, p) {
            writeln!(out, "    {}: {},", py_str(&class), py_str(&module(&product.id))).unwrap();
        }
    }
    out.push_str("}\n\n# Each product's id: the class names of its return code and event code enums, None for\n# a kind it has no codes of.\nENUMS: dict[str, tuple[str | None, str | None]] = {\n");
    for (p, product) in model.products.iter().enumerate() {
        let name = |k: Kind| {
            if model.family(p, k).entries.is_empty() {
                "None".to_owned()
            } else {
                py_str(&class(model, p, k))
            }
        };
        writeln!(
            out,
            "    {}: ({}, {}),",
            py_str(&product.id),
            name(Kind::Return),
            name(Kind::Event)
        )
        .unwrap();
    }
    out.push_str("}\n\n__all__ = [\n");
    for p in 0..model.products.len() {
        for (_, class) in enums(model, p) {
            writeln!(out, "    {},", py_str(&class)).unwrap();
        }
    }
    out.push_str("]\n");
    out
}

/// `_generated/product_<id>.py`: product `p`'s enums, one member per name, at the first
/// entry with it (a name several sections share is one meaning); its value is the code and
/// that entry's section id, so members of one number in different sections stay distinct.
fn product_py(model: &Model, p: usize) -> String {
    let product = &model.products[p];
    let mut out = super::banner("#", "data/products.toml and data/products/*.toml");
    writeln!(
        out,
        "\"\"\"The codes of {} ({}) by name. Load them through `zego_codes`: `zego_codes.{}`.\"\"\"\n\nfrom __future__ import annotations\n\nfrom .._enum_methods import ProductCodeEnum",
        docstring(&product.name[1]),
        docstring(&product.name[0]),
        class(model, p, Kind::Return),
    )
    .unwrap();
    for (kind, class) in enums(model, p) {
        let family: &ModelFamily = model.family(p, kind);
        let (what, event) = match kind {
            Kind::Return => ("A return code of", "False"),
            Kind::Event => ("A callback exception event code of", "True"),
        };
        writeln!(
            out,
            "\n\nclass {class}(ProductCodeEnum, product={}, event={event}):\n    \"\"\"{what} {} ({}), by its stable name.\n\n    {PRODUCT_ENUM_DOC}\n    \"\"\"\n\n    __module__ = \"zego_codes\"\n",
            py_str(&product.id),
            docstring(&product.name[1]),
            docstring(&product.name[0]),
        )
        .unwrap();
        let mut named = std::collections::HashSet::new();
        for e in &family.entries {
            if !named.insert(&e.name) {
                continue;
            }
            let section = e
                .section
                .map_or_else(|| "None".to_owned(), |s| py_str(&model.sections[s].id));
            writeln!(out, "    {} = {}, {section}", e.name, e.code).unwrap();
            let withdrawn = e
                .withdrawn_sentence()
                .map_or(String::new(), |w| format!(" ({w} The member stays.)"));
            writeln!(
                out,
                "    \"\"\"{}{withdrawn}\"\"\"",
                docstring(&e.texts[1].message)
            )
            .unwrap();
        }
    }
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

from .._enum_methods import EventCodeEnum, GuidanceEnum, NamedEnum, ProductEnum, ReturnCodeEnum, SectionEnum
"#;

const PRODUCTS_HEADER: &str = r#""""Where each product's enums are: `zego_codes.RtcCode`, `Product.RTC.codes` and pickles
load a product's module the first time one of its enums is used, so `import zego_codes` pays
for none of them.
"""

from __future__ import annotations

"#;

const PRODUCT_DOC: &str = "A ZEGO server product whose codes the catalog holds.

    The values are the stable ids every binding uses (`Product.RTC.value == \"rtc\"`), in the
    core's order; `Product.AI_AGENT` is the product every function answers for when none is named.
    ";

const SECTION_DOC: &str = "A section of a product's code pages: the heading above a table.

    Where one product gives one number different meanings (RTC's 41003), the section tells them
    apart. The values are `\"<product>/<section>\"` (`\"rtc/media_files\"`); `id` is the part
    after the slash, unique within the product.
    ";

const PRODUCT_ENUM_DOC: &str =
    "Each member is an int equal to its code and carries its section (`section`); a
    number two sections give different names has a member per name, distinct members that
    are equal to the same int. `from_code(code, section=None)` finds a member.";

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
