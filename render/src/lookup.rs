//! The lookup of codes by number or name: each in detail (or as a JSON line), and on the error
//! stream why a code is unknown, pointing at the other catalog when it holds the query. A
//! lookup answers for AI Agent (and names the other products that define the code
//! differently), for one product (and section), or for every product.

use std::fmt;
use std::io::{self, Write};

use zego_codes::{
    definitions, CatalogCode, Code, EventCode, Family, Lang, Meaning, Product, ProductCode, Section,
};

use crate::product::{others_text, Scope};
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
/// query is a known code; an unknown number is still printed. AI Agent answers, as
/// [`lookup_in`] with [`Scope::Default`].
pub fn lookup(
    out: &mut impl Write,
    err: &mut impl Write,
    events: bool,
    queries: &[Query],
    json: bool,
    lang: Lang,
) -> io::Result<bool> {
    lookup_in(out, err, Scope::Default, events, queries, json, lang)
}

/// [`lookup`] for the product `scope` names:
/// - [`Scope::Default`]: AI Agent's answer, in text followed by one line naming the other
///   products that define the code differently (JSON gets no such line);
/// - [`Scope::Product`]: that product's (and section's) answer with its product and section;
///   a code the product's sections define differently is said to be ambiguous, followed by
///   each section's meaning (in JSON, one object per meaning); an unknown code gets the
///   product's generic text;
/// - [`Scope::AllProducts`]: every product's and section's meaning; nothing for a code no
///   product defines, which counts as unknown.
///
/// A section of the other family is the caller's to refuse ([`Scope::check_family`]).
pub fn lookup_in(
    out: &mut impl Write,
    err: &mut impl Write,
    scope: Scope,
    events: bool,
    queries: &[Query],
    json: bool,
    lang: Lang,
) -> io::Result<bool> {
    let mut printer = Printer {
        json,
        lang,
        first: true,
    };
    let mut all_known = true;
    for query in queries {
        all_known &= match scope {
            Scope::Default => aiagent(out, err, &mut printer, events, query)?,
            Scope::Product(product, section) => {
                in_product(out, err, &mut printer, product, section, events, query)?
            }
            Scope::AllProducts => in_all_products(out, err, &mut printer, events, query)?,
        };
    }
    Ok(all_known)
}

/// Writes entries in detail, a blank line between two, or as JSON lines.
struct Printer {
    json: bool,
    lang: Lang,
    first: bool,
}

impl Printer {
    fn entry(&mut self, out: &mut impl Write, e: &CodeView) -> io::Result<()> {
        if self.json {
            json::write_entry(out, e)?;
            return out.write_all(b"\n");
        }
        if !self.first {
            out.write_all(b"\n")?;
        }
        self.first = false;
        show::write_detail(out, e, self.lang)
    }
}

fn kind(events: bool) -> &'static str {
    if events {
        "event code"
    } else {
        "return code"
    }
}

fn family(events: bool) -> Family {
    if events {
        Family::Event
    } else {
        Family::Return
    }
}

/// AI Agent's answer, as before products, and in text the line naming the others.
fn aiagent(
    out: &mut impl Write,
    err: &mut impl Write,
    printer: &mut Printer,
    events: bool,
    query: &Query,
) -> io::Result<bool> {
    let kind = kind(events);
    let found = if events {
        find::<EventCode>(query)
    } else {
        find::<Code>(query)
    };
    let Some(entry) = found else {
        writeln!(
            err,
            "zego-codes: no {kind} is named {query}{}",
            other_catalog_hint(query, events)
        )?;
        return Ok(false);
    };
    if !entry.known() {
        writeln!(
            err,
            "zego-codes: {} is not a known {kind}{}",
            entry.code,
            other_catalog_hint(query, events)
        )?;
    }
    printer.entry(out, &entry)?;
    if !printer.json {
        if let Some(others) = others_text(family(events), entry.code, entry.name, printer.lang) {
            let event = if events { "event " } else { "" };
            let command = format!("zego-codes {event}--all-products {}", entry.code);
            show::write_also(out, &others, &command, printer.lang)?;
        }
    }
    Ok(entry.known())
}

