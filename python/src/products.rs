//! Every ZEGO server product's codes, for `zego_codes.lookup(code, product, ...)`,
//! `zego_codes.definitions`, `zego_codes.Product` and `zego_codes.Section`.
//!
//! The Python side defines the classes (the `Product` and `Section` enums, generated from the
//! model, and `ProductCodeInfo`) and registers them here once (`set_product_types`); a lookup
//! then recognises a `Product` or `Section` member by identity, and answers a known code with
//! an object built on its first lookup and kept: the objects are immutable. Everything a
//! lookup says comes from the core's `ProductCode`, so the rules (ambiguous codes, unknown
//! texts by product and range) are written once, there.

use pyo3::exceptions::{PySystemError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyString, PyTuple};
use zego_codes::{EventCode, Family, Lang, Meaning, Product, ProductCode, Section};

use crate::args;

/// A cell per entry of one family, for the object built on its first lookup.
type Cells = Box<[PyOnceLock<Py<PyAny>>]>;

/// What `zego_codes._info` registers at import.
pub struct Registry {
    /// The `Product` members, by discriminant.
    products: Box<[Py<PyAny>]>,
    /// The `Section` members, in `Section::all()` order.
    sections: Box<[Py<PyAny>]>,
    /// `ProductCodeInfo`.
    info: Py<PyAny>,
    /// By family (`product * 2 + family`), one cell per entry: the answer of exactly that
    /// entry (a lookup qualified by its section, or an unqualified one of a code only it lists).
    entries: Box<[Cells]>,
    /// By family, one cell per entry: the unqualified answer of a code several sections list,
    /// at its first entry.
    several: Box<[Cells]>,
}

static REGISTRY: PyOnceLock<Registry> = PyOnceLock::new();

fn families() -> impl Iterator<Item = (Product, Family)> {
    Product::ALL
        .iter()
        .flat_map(|&p| [(p, Family::Return), (p, Family::Event)])
}

fn family_index(product: Product, family: Family) -> usize {
    product as usize * 2 + family as usize
}

fn section_value(section: Section) -> String {
    section.to_string()
}

/// Registers the `Product` and `Section` enums and the class lookups build; the first
/// registration stays. The enums must list the core's products and sections in its order,
/// with its values: they are generated from the same model, and a mismatch is a bug.
#[pyfunction]
pub fn set_product_types(
    py: Python<'_>,
    product: &Bound<'_, PyAny>,
    section: &Bound<'_, PyAny>,
    info: &Bound<'_, PyAny>,
) -> PyResult<()> {
    if REGISTRY.get(py).is_some() {
        return Ok(());
    }
    let members = |class: &Bound<'_, PyAny>, values: Vec<String>| -> PyResult<Box<[Py<PyAny>]>> {
        let mut out = Vec::new();
        for member in class.try_iter()? {
            out.push(member?);
        }
        let found = out
            .iter()
            .map(|m| m.getattr("value")?.extract::<String>())
            .collect::<PyResult<Vec<_>>>()?;
        if found != values {
            return Err(PySystemError::new_err(format!(
                "zego_codes: the generated enum {} lists {found:?}, the core {values:?} (a bug: please report it)",
                class.getattr("__name__")?
            )));
        }
        Ok(out.into_iter().map(Bound::unbind).collect())
    };
    let products = members(product, Product::ALL.iter().map(|p| p.id().to_owned()).collect())?;
    let sections = members(section, Section::all().map(section_value).collect())?;
    let cells = || -> Box<[Cells]> {
        families()
            .map(|(p, f)| p.meanings(f).iter().map(|_| PyOnceLock::new()).collect())
            .collect()
    };
    let registry = Registry {
        products,
        sections,
        info: info.clone().unbind(),
        entries: cells(),
        several: cells(),
    };
    let _ = REGISTRY.set(py, registry);
    Ok(())
}

/// The registry; `zego_codes._info` registers at import, which this triggers if nothing has
/// imported it yet (a caller of `_native` alone).
fn registry(py: Python<'_>) -> PyResult<&Registry> {
    if let Some(r) = REGISTRY.get(py) {
        return Ok(r);
    }
    py.import("zego_codes._info")?;
    REGISTRY
        .get(py)
        .ok_or_else(|| PySystemError::new_err("zego_codes._info has not registered its classes"))
}

