//! The lookup of codes by number or name: each in detail (or as a JSON line), and on the error
//! stream why a code is unknown, pointing at the other catalog when it holds the query.

use std::fmt;
use std::io::{self, Write};

use zego_codes::{CatalogCode, Code, EventCode, Lang};

use crate::view::CodeView;
use crate::{json, show};

/// One CODE argument: a number or a symbolic name.
#[derive(Debug, PartialEq, Eq)]
pub enum Query {
    Number(u32),
    Name(String),
}

/// Why an argument is not a code. `Display` gives the text printed after `zego-codes: `.
#[derive(Debug, PartialEq, Eq)]
pub enum QueryError {
    /// `-1`: a number below 0.
    Negative(String),
    /// Digits past 4294967295.
    OutOfRange(String),
    /// Neither digits nor an UPPER_SNAKE name.
    NotACode(String),
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::Negative(t) => write!(f, "'{t}' is not a code: codes are 0 to {}", u32::MAX),
            QueryError::OutOfRange(t) => write!(f, "'{t}' is out of range: codes are 0 to {}", u32::MAX),
            QueryError::NotACode(t) => write!(f, "'{t}' is neither a command nor a code"),
        }
    }
}

/// Whether `text` is `-` and digits: a negative number, not an option.
pub fn is_negative_number(text: &str) -> bool {
    text.len() > 1 && text.starts_with('-') && text[1..].bytes().all(|b| b.is_ascii_digit())
}

impl Query {
    /// A number in 0 to 4294967295, or a name: an ASCII upper-case letter, then upper-case
    /// letters, digits and underscores.
    pub fn parse(text: &str) -> Result<Query, QueryError> {
        if is_negative_number(text) {
            return Err(QueryError::Negative(text.to_owned()));
        }
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            return text
                .parse::<u32>()
                .map(Query::Number)
                .map_err(|_| QueryError::OutOfRange(text.to_owned()));
        }
        let is_name = text.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if is_name {
            Ok(Query::Name(text.to_owned()))
        } else {
            Err(QueryError::NotACode(text.to_owned()))
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Query::Number(n) => write!(f, "{n}"),
            Query::Name(s) => f.write_str(s),
        }
    }
}

/// Prints every query of one family (event codes if `events`) to `out`, in detail in `lang`
/// or as one JSON object per line, and to `err` why a query is unknown. Returns whether every
/// query is a known code; an unknown number is still printed.
pub fn lookup(
    out: &mut impl Write,
    err: &mut impl Write,
    events: bool,
    queries: &[Query],
    json: bool,
    lang: Lang,
) -> io::Result<bool> {
    let kind = if events { "event code" } else { "return code" };
    let mut all_known = true;
    let mut first = true;
    for query in queries {
        let found = if events {
            find::<EventCode>(query)
        } else {
            find::<Code>(query)
        };
        let Some(entry) = found else {
            all_known = false;
            writeln!(
                err,
                "zego-codes: no {kind} is named {query}{}",
                other_catalog_hint(query, events)
            )?;
            continue;
        };
        if !entry.known() {
            all_known = false;
            writeln!(
                err,
                "zego-codes: {} is not a known {kind}{}",
                entry.code,
                other_catalog_hint(query, events)
            )?;
        }
        if json {
            json::write_entry(out, &entry)?;
            out.write_all(b"\n")?;
        } else {
            if !first {
                out.write_all(b"\n")?;
            }
            show::write_detail(out, &entry, lang)?;
        }
        first = false;
    }
    Ok(all_known)
}

/// The code of family `C` that `query` numbers (known or not) or names.
fn find<C: CatalogCode>(query: &Query) -> Option<CodeView> {
    match query {
        Query::Number(n) => Some(CodeView::of(C::new(*n))),
        Query::Name(name) => C::from_name(name).map(CodeView::of),
    }
}

/// The name of the code of family `C` that `query` numbers or names, if `C` holds it.
fn known_name<C: CatalogCode>(query: &Query) -> Option<&'static str> {
    match query {
        Query::Number(n) => C::from_known(*n).and_then(|c| c.name()),
        Query::Name(s) => C::from_name(s).and_then(|c| c.name()),
    }
}

/// Points at the other catalog when the query is known there: 1201 asked as a return code.
fn other_catalog_hint(query: &Query, events: bool) -> String {
    let other = if events {
        known_name::<Code>(query)
    } else {
        known_name::<EventCode>(query)
    };
    match (other, events) {
        (Some(name), false) => format!(" (event code {name}: try zego-codes event {query})"),
        (Some(name), true) => format!(" (return code {name}: try zego-codes {query})"),
        (None, _) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_numbers_or_names() {
        assert_eq!(Query::parse("4294967295"), Ok(Query::Number(u32::MAX)));
        assert_eq!(
            Query::parse("SIGNATURE_EXPIRED"),
            Ok(Query::Name("SIGNATURE_EXPIRED".into()))
        );
        assert_eq!(Query::parse("-1"), Err(QueryError::Negative("-1".into())));
        assert_eq!(
            Query::parse("4294967296"),
            Err(QueryError::OutOfRange("4294967296".into()))
        );
        for text in ["", "signature_expired", "_A", "A-B", "１２"] {
            assert_eq!(
                Query::parse(text),
                Err(QueryError::NotACode(text.into())),
                "{text:?}"
            );
        }
    }
}