/// `product/section`, or the product alone.
fn place(product: Product, section: Option<Section>) -> String {
    match section {
        Some(s) => s.to_string(),
        None => product.id().to_owned(),
    }
}

/// The entry of `product` (in `section`, if given) named `name`. Names are unique within a
/// product and family, except that sections agreeing on a code share its name (RTC's
/// `SUCCESS`): the unqualified lookup answers for those, as for the number.
fn named(product: Product, section: Option<Section>, family: Family, name: &str) -> Option<ProductCode> {
    let m = product
        .meanings(family)
        .iter()
        .find(|m| m.name().as_str() == name)?;
    match section {
        Some(s) => Some(s.code(m.code())).filter(|pc| pc.name() == Some(name)),
        None => {
            let unqualified = ProductCode::of(product, family, m.code());
            Some(if unqualified.is_ambiguous() {
                m.product_code()
            } else {
                unqualified
            })
        }
    }
}

/// One product's (and section's) answer.
fn in_product(
    out: &mut impl Write,
    err: &mut impl Write,
    printer: &mut Printer,
    product: Product,
    section: Option<Section>,
    events: bool,
    query: &Query,
) -> io::Result<bool> {
    let (kind, family) = (kind(events), family(events));
    let place = place(product, section);
    let pc = match query {
        Query::Number(n) => match section {
            Some(s) => s.code(*n),
            None => ProductCode::of(product, family, *n),
        },
        Query::Name(name) => match named(product, section, family, name) {
            Some(pc) => pc,
            None => {
                writeln!(
                    err,
                    "zego-codes: {place} has no {kind} named {query}{}",
                    product_other_family_hint(product, query, events)
                )?;
                return Ok(false);
            }
        },
    };
    if !pc.is_known() {
        writeln!(
            err,
            "zego-codes: {} is not a known {kind} of {place}{}",
            pc.get(),
            product_other_family_hint(product, query, events)
        )?;
    }
    if !pc.is_ambiguous() {
        printer.entry(out, &CodeView::of_product(pc))?;
        return Ok(pc.is_known());
    }
    let meanings = pc.meanings();
    if !printer.json {
        printer.entry(out, &CodeView::of_product(pc))?;
        show::write_sections(out, meanings, printer.lang)?;
    }
    for m in meanings {
        printer.entry(out, &CodeView::of_meaning(m))?;
    }
    Ok(true)
}

/// Every product's and section's meaning of the query.
fn in_all_products(
    out: &mut impl Write,
    err: &mut impl Write,
    printer: &mut Printer,
    events: bool,
    query: &Query,
) -> io::Result<bool> {
    let (kind, family) = (kind(events), family(events));
    let meanings: Vec<&'static Meaning> = match query {
        Query::Number(n) => definitions(family, *n).collect(),
        Query::Name(name) => Product::ALL
            .iter()
            .flat_map(|p| p.meanings(family))
            .filter(|m| m.name().as_str() == name)
            .collect(),
    };
    if meanings.is_empty() {
        match query {
            Query::Number(n) => writeln!(err, "zego-codes: no product defines {kind} {n}")?,
            Query::Name(_) => writeln!(err, "zego-codes: no product has a {kind} named {query}")?,
        }
        return Ok(false);
    }
    for m in meanings {
        printer.entry(out, &CodeView::of_meaning(m))?;
    }
    Ok(true)
}

/// Points at the product's other family when it holds the query: ASR's event 1001 asked as
/// a return code.
fn product_other_family_hint(product: Product, query: &Query, events: bool) -> String {
    let (other, other_kind, command) = if events {
        (Family::Return, "return code", "")
    } else {
        (Family::Event, "event code", "event ")
    };
    let name = match query {
        Query::Number(n) => ProductCode::of(product, other, *n)
            .meanings()
            .first()
            .map(|m| m.name()),
        Query::Name(s) => product
            .meanings(other)
            .iter()
            .find(|m| m.name().as_str() == s)
            .map(|m| m.name()),
    };
    match name {
        Some(name) => format!(" ({other_kind} {name}: try zego-codes {command}--product {product} {query})"),
        None => String::new(),
    }
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
