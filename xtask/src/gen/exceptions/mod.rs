//! The error class of each guidance, in every language: Java's exceptions (thrown by
//! `ZegoCodes.check`), Python's (raised by `raise_for_code` and `check_response`), Go's
//! sentinels (which `errors.Is` matches the `*Error` of `Check` against) and Node's classes
//! (thrown by `check`). The map is written here once; `langs.rs` writes what each language
//! needs from it, `readme.rs` each README's table, and `tests/error-classes.tsv` gives every
//! language's suite the names it must raise.

mod langs;
mod readme;

use std::path::Path;

use zego_codes::Guidance;

use super::Output;

/// Whether Java and Python have a class of their own for a guidance.
#[derive(Clone, Copy, PartialEq, Eq)]
enum JavaPython {
    /// `<stem>Exception`, `<stem>Error`.
    Own,
    /// The base class, `ZegoException`, `ZegoError`. Java and Python have one class per kind
    /// of handling, and a guidance that asks nothing of the caller beyond reading the message
    /// (which every error carries) is no kind of its own there. Go and Node named a sentinel
    /// and a class for every guidance when they landed (Go's `errors.Is` tells guidance apart
    /// by sentinel only), and a landed name is never removed: so these rows differ on purpose.
    /// No alias would make Node agree: the name Java and Python use is the base class itself.
    Base,
}

/// One guidance's error class.
struct Row {
    guidance: Guidance,
    /// The name every language builds its own from (see [`Lang`]).
    stem: &'static str,
    java_python: JavaPython,
    /// What a code of the guidance is, as a noun phrase: the doc comments and the READMEs.
    means: &'static str,
    /// What the caller does about it, when there is more to say than `means`.
    then: &'static str,
}

/// The map, in the order of the READMEs' tables: the guidance that ask something of the
/// caller first, the unknown code last.
const MAP: [Row; 12] = [
    Row {
        guidance: Guidance::FixRequest,
        stem: "InvalidRequest",
        java_python: JavaPython::Own,
        means: "a wrong request",
        then: "fix it; sending it unchanged fails again",
    },
    Row {
        guidance: Guidance::RenewSignature,
        stem: "Signature",
        java_python: JavaPython::Own,
        means: "an expired signature",
        then: "sign again, then retry",
    },
    Row {
        guidance: Guidance::RetryLater,
        stem: "ServiceUnavailable",
        java_python: JavaPython::Own,
        means: "a transient failure inside ZEGO",
        then: "retry with backoff",
    },
    Row {
        guidance: Guidance::SlowDown,
        stem: "RateLimit",
        java_python: JavaPython::Own,
        means: "a rate or concurrency limit",
        then: "back off and retry at a lower rate",
    },
    Row {
        guidance: Guidance::Conflict,
        stem: "Conflict",
        java_python: JavaPython::Own,
        means: "a request that already exists or was superseded",
        then: "do not repeat it",
    },
    Row {
        guidance: Guidance::NotFound,
        stem: "NotFound",
        java_python: JavaPython::Own,
        means: "a target that does not exist",
        then: "",
    },
    Row {
        guidance: Guidance::WrongState,
        stem: "WrongState",
        java_python: JavaPython::Own,
        means: "a target whose state forbids the operation",
        then: "retry after it changes",
    },
    Row {
        guidance: Guidance::CheckAccount,
        stem: "Account",
        java_python: JavaPython::Own,
        means: "an account or service setup problem",
        then: "fix it in the console or with ZEGO",
    },
    Row {
        guidance: Guidance::ContactSupport,
        stem: "ContactSupport",
        java_python: JavaPython::Own,
        means: "a fault only ZEGO can diagnose",
        then: "send them the request ID",
    },
    Row {
        guidance: Guidance::SeeMessage,
        stem: "SeeMessage",
        java_python: JavaPython::Base,
        means: "a general code whose reason is only in the response's message",
        then: "",
    },
    Row {
        guidance: Guidance::NoAction,
        stem: "NoAction",
        java_python: JavaPython::Base,
        means: "a non-zero code that asks nothing of the caller",
        then: "",
    },
    Row {
        guidance: Guidance::Unknown,
        stem: "UnknownCode",
        java_python: JavaPython::Own,
        means: "a code the catalog does not hold",
        then: "read the message, do not retry blindly",
    },
];

/// The languages, each with its own naming convention (the reasons are on the variants).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    /// `<stem>Exception`, base `ZegoException`: Java names a Throwable's subclass so.
    Java,
    /// `<stem>Error`, base `ZegoError`: PEP 8 names exceptions that are errors so.
    Python,
    /// `Err<stem>`: Go names its sentinel errors so (`io.ErrUnexpectedEOF`). Go's `Check`
    /// returns one type, `*Error`, that `errors.Is` matches against the sentinel of its
    /// guidance; there is no base sentinel, so every guidance has one.
    Go,
    /// `<stem>Error`, base `ZegoError`, as JavaScript's own errors (`TypeError`); a class for
    /// every guidance (see [`JavaPython::Base`]).
    Node,
}

impl Lang {
    const ALL: [Lang; 4] = [Lang::Java, Lang::Python, Lang::Go, Lang::Node];

    /// The class (or sentinel) that reports a code of `row`'s guidance.
    fn class(self, row: &Row) -> String {
        match (self, row.java_python) {
            (Lang::Java, JavaPython::Own) => format!("{}Exception", row.stem),
            (Lang::Java, JavaPython::Base) => "ZegoException".to_owned(),
            (Lang::Python, JavaPython::Own) => format!("{}Error", row.stem),
            (Lang::Python, JavaPython::Base) => "ZegoError".to_owned(),
            (Lang::Go, _) => format!("Err{}", row.stem),
            (Lang::Node, _) => format!("{}Error", row.stem),
        }
    }
}

/// The row of `guidance`. The core's enum is non_exhaustive: a guidance it adds fails every
/// `cargo xtask gen` until its row is written in MAP.
fn row(guidance: Guidance) -> &'static Row {
    MAP.iter().find(|r| r.guidance == guidance).unwrap_or_else(|| {
        panic!("xtask/src/gen/exceptions/mod.rs: choose the error class of guidance {guidance:?} in MAP")
    })
}

/// `means`, then `then` after a colon where there is one: "a rate or concurrency limit: back
/// off and retry at a lower rate".
fn sentence(row: &Row) -> String {
    if row.then.is_empty() {
        row.means.to_owned()
    } else {
        format!("{}: {}", row.means, row.then)
    }
}

pub fn outputs(root: &Path) -> Result<Vec<Output>, String> {
    for g in Guidance::ALL {
        row(g);
    }
    let mut out = langs::outputs();
    out.extend(readme::outputs(root)?);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guidance_has_one_row_and_every_language_one_name_per_row() {
        assert_eq!(MAP.len(), Guidance::ALL.len());
        for g in Guidance::ALL {
            assert_eq!(MAP.iter().filter(|r| r.guidance == g).count(), 1, "{g:?}");
        }
        for lang in [Lang::Go, Lang::Node] {
            let mut names: Vec<String> = MAP.iter().map(|r| lang.class(r)).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), MAP.len(), "Go and Node name every guidance apart");
        }
    }
}
