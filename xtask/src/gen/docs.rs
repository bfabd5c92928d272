//! CODES.md: every code with both languages, its name and guidance, and why each guidance
//! was chosen.

use std::fmt::Write as _;

use zego_codes::{Category, Guidance};

use super::model::{Model, ModelProduct};
use super::Catalogs;
use crate::catalog::{Entry, Kind, Lang};

const GUIDANCE_REASONS: &[(Guidance, &str)] = &[
    (Guidance::NoAction, "Success, and the event of speech heard but no text recognised, which ZEGO says to count or ignore."),
    (Guidance::FixRequest, "Missing or malformed fields, invalid parameters, an unsupported Action or SignatureVersion, a signature computed from wrong inputs (100000005: re-signing with the same inputs fails again), an operation the instance's mode or kind forbids. The same request fails the same way every time, so it is never retried."),
    (Guidance::RenewSignature, "The signature expired, usually from clock skew or a delayed request. A fresh timestamp and nonce fix it, so it is the one signature error worth an automatic retry."),
    (Guidance::RetryLater, "Internal and downstream failures (system error, internal call failed, create/modify/delete/update failed, LLM or TTS call failed, listening start/stop failed) and exhausted resources. ZEGO suggests contacting support; they are failures of a moment on ZEGO's side, so a retry with exponential backoff is the first step and support the second, as gRPC advises for UNAVAILABLE. 100000012 (HTTP body unreadable) is usually a broken connection and is treated the same."),
    (Guidance::SlowDown, "Concurrency and frequency limits. Retrying helps only after a backoff at a lower rate, or after ZEGO raises the quota, as gRPC advises for RESOURCE_EXHAUSTED."),
    (Guidance::Conflict, "The thing exists already, the request was superseded by a newer Sequence (as gRPC's ABORTED), or another instance uses the same AgentUserId. Repeating the request cannot succeed."),
    (Guidance::NotFound, "The agent, the instance or the user does not exist: deleted, never created, or not in the room."),
    (Guidance::WrongState, "The instance is listening or shutting down, the user has not started publishing, or the creator left the room. Like gRPC's FAILED_PRECONDITION, not retried until the state changes."),
    (Guidance::CheckAccount, "The service is not enabled for the app, a test account expired, the AppId has no secret or configuration, a digital human is not bound to the app, a provider account is in arrears. Only a change in the console or by ZEGO helps."),
    (Guidance::ContactSupport, "Faults ZEGO alone can diagnose (gateway authentication, IM, RTC room and stream failures, ASR): ZEGO asks for the Message field, so pass it on with the RequestId."),
    (Guidance::SeeMessage, "General events of the agent, the LLM and the TTS, whose Message carries the real cause (often the LLM or TTS provider's own error)."),
    (Guidance::Unknown, "Codes the catalog does not hold. Read the Message; do not retry blindly."),
];

pub fn codes_md(catalogs: &Catalogs) -> String {
    let mut out = super::banner("<!--", "data/*.toml").replace('\n', " -->\n");
    out.push_str(
        "\n# ZEGO server codes\n\nAI Agent's codes first, then every other ZEGO server product's.\n\n",
    );
    writeln!(
        out,
        "The catalog follows {}. \
         Texts are ZEGO's exactly as published; names, guidance and `since` are zego-codes'. \
         `since` is the first vendored revision listing the code: `2025-seed` is the table as published from 2025-08 to 2025-11. \
         A code marked **withdrawn** is one ZEGO's current Chinese page no longer lists: it stays in every API with its last published texts, \
         so code naming it keeps building and older servers' responses still explain themselves.\n",
        super::figures(catalogs)
    )
    .unwrap();
    out.push_str("## Guidance\n\nWhat a caller should do. `retryable` means the same request, sent again later (with at most a fresh signature), may succeed.\n\n");
    out.push_str(
        "| Guidance | Retryable | What to do | Why these codes | AI Agent's codes |\n| --- | --- | --- | --- | --- |\n",
    );
    for (g, why) in GUIDANCE_REASONS {
        let retry = if g.is_retryable() { "yes" } else { "no" };
        let codes = |catalog: &crate::catalog::Catalog| -> Vec<String> {
            catalog
                .entries
                .iter()
                .filter(|e| e.guidance == Some(*g))
                .map(|e| e.code.to_string())
                .collect()
        };
        let (returns, events) = (codes(&catalogs.returns), codes(&catalogs.events));
        let mut listed = returns.join(", ");
        if !events.is_empty() {
            listed = format!(
                "{listed}{}events {}",
                if listed.is_empty() { "" } else { "; " },
                events.join(", ")
            );
        }
        writeln!(
            out,
            "| `{}` | {retry} | {} | {why} | {listed} |",
            g.as_str(),
            g.summary_en()
        )
        .unwrap();
    }

    out.push_str(
        "\nEvery other product's codes follow the same reasons, and the rules below where a product needed one \
         they did not state (written before they were used; examples as `product:code`).\n\n\
         | Guidance | Rule | Examples |\n| --- | --- | --- |\n",
    );
    for rule in &catalogs.rules {
        writeln!(
            out,
            "| `{}` | {} | {} |",
            rule.guidance.as_str(),
            cell(&rule.rule),
            rule.examples.join(", ")
        )
        .unwrap();
    }

    out.push_str("\n## Return codes\n\nThe `Code` field of every AI Agent server API response.\n");
    for (category, title) in [
        (Category::Success, "Success"),
        (
            Category::Common,
            "Common gateway codes (shared by every ZEGO server product)",
        ),
        (Category::Business, "AI Agent business codes"),
    ] {
        writeln!(out, "\n### {title}\n").unwrap();
        let entries = catalogs
            .returns
            .entries
            .iter()
            .filter(|e| Category::of(e.code) == category);
        table(&mut out, entries);
    }
    out.push_str("\n## Callback exception event codes\n\n`Data.Code` of a callback whose `Event` is `\"Exception\"`.\n\n");
    table(&mut out, catalogs.events.entries.iter());
    products(&mut out, catalogs);
    out.push_str("\n¹ ZEGO's page in this language does not list the code; the text is zego-codes'.\n");
    out
}

