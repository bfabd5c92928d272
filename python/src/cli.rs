//! `python -m zego_codes`: a lookup printed by the renderer of the `zego-codes` command, so
//! the two print the same bytes. The Python side reads the options; everything after is here.

use std::collections::HashMap;
use std::ffi::OsString;

use pyo3::prelude::*;
use zego_codes::{Family, Lang};
use zego_codes_render::{lang, lookup_in, Query, Scope};

/// Runs a lookup of `queries` (event codes if `events`), in detail in the language `lang`
/// (`"zh"`, `"en"`, or None to choose from `env`, the environment) or as JSON lines, for the
/// product `product` (an id; its section `section`), every product (`all_products`) or, with
/// neither, AI Agent as before. Returns the standard output, the standard error and the exit
/// status: 0 every code is known, 1 some code is unknown, 2 a usage error (an unknown product
/// or section, a query that is not a code, a bad ZEGO_CODES_LANG), with the command's words.
#[pyfunction]
#[pyo3(signature = (queries, events, json, lang, env, product=None, section=None, all_products=false))]
#[allow(clippy::too_many_arguments)]
fn run_lookup(
    queries: Vec<String>,
    events: bool,
    json: bool,
    lang: Option<&str>,
    env: HashMap<String, String>,
    product: Option<&str>,
    section: Option<&str>,
    all_products: bool,
) -> PyResult<(String, String, u8)> {
    let usage = |msg: String| Ok((String::new(), format!("zego-codes: {msg}\n"), 2));
    let family = if events { Family::Event } else { Family::Return };
    let scope =
        match Scope::parse(product, section, all_products).and_then(|s| s.check_family(family).map(|()| s)) {
            Ok(scope) => scope,
            Err(e) => return usage(e),
        };
    // The caller has read `--lang` already: another value is its mistake, not the user's.
    let flag = lang
        .map(|l| {
            l.parse::<Lang>()
                .map_err(|_| pyo3::exceptions::PyValueError::new_err(format!("lang {l:?}")))
        })
        .transpose()?;
    let lang = match lang::choose(flag, |name| env.get(name).map(OsString::from)) {
        Ok(lang) => lang,
        Err(e) => return usage(e),
    };
    let queries = match queries
        .iter()
        .map(|q| Query::parse(q))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(queries) => queries,
        Err(e) => return usage(e.to_string()),
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let all_known = lookup_in(&mut out, &mut err, scope, events, &queries, json, lang)?;
    let text = |bytes: Vec<u8>| {
        String::from_utf8(bytes).map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    };
    Ok((text(out)?, text(err)?, if all_known { 0 } else { 1 }))
}

/// The products part of the usage: each product's id and name, its sections; from the core,
/// as the command's `--help`.
#[pyfunction]
fn cli_products_help() -> String {
    zego_codes_render::product::products_help(19)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(run_lookup, m)?)?;
    m.add_function(wrap_pyfunction!(cli_products_help, m)?)
}
