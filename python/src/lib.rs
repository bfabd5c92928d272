//! `zego_codes._native`: the Rust core of the Python package `zego_codes`.
//!
//! The hot lookups (`message`, `suggestion`, `name`, `is_known`, ...) are hand-written CPython
//! functions in [`fast`]; the rest are ordinary pyo3 functions that the package's Python code
//! wraps. Every list the Python side shows (codes, guidance kinds, categories) comes from here,
//! so the package never keeps a table of its own.

mod args;
mod cli;
mod fast;
mod products;
mod texts;

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};
use zego_codes::{CatalogCode, Category, Code, CodeCategory, EventCategory, EventCode, Guidance, Lang};

use texts::Field;

/// Everything the catalog says about a code, as the tuple `CodeInfo` is built from:
/// `(code, name, known, message_zh, message_en, suggestion_zh, suggestion_en, guidance,
/// category, since, english_from_zego, withdrawn)`; texts of unknown codes are the generic ones.
type Row<'py> = (
    u32,
    Option<Bound<'py, PyString>>,
    bool,
    Bound<'py, PyString>,
    Bound<'py, PyString>,
    Bound<'py, PyString>,
    Bound<'py, PyString>,
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
    Option<&'static str>,
);

fn row<C: CatalogCode>(py: Python<'_>, code: C) -> PyResult<Row<'_>> {
    let info = code.info();
    let text = |f| texts::text(py, code, f);
    Ok((
        code.get(),
        texts::name(py, code)?,
        info.is_some(),
        text(Field::MessageZh)?,
        text(Field::MessageEn)?,
        text(Field::SuggestionZh)?,
        text(Field::SuggestionEn)?,
        code.guidance().as_str(),
        code.category().as_str(),
        code.since(),
        info.is_some_and(|i| i.english_from_zego()),
        code.withdrawn(),
    ))
}

/// The revision of ZEGO's page that no longer lists return code `code`, or None.
#[pyfunction]
fn withdrawn(code: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    Ok(Code::new(args::code(code)?).withdrawn())
}

/// The revision of ZEGO's page that no longer lists event code `code`, or None.
#[pyfunction]
fn event_withdrawn(code: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    Ok(EventCode::new(args::code(code)?).withdrawn())
}

/// The fields of return code `code`, for `zego_codes.lookup`.
#[pyfunction]
fn info<'py>(py: Python<'py>, code: &Bound<'py, PyAny>) -> PyResult<Row<'py>> {
    row(py, Code::new(args::code(code)?))
}

/// The fields of event code `code`, for `zego_codes.lookup_event`.
#[pyfunction]
fn event_info<'py>(py: Python<'py>, code: &Bound<'py, PyAny>) -> PyResult<Row<'py>> {
    row(py, EventCode::new(args::code(code)?))
}

/// `code` as a plain int, or the TypeError/OverflowError every function raises for it.
#[pyfunction]
fn check_code(code: &Bound<'_, PyAny>) -> PyResult<u32> {
    args::code(code)
}

/// The snake name of the guidance of return code `code` (`"unknown"` if unknown).
#[pyfunction]
fn guidance(code: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(Code::new(args::code(code)?).guidance().as_str())
}

/// The snake name of the category of return code `code`.
#[pyfunction]
fn category(code: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(Code::new(args::code(code)?).category().as_str())
}

/// The snake name of the guidance of event code `code` (`"unknown"` if unknown).
#[pyfunction]
fn event_guidance(code: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(EventCode::new(args::code(code)?).guidance().as_str())
}

/// The snake name of the category of event code `code`.
#[pyfunction]
fn event_category(code: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(EventCode::new(args::code(code)?).category().as_str())
}

/// Every known return code, ascending.
#[pyfunction]
fn codes(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, Code::all().map(Code::get))
}

/// Every known event code, ascending.
#[pyfunction]
fn event_codes(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, EventCode::all().map(EventCode::get))
}

fn guidance_named(name: &str) -> PyResult<Guidance> {
    Guidance::from_name(name)
        .ok_or_else(|| pyo3::exceptions::PyValueError::new_err(format!("no guidance kind named {name:?}")))
}

/// Whether guidance kind `name` allows sending the same request again.
#[pyfunction]
fn guidance_is_retryable(name: &str) -> PyResult<bool> {
    Ok(guidance_named(name)?.is_retryable())
}

/// One line telling a person what guidance kind `name` asks for, in `lang`.
#[pyfunction]
#[pyo3(signature = (name, lang = None))]
fn guidance_summary(name: &str, lang: Option<&Bound<'_, PyAny>>) -> PyResult<&'static str> {
    let lang: Lang = args::lang(lang)?;
    Ok(guidance_named(name)?.summary(lang))
}

#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    texts::init(py);
    fast::register(m)?;
    cli::register(m)?;
    products::register(m)?;
    m.add_function(wrap_pyfunction!(fast::set_info_types, m)?)?;
    m.add_function(wrap_pyfunction!(info, m)?)?;
    m.add_function(wrap_pyfunction!(event_info, m)?)?;
    m.add_function(wrap_pyfunction!(check_code, m)?)?;
    m.add_function(wrap_pyfunction!(guidance, m)?)?;
    m.add_function(wrap_pyfunction!(category, m)?)?;
    m.add_function(wrap_pyfunction!(event_guidance, m)?)?;
    m.add_function(wrap_pyfunction!(event_category, m)?)?;
    m.add_function(wrap_pyfunction!(withdrawn, m)?)?;
    m.add_function(wrap_pyfunction!(event_withdrawn, m)?)?;
    m.add_function(wrap_pyfunction!(codes, m)?)?;
    m.add_function(wrap_pyfunction!(event_codes, m)?)?;
    m.add_function(wrap_pyfunction!(guidance_is_retryable, m)?)?;
    m.add_function(wrap_pyfunction!(guidance_summary, m)?)?;
    m.add(
        "GUIDANCES",
        PyTuple::new(py, Guidance::ALL.map(Guidance::as_str))?,
    )?;
    m.add(
        "CATEGORIES",
        PyTuple::new(py, Category::ALL.map(Category::as_str))?,
    )?;
    m.add(
        "EVENT_CATEGORIES",
        PyTuple::new(py, EventCategory::ALL.map(EventCategory::as_str))?,
    )?;
    m.add("RETURN_CODES_REVISION", zego_codes::RETURN_CODES_REVISION)?;
    m.add("EVENT_CODES_REVISION", zego_codes::EVENT_CODES_REVISION)?;
    m.add("RETURN_CODES_REVISION_EN", zego_codes::RETURN_CODES_REVISION_EN)?;
    m.add("EVENT_CODES_REVISION_EN", zego_codes::EVENT_CODES_REVISION_EN)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