/// Every other product: its pages, then its codes by kind and section, with the guidance
/// each got by the rules above.
fn products(out: &mut String, catalogs: &Catalogs) {
    let products = &catalogs.products;
    out.push_str(
        "\n## Every other ZEGO server product\n\n\
         Each product's name and its codes' constants in every language: [PRODUCTS.md](PRODUCTS.md). \
         A code is keyed by product, kind, section and number: the same number can mean different things in two products, \
         or in two sections of one product's page. The gateway codes (0 and 100000000-100000017) keep each product's own wording \
         and share AI Agent's name and guidance. `Cause` is the page's \"possible reasons\" column, where it has one.\n",
    );
    for (product, catalog) in products.each() {
        writeln!(out, "\n### {} ({})\n", product.name_en, product.name_zh).unwrap();
        let current: Vec<String> = catalogs
            .pages
            .pages
            .iter()
            .filter(|p| p.product == product.id && p.current)
            .map(|p| {
                let note = if p.placeholder { ", no codes yet" } else { "" };
                format!("{} {} page of {}{note}", p.kind.as_str(), p.lang, p.revision)
            })
            .collect();
        let ours = catalog
            .entries
            .iter()
            .filter(|e| e.ours[Lang::En as usize])
            .count();
        writeln!(
            out,
            "Product `{}`: {} codes, following ZEGO's {}. English written by zego-codes: {ours}.",
            product.id,
            catalog.entries.len(),
            current.join(", ")
        )
        .unwrap();
        for kind in crate::catalog::Kind::ALL {
            for (section, entries) in catalog.by_section(product, kind) {
                let kind_title = match kind {
                    crate::catalog::Kind::Return => "Return codes",
                    crate::catalog::Kind::Event => "Callback exception event codes",
                };
                match section {
                    Some(s) => writeln!(out, "\n#### {kind_title}: {} (section `{}`)\n", s.title_en, s.id),
                    None => writeln!(out, "\n#### {kind_title}\n"),
                }
                .unwrap();
                product_table(out, &entries);
            }
        }
    }
}

fn product_table(out: &mut String, entries: &[&crate::products::ProductEntry]) {
    let causes = entries
        .iter()
        .any(|e| e.texts.iter().any(|t| !t.cause.is_empty()));
    out.push_str(if causes {
        "| Code | Name | Message | Cause | Suggestion | Guidance | Since |\n| --- | --- | --- | --- | --- | --- | --- |\n"
    } else {
        "| Code | Name | Message | Suggestion | Guidance | Since |\n| --- | --- | --- | --- | --- | --- |\n"
    });
    for e in entries {
        let both = |f: fn(&crate::products::Texts) -> &str| {
            let [zh, en] = [Lang::Zh, Lang::En].map(|l| {
                let mark = if e.ours[l as usize] { " ¹" } else { "" };
                format!("{}{mark}", cell(f(&e.texts[l as usize])))
            });
            format!("{zh}<br>{en}")
        };
        let since = match &e.withdrawn {
            Some(w) => format!("{}, **withdrawn** {w}", e.since),
            None => e.since.clone(),
        };
        let cause = if causes {
            format!(" {} |", both(|t| &t.cause))
        } else {
            String::new()
        };
        writeln!(
            out,
            "| {} | `{}` | {} |{cause} {} | `{}` | {since} |",
            e.code,
            e.name,
            both(|t| &t.message),
            both(|t| &t.suggestion),
            e.guidance_name(),
        )
        .unwrap();
    }
}

