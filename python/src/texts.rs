//! Every text the module hands out, built once as Python strings at import, so a lookup
//! returns a new reference to an existing `str` instead of decoding UTF-8 on every call.
//!
//! The tables follow the core's own indices: a known code's [`CatalogCode::index`], an
//! unknown code's [`CodeCategory::value`], whose texts are the category's
//! ([`CodeCategory::unknown_message`]). Nothing here guesses at the core's layout.

use pyo3::exceptions::PySystemError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use zego_codes::{CatalogCode, Code, CodeCategory, EventCode, Lang};

/// A text of a code, in the order of the cached slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    MessageZh = 0,
    MessageEn = 1,
    SuggestionZh = 2,
    SuggestionEn = 3,
}

impl Field {
    pub const fn message(lang: Lang) -> Field {
        match lang {
            Lang::Zh => Field::MessageZh,
            Lang::En => Field::MessageEn,
        }
    }

    pub const fn suggestion(lang: Lang) -> Field {
        match lang {
            Lang::Zh => Field::SuggestionZh,
            Lang::En => Field::SuggestionEn,
        }
    }
}

/// The four texts in [`Field`] order, from the core's message and suggestion functions.
fn four(
    py: Python<'_>,
    message: impl Fn(Lang) -> zego_codes::Text,
    suggestion: impl Fn(Lang) -> zego_codes::Text,
) -> [Py<PyString>; 4] {
    let s = |t: zego_codes::Text| PyString::new(py, &t).unbind();
    [
        s(message(Lang::Zh)),
        s(message(Lang::En)),
        s(suggestion(Lang::Zh)),
        s(suggestion(Lang::En)),
    ]
}

/// The strings of one family.
struct Strings {
    /// Indexed by [`CatalogCode::index`]: the four texts of [`Field`].
    known: Box<[[Py<PyString>; 4]]>,
    /// Indexed like `known`: the symbolic name.
    names: Box<[Py<PyString>]>,
    /// Indexed by [`CodeCategory::value`]: the texts every unknown code of a category shares.
    unknown: Box<[[Py<PyString>; 4]]>,
}

impl Strings {
    fn build<C: CatalogCode>(py: Python<'_>) -> Strings {
        let known = C::infos()
            .iter()
            .map(|i| four(py, |l| i.message(l), |l| i.suggestion(l)))
            .collect();
        let names = C::infos()
            .iter()
            .map(|i| PyString::new(py, &i.name()).unbind())
            .collect();
        let unknown = C::Category::ALL
            .iter()
            .map(|&c| four(py, |l| c.unknown_message(l), |l| c.unknown_suggestion(l)))
            .collect();
        Strings {
            known,
            names,
            unknown,
        }
    }
}

/// Indexed by [`zego_codes::Family`]. Filled by [`init`] at import: built first, then set, so no Python
/// object is made while a once-lock is held (a second builder, were there one, loses the
/// race harmlessly).
static STRINGS: PyOnceLock<[Strings; 2]> = PyOnceLock::new();

/// Builds every cached string; the module does it at import so no call pays for it.
pub fn init(py: Python<'_>) {
    if STRINGS.get(py).is_none() {
        let built = [Strings::build::<Code>(py), Strings::build::<EventCode>(py)];
        let _ = STRINGS.set(py, built);
    }
}

#[inline(always)]
fn strings<C: CatalogCode>(py: Python<'_>) -> PyResult<&Strings> {
    let all = STRINGS
        .get(py)
        .ok_or_else(|| PySystemError::new_err("zego_codes._native: strings not built at import"))?;
    all.get(C::FAMILY as usize).ok_or_else(missing)
}

/// The tables are built from the core's own lists, so an index outside them is a bug.
fn missing() -> PyErr {
    PySystemError::new_err("zego_codes._native: a code's text is missing (a bug: please report it)")
}

/// The cached `str` of `field` for `code`, known or not.
#[inline(always)]
pub fn text<'py, C: CatalogCode>(py: Python<'py>, code: C, field: Field) -> PyResult<Bound<'py, PyString>> {
    let strings = strings::<C>(py)?;
    let texts = match code.index() {
        Some(i) => strings.known.get(i),
        None => strings.unknown.get(code.category().value() as usize),
    };
    let text = texts.map(|t| &t[field as usize]).ok_or_else(missing)?;
    Ok(text.bind(py).clone())
}

/// The cached symbolic name of `code`, or `None` if unknown.
pub fn name<'py, C: CatalogCode>(py: Python<'py>, code: C) -> PyResult<Option<Bound<'py, PyString>>> {
    let Some(i) = code.index() else {
        return Ok(None);
    };
    let name = strings::<C>(py)?.names.get(i).ok_or_else(missing)?;
    Ok(Some(name.bind(py).clone()))
}