fn product_list() -> String {
    Product::ALL.iter().map(|p| p.id()).collect::<Vec<_>>().join(", ")
}

/// A `Product` member or a product id (`"rtc"`).
pub fn product(obj: &Bound<'_, PyAny>) -> PyResult<Product> {
    if let Some(r) = REGISTRY.get(obj.py()) {
        if let Some(i) = r.products.iter().position(|m| m.is(obj)) {
            return Product::from_value(i as u32).ok_or_else(bug);
        }
    }
    product_slow(obj)
}

#[cold]
fn product_slow(obj: &Bound<'_, PyAny>) -> PyResult<Product> {
    let py = obj.py();
    if let Ok(s) = obj.cast::<PyString>() {
        let id = s.to_string_lossy();
        return Product::from_id(&id).ok_or_else(|| {
            PyValueError::new_err(format!(
                "no product {}: the products are {}",
                py_repr(obj),
                product_list()
            ))
        });
    }
    // A Product member when the registry is not there yet: register, then look again.
    if REGISTRY.get(py).is_none() && registry(py).is_ok() {
        return product(obj);
    }
    Err(PyTypeError::new_err(format!(
        "product must be a zego_codes.Product or a product id str, not {}",
        args::type_name(obj)
    )))
}

/// `repr(obj)`, as Python's own messages quote a value.
fn py_repr(obj: &Bound<'_, PyAny>) -> String {
    obj.repr().map(|r| r.to_string()).unwrap_or_default()
}

fn bug() -> PyErr {
    PySystemError::new_err("zego_codes._native: a product table is inconsistent (a bug: please report it)")
}

fn section_at(i: usize) -> PyResult<Section> {
    Section::all().nth(i).ok_or_else(bug)
}

/// A `Section` member, its value (`"rtc/media_files"`) or the id of one of `product`'s sections
/// (`"media_files"`); with `product` None, the section's own product.
fn section(obj: &Bound<'_, PyAny>, product: Option<Product>) -> PyResult<Section> {
    let py = obj.py();
    let r = registry(py)?;
    let found = match r.sections.iter().position(|m| m.is(obj)) {
        Some(i) => section_at(i)?,
        None => {
            let Ok(s) = obj.cast::<PyString>() else {
                return Err(PyTypeError::new_err(format!(
                    "section must be a zego_codes.Section or a section id str, not {}",
                    args::type_name(obj)
                )));
            };
            let id = s.to_string_lossy();
            let by_value = Section::all().find(|s| section_value(*s) == *id);
            let p = product.unwrap_or(Product::DEFAULT);
            match by_value.or_else(|| p.section(&id)) {
                Some(s) => s,
                None => {
                    let ids: Vec<&str> = p.sections().map(|s| s.id()).collect();
                    let theirs = if ids.is_empty() {
                        "it has none".to_owned()
                    } else {
                        format!("its sections are {}", ids.join(", "))
                    };
                    return Err(PyValueError::new_err(format!(
                        "product {} has no section {}: {theirs}",
                        p.id(),
                        py_repr(obj)
                    )));
                }
            }
        }
    };
    match product {
        Some(p) if found.product() != p => Err(PyValueError::new_err(format!(
            "section {found} is not a section of product {}",
            p.id()
        ))),
        _ => Ok(found),
    }
}

fn event_flag(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    obj.cast::<PyBool>()
        .map(|b| b.is_true())
        .map_err(|_| PyTypeError::new_err(format!("event must be a bool, not {}", args::type_name(obj))))
}