fn table<'a>(out: &mut String, entries: impl Iterator<Item = &'a Entry>) {
    out.push_str(
        "| Code | Name | Message | Suggestion | Guidance | Since |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    for e in entries {
        let mark = |lang| if e.from_zego(lang) { "" } else { " ¹" };
        let (zh, en) = (mark(Lang::Zh), mark(Lang::En));
        let since = match &e.withdrawn {
            Some(w) => format!("{}, **withdrawn** {w}", e.since),
            None => e.since.clone(),
        };
        writeln!(
            out,
            "| {} | `{}` | {}{zh}<br>{}{en} | {}{zh}<br>{}{en} | `{}` | {since} |",
            e.code,
            e.name,
            cell(&e.message_zh),
            cell(&e.message_en),
            cell(&e.suggestion_zh),
            cell(&e.suggestion_en),
            e.guidance_name(),
        )
        .unwrap();
    }
}

use super::escape::md_cell as cell;

/// PRODUCTS.md: every product's names in every language, one row per product, each name
/// spelled by the model's functions the language's generator uses (model.rs), with the rule
/// per language above the table, spelled by the same functions over placeholders.
/// tests/docs/products_table.py checks every name of the table is defined in that language's
/// generated sources.
pub fn products_md(model: &Model) -> String {
    let mut out = super::banner("<!--", "data/products.toml").replace('\n', " -->\n");
    out.push_str(
        "\n# Product names in every language\n\n\
         Every binding names each ZEGO server product the catalog holds, and each product's codes. \
         The names are stable API: a product's id and words never change, and a new product adds a row. \
         The first product is the default every lookup answers for when none is named. \
         [CODES.md](CODES.md) lists every product's codes; each language's README shows a lookup by product.\n\n\
         ## The rule per language\n\n\
         `<id>` is the product's id (the first column), `<WORDS>` its words in UPPER_SNAKE, `<Words>` in UpperCamel, \
         `<words>` in lower_snake (the product's words are its id's, unless data/products.toml gives it `words`); \
         `<NAME>` is a code's name in UPPER_SNAKE, as in CODES.md. A name several sections of a product share is one constant.\n\n",
    );
    let placeholder = ModelProduct {
        id: "<id>".into(),
        upper: "<WORDS>".into(),
        camel: "<Words>".into(),
        default: false,
        name: [String::new(), String::new()],
        hosts: Vec::new(),
        sections: Vec::new(),
    };
    let p = &placeholder;
    let (r, e) = (Kind::Return, Kind::Event);
    let default = model.products.iter().find(|p| p.default);
    let rules = [
        (
            "Rust",
            "crate `zego_codes`".to_owned(),
            format!(
                "`Product::{}`; constants `products::{}` (return codes) and `products::{}` (callback event codes), each a `ProductCode` qualified by its section where the product's sections disagree on its number.",
                p.rust_variant(),
                p.rust_constant(r, "<NAME>"),
                p.rust_constant(e, "<NAME>")
            ),
        ),
        (
            "C",
            "`zego_codes.h`".to_owned(),
            format!(
                "`{}`, an enumerator of `zego_product_t`; constants `{}` and `{}`, plain `uint32_t` codes.",
                p.c_enumerator(),
                p.c_constant(r, "<NAME>"),
                p.c_constant(e, "<NAME>")
            ),
        ),
        (
            "C++",
            "`zego_codes.hpp`, namespace `zego::codes`".to_owned(),
            format!(
                "`Product::{}`, an `enum class`; per product the namespace `{}` with `enum class {}` and, where it has callback event codes, `enum class {}`, whose enumerators are the names in lower_snake (`{}`), and its error category `{}::category()`.",
                p.cpp_enumerator(),
                p.cpp_namespace(),
                ModelProduct::cpp_enum(r),
                ModelProduct::cpp_enum(e),
                ModelProduct::cpp_constant("<NAME>"),
                p.cpp_namespace()
            ),
        ),
        (
            "Python",
            "package `zego_codes`".to_owned(),
            format!(
                "`Product.{}`, an `Enum` member whose value is the id; per product the enums `{}` and `{}` (where it has callback event codes), members `<NAME>`.",
                p.python_member(),
                p.python_class(r),
                p.python_class(e)
            ),
        ),
        (
            "Java",
            "package `zegocodes`".to_owned(),
            format!(
                "`Product.{}`, an enum constant; per product the enums `{}` and `{}` (where it has callback event codes), constants `<NAME>`{}.",
                p.java_constant(),
                p.java_class(r),
                p.java_class(e),
                default.map_or(String::new(), |d| format!(
                    "; the default product's are `{}` and `{}`",
                    d.java_class(r),
                    d.java_class(e)
                ))
            ),
        ),
        (
            "Go",
            "package `zegocodes`".to_owned(),
            format!(
                "`{}`, a typed constant of `Product`; `ProductCode` constants `{}<GoName>` and `{}<GoName>`, where `<GoName>` is the name as AI Agent's `Code` constants spell it (UpperCamel words, initialisms such as `ID` and `LLM` kept).",
                p.go_constant(),
                p.go_prefix(r),
                p.go_prefix(e)
            ),
        ),
        (
            "TypeScript",
            "package `zego-codes`".to_owned(),
            format!(
                "`Product.{}` in the frozen object `Product`, whose value is the id (the string union `ProductId`); the codes in the frozen objects `{}.{}.<NAME>` and `{}.{}.<NAME>`.",
                p.ts_key(),
                ModelProduct::ts_object(r),
                p.ts_key(),
                ModelProduct::ts_object(e),
                p.ts_key()
            ),
        ),
    ];
    for (lang, from, rule) in &rules {
        writeln!(out, "- **{lang}** ({from}): {rule}").unwrap();
    }
    out.push_str(
        "\n## Every product\n\n\
         Each language's cell: the product's value; its typed constants (prefix, namespace, enum or object; \
         the return codes' first, then the callback event codes' where the product has them); one constant as an example.\n\n\
         | Id | Product | Rust | C | C++ | Python | Java | Go | TypeScript |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for (i, product) in model.products.iter().enumerate() {
        let kinds: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|&k| !model.family(i, k).entries.is_empty())
            .collect();
        // The example: the first named code other than success, of the return codes if any.
        let example = kinds.iter().find_map(|&k| {
            let named = super::ffi_products::named_entries(&model.family(i, k).entries);
            named
                .iter()
                .find(|e| e.code != 0)
                .or(named.first())
                .map(|e| (k, e.name.clone()))
        });
        // The example in every language, in the order of the table's columns.
        let examples: Vec<String> = match &example {
            Some((k, name)) => product
                .code_names(*k, name)
                .into_iter()
                .map(|(_, n)| format!("e.g. `{n}`"))
                .collect(),
            None => vec!["—".to_owned(); 7],
        };
        let held = |f: &dyn Fn(Kind) -> String| -> String {
            if kinds.is_empty() {
                "—".to_owned()
            } else {
                kinds
                    .iter()
                    .map(|&k| format!("`{}`", f(k)))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let p = product;
        let cells = [
            (
                format!("Product::{}", p.rust_variant()),
                held(&|k| match k {
                    Kind::Return => format!("products::{}", p.rust_module()),
                    Kind::Event => format!("products::{}::events", p.rust_module()),
                }),
            ),
            (p.c_enumerator(), held(&|k| p.c_prefix(k))),
            (
                format!("Product::{}", p.cpp_enumerator()),
                held(&|k| format!("{}::{}", p.cpp_namespace(), ModelProduct::cpp_enum(k))),
            ),
            (
                format!("Product.{}", p.python_member()),
                held(&|k| p.python_class(k)),
            ),
            (
                format!("Product.{}", p.java_constant()),
                held(&|k| p.java_class(k)),
            ),
            (p.go_constant(), held(&|k| p.go_prefix(k))),
            (
                format!("Product.{}", p.ts_key()),
                held(&|k| format!("{}.{}", ModelProduct::ts_object(k), p.ts_key())),
            ),
        ];
        write!(
            out,
            "| `{}` | {} ({}) |",
            p.id,
            cell(&p.name[1]),
            cell(&p.name[0])
        )
        .unwrap();
        for ((value, held), example) in cells.into_iter().zip(examples) {
            write!(out, " `{value}`<br>{held}<br>{example} |").unwrap();
        }
        out.push('\n');
    }
    out
}
