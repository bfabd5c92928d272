//! Which exception each guidance raises, for Java (`<stem>Exception`, thrown by
//! `ZegoCodes.check`) and Python (`<stem>Error`, raised by `raise_for_code`): the pairing is
//! written here once. The classes themselves are hand-written in each language; a test of each
//! language's suite raises every guidance's class.

use std::fmt::Write as _;

use zego_codes::Guidance;

use super::Output;

/// The stem of the exception class of `guidance`; None: the base class (`ZegoException`,
/// `ZegoError`), for guidance that asks nothing more specific than the message.
fn stem(guidance: Guidance) -> Option<&'static str> {
    match guidance {
        Guidance::Unknown => Some("UnknownCode"),
        Guidance::FixRequest => Some("InvalidRequest"),
        Guidance::RenewSignature => Some("Signature"),
        Guidance::RetryLater => Some("ServiceUnavailable"),
        Guidance::SlowDown => Some("RateLimit"),
        Guidance::Conflict => Some("Conflict"),
        Guidance::NotFound => Some("NotFound"),
        Guidance::WrongState => Some("WrongState"),
        Guidance::CheckAccount => Some("Account"),
        Guidance::ContactSupport => Some("ContactSupport"),
        Guidance::NoAction | Guidance::SeeMessage => None,
        // The core's enum is non_exhaustive: a new guidance needs its class chosen here.
        other => panic!("xtask/src/gen/exceptions.rs: choose the exception of guidance {other:?}"),
    }
}

const JAVA_TEMPLATE: &str = include_str!("../../../java/templates/Exceptions.java.in");

pub fn outputs() -> Vec<Output> {
    vec![
        Output {
            path: "java/src/generated/java/zegocodes/Exceptions.java",
            text: java(),
        },
        Output {
            path: "python/zego_codes/_generated/exceptions.py",
            text: python(),
        },
    ]
}

fn java() -> String {
    let (mut cases, mut product_cases) = (String::new(), String::new());
    for g in Guidance::ALL {
        if let Some(stem) = stem(g) {
            let constant = g.as_str().to_uppercase();
            writeln!(cases, "            case {constant}:\n                return new {stem}Exception(code, message, requestId, lang);").unwrap();
            writeln!(product_cases, "            case {constant}:\n                return new {stem}Exception(product, code, message, requestId, lang);").unwrap();
        }
    }
    super::keep_blocks(JAVA_TEMPLATE, |_| true)
        .replace(
            "@BANNER@\n",
            &super::banner(
                "//",
                "java/templates/Exceptions.java.in and xtask/src/gen/exceptions.rs",
            ),
        )
        .replace("@CASES@\n", &cases)
        .replace("@PRODUCT_CASES@\n", &product_cases)
}

fn python() -> String {
    let mut out = super::banner("#", "xtask/src/gen/exceptions.rs");
    out.push_str("\"\"\"The exception class of each guidance, by the core's snake name: `raise_for_code` raises\n`<stem>Error`; a guidance not listed raises `ZegoError` itself.\"\"\"\n\nSTEMS = {\n");
    for g in Guidance::ALL {
        if let Some(stem) = stem(g) {
            writeln!(out, "    {:?}: {stem:?},", g.as_str()).unwrap();
        }
    }
    out.push_str("}\n");
    out
}