/// The lookup the arguments ask for: `product` (default AI Agent), `section` (a member, a
/// value or an id of the product's), `event` (default False: return codes).
pub fn resolve(
    code: &Bound<'_, PyAny>,
    product_arg: Option<&Bound<'_, PyAny>>,
    section_arg: Option<&Bound<'_, PyAny>>,
    event_arg: Option<&Bound<'_, PyAny>>,
) -> PyResult<ProductCode> {
    let code = args::code(code)?;
    let product_arg = product_arg.filter(|p| !p.is_none());
    let p = product_arg.map(product).transpose()?;
    let event = event_arg.map(event_flag).transpose()?.unwrap_or(false);
    let family = if event { Family::Event } else { Family::Return };
    match section_arg.filter(|s| !s.is_none()) {
        None => Ok(ProductCode::of(p.unwrap_or(Product::DEFAULT), family, code)),
        Some(s) => {
            let s = section(s, p)?;
            if event && s.family() != Family::Event {
                return Err(PyValueError::new_err(format!(
                    "section {s} holds return codes, not event codes"
                )));
            }
            Ok(s.code(code))
        }
    }
}

/// Where `m` is: its family's index and its position there.
fn entry_index(m: &'static Meaning) -> PyResult<(usize, usize)> {
    let all = m.product().meanings(m.family());
    let base = all.as_ptr() as usize;
    let at = std::ptr::from_ref(m) as usize;
    let i = at.wrapping_sub(base) / std::mem::size_of::<Meaning>().max(1);
    if at < base || i >= all.len() {
        return Err(bug());
    }
    Ok((family_index(m.product(), m.family()), i))
}

fn member(members: &[Py<PyAny>], i: usize) -> PyResult<&Py<PyAny>> {
    members.get(i).ok_or_else(bug)
}

impl Registry {
    fn product<'py>(&self, py: Python<'py>, p: Product) -> PyResult<Bound<'py, PyAny>> {
        Ok(member(&self.products, p as usize)?.bind(py).clone())
    }

    fn section<'py>(&self, py: Python<'py>, s: Option<Section>) -> PyResult<Bound<'py, PyAny>> {
        match s {
            None => Ok(py.None().into_bound(py)),
            Some(s) => {
                let i = Section::all().position(|x| x == s).ok_or_else(bug)?;
                Ok(member(&self.sections, i)?.bind(py).clone())
            }
        }
    }

    /// A new `ProductCodeInfo` for the lookup `pc`.
    fn build<'py>(&self, py: Python<'py>, pc: ProductCode) -> PyResult<Bound<'py, PyAny>> {
        let args = (
            pc.get(),
            self.product(py, pc.product())?,
            self.section(py, pc.section())?,
            pc.family() == Family::Event,
        );
        self.info.bind(py).call1(args)
    }

    /// The answer to `pc`: kept for a known code, new for an unknown one.
    fn answer<'py>(&self, py: Python<'py>, pc: ProductCode) -> PyResult<Bound<'py, PyAny>> {
        let (cells, lookup, first) = match pc.meanings() {
            [] => return self.build(py, pc),
            [one] => (&self.entries, one.product_code(), one),
            [first, ..] => (&self.several, pc, first),
        };
        let (family, i) = entry_index(first)?;
        let cell = cells.get(family).and_then(|f| f.get(i)).ok_or_else(bug)?;
        if let Some(kept) = cell.get(py) {
            return Ok(kept.bind(py).clone());
        }
        // Built outside the cell's lock: the class is Python code, which may re-enter (as in
        // `fast::lookup_o`). Of two builders the first to set wins.
        let built = self.build(py, lookup)?;
        let _ = cell.set(py, built.clone().unbind());
        Ok(cell.get(py).map_or(built, |kept| kept.bind(py).clone()))
    }
}

/// `lookup(code, product, section=..., event=...)`, once the arguments are bound.
pub fn lookup<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyAny>,
    product_arg: Option<&Bound<'py, PyAny>>,
    section_arg: Option<&Bound<'py, PyAny>>,
    event_arg: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let pc = resolve(code, product_arg, section_arg, event_arg)?;
    registry(py)?.answer(py, pc)
}

/// `lookup(code, product)`, the usual call: a registered member first, by identity.
#[inline]
pub fn lookup_in<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyAny>,
    product_arg: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    if let Some(r) = REGISTRY.get(py) {
        if let Some(i) = r.products.iter().position(|m| m.is(product_arg)) {
            let p = Product::from_value(i as u32).ok_or_else(bug)?;
            return r.answer(py, ProductCode::new(p, args::code(code)?));
        }
    }
    lookup(py, code, Some(product_arg), None, None)
}

/// The fields of `ProductCodeInfo(code, product, section, event)`, in the order its
/// `__init__` reads them.
#[pyfunction]
#[pyo3(signature = (code, product, section = None, event = false))]
fn product_info<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyAny>,
    product: &Bound<'py, PyAny>,
    section: Option<&Bound<'py, PyAny>>,
    event: bool,
) -> PyResult<Bound<'py, PyTuple>> {
    let event_obj = PyBool::new(py, event).to_owned().into_any();
    let pc = resolve(code, Some(product), section, Some(&event_obj))?;
    let r = registry(py)?;
    let info = pc.info();
    let meanings = pc.meanings();
    let both = |f: &dyn Fn(Lang) -> String| [f(Lang::Zh), f(Lang::En)];
    let message = both(&|l| pc.message(l).to_string());
    let suggestion = both(&|l| pc.suggestion(l).to_string());
    let cause = both(&|l| info.map(|m| m.cause(l).to_string()).unwrap_or_default());
    let category = match (pc.category(), pc.product() == Product::DEFAULT) {
        (Some(c), _) => c.as_str(),
        (None, true) => EventCode::new(pc.get()).category().as_str(),
        (None, false) => "unknown",
    };
    // The section that answers: the one asked for, else the answering entry's.
    let answering = pc.section().or_else(|| info.and_then(Meaning::section));
    let meanings_obj = match meanings {
        [_] => py.None().into_bound(py),
        many => {
            let mut objs = Vec::with_capacity(many.len());
            for m in many {
                objs.push(r.answer(py, m.product_code())?);
            }
            PyTuple::new(py, objs)?.into_any()
        }
    };
    let key = (
        pc.get(),
        pc.product().id(),
        pc.section().map(section_value),
        pc.family() == Family::Event,
    );
    let fields: Vec<Bound<'py, PyAny>> = vec![
        pc.get().into_pyobject(py)?.into_any(),
        r.product(py, pc.product())?,
        r.section(py, answering)?,
        PyBool::new(py, pc.family() == Family::Event)
            .to_owned()
            .into_any(),
        pc.name().into_pyobject(py)?.into_any(),
        PyBool::new(py, pc.is_known()).to_owned().into_any(),
        PyBool::new(py, pc.is_ambiguous()).to_owned().into_any(),
        PyString::new(py, &message[0]).into_any(),
        PyString::new(py, &message[1]).into_any(),
        PyString::new(py, &suggestion[0]).into_any(),
        PyString::new(py, &suggestion[1]).into_any(),
        PyString::new(py, &cause[0]).into_any(),
        PyString::new(py, &cause[1]).into_any(),
        PyString::new(py, pc.guidance().as_str()).into_any(),
        PyString::new(py, category).into_any(),
        pc.since().into_pyobject(py)?.into_any(),
        pc.withdrawn().into_pyobject(py)?.into_any(),
        PyBool::new(py, info.is_some_and(|m| m.text_from_zego(Lang::En)))
            .to_owned()
            .into_any(),
        meanings_obj,
        key.into_pyobject(py)?.into_any(),
    ];
    PyTuple::new(py, fields)
}

/// Every product and section whose catalog holds `code`, in product order, then section
/// order: "who defines this number".
#[pyfunction]
#[pyo3(signature = (code, *, event = None), text_signature = "(code, *, event=False)")]
fn definitions<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyAny>,
    event: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let code = args::code(code)?;
    let event = event.map(event_flag).transpose()?.unwrap_or(false);
    let family = if event { Family::Event } else { Family::Return };
    let r = registry(py)?;
    let mut out = Vec::new();
    for m in zego_codes::definitions(family, code) {
        out.push(r.answer(py, m.product_code())?);
    }
    PyTuple::new(py, out)
}

/// ZEGO's name of `product` in `lang`.
#[pyfunction]
#[pyo3(signature = (product, lang = None))]
fn product_name(product: &Bound<'_, PyAny>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(self::product(product)?.name(args::lang(lang)?).to_string())
}

/// The API hosts ZEGO's pages document for `product`.
#[pyfunction]
fn product_hosts<'py>(py: Python<'py>, product: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, self::product(product)?.hosts())
}

/// The values (`"rtc/media_files"`) of `product`'s sections.
#[pyfunction]
fn product_sections<'py>(py: Python<'py>, product: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, self::product(product)?.sections().map(section_value))
}

/// Whether `product` has codes of the family (`event`: callback event codes).
#[pyfunction]
fn product_has(product: &Bound<'_, PyAny>, event: bool) -> PyResult<bool> {
    let family = if event { Family::Event } else { Family::Return };
    Ok(self::product(product)?.has(family))
}

/// The id of the product whose API answers at `host`, or None.
#[pyfunction]
fn product_from_host(host: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    let Ok(host) = host.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "host must be a str, not {}",
            args::type_name(host)
        )));
    };
    Ok(Product::from_host(&host.to_string_lossy()).map(Product::id))
}

fn section_of(value: &str) -> PyResult<Section> {
    Section::all()
        .find(|s| section_value(*s) == value)
        .ok_or_else(|| PyValueError::new_err(format!("no section {value:?}")))
}

/// `(product id, section id, holds event codes)` of the section with value `value`
/// (`"rtc/media_files"`).
#[pyfunction]
fn section_info(value: &str) -> PyResult<(&'static str, &'static str, bool)> {
    let s = section_of(value)?;
    Ok((s.product().id(), s.id(), s.family() == Family::Event))
}

/// The heading of the section with value `value` on ZEGO's page in `lang`.
#[pyfunction]
#[pyo3(signature = (value, lang = None))]
fn section_title(value: &str, lang: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    Ok(section_of(value)?.title(args::lang(lang)?).to_string())
}

/// The id of `product` (a `Product` member or an id), or the error every function raises
/// for it.
#[pyfunction]
fn product_id(product: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(self::product(product)?.id())
}

/// `"zh"` or `"en"`, or the error every function raises for `lang`.
#[pyfunction]
fn check_lang(lang: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    Ok(match args::lang(Some(lang))? {
        Lang::Zh => "zh",
        Lang::En => "en",
    })
}

/// Every product id, in the core's order.
#[pyfunction]
fn product_ids(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, Product::ALL.iter().map(|p| p.id()))
}

/// Every section's value, in the core's order.
#[pyfunction]
fn section_values(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, Section::all().map(section_value))
}

/// `(name, code, section id or None)` of every member of `product`'s enum of `event` codes: one
/// per name, at the first entry with it (a name several sections share is one meaning).
#[pyfunction]
fn product_members<'py>(
    py: Python<'py>,
    product: &Bound<'py, PyAny>,
    event: bool,
) -> PyResult<Bound<'py, PyTuple>> {
    let family = if event { Family::Event } else { Family::Return };
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for m in self::product(product)?.meanings(family) {
        if seen.insert(m.name().as_str()) {
            out.push((m.name().as_str(), m.code(), m.section().map(|s| s.id())));
        }
    }
    PyTuple::new(py, out)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let _ = intern!(m.py(), "product");
    m.add_function(wrap_pyfunction!(set_product_types, m)?)?;
    m.add_function(wrap_pyfunction!(product_info, m)?)?;
    m.add_function(wrap_pyfunction!(definitions, m)?)?;
    m.add_function(wrap_pyfunction!(product_name, m)?)?;
    m.add_function(wrap_pyfunction!(product_hosts, m)?)?;
    m.add_function(wrap_pyfunction!(product_sections, m)?)?;
    m.add_function(wrap_pyfunction!(product_has, m)?)?;
    m.add_function(wrap_pyfunction!(product_from_host, m)?)?;
    m.add_function(wrap_pyfunction!(section_info, m)?)?;
    m.add_function(wrap_pyfunction!(section_title, m)?)?;
    m.add_function(wrap_pyfunction!(product_ids, m)?)?;
    m.add_function(wrap_pyfunction!(product_id, m)?)?;
    m.add_function(wrap_pyfunction!(check_lang, m)?)?;
    m.add_function(wrap_pyfunction!(section_values, m)?)?;
    m.add_function(wrap_pyfunction!(product_members, m)?)?;
    Ok(())
}
