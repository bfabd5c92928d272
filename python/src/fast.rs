//! The hot lookups as hand-written CPython functions.
//!
//! pyo3's `#[pyfunction]` passes arguments as a tuple and a dict under the 3.9 stable ABI,
//! which costs more than the lookup itself. These functions take one argument directly
//! (`METH_O`), or an argument vector (`METH_FASTCALL`, stable ABI from 3.10, chosen at import
//! when the interpreter has it, with a `METH_VARARGS` twin for 3.9), so a call costs about
//! as much as `dict.get`. Everything inside runs under `catch_unwind`: no panic crosses into C.

use std::ffi::{c_int, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

use pyo3::exceptions::{PySystemError, PyTypeError};
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyModule, PyString, PyTuple};
use pyo3::Borrowed;

use zego_codes::{CatalogCode, Code, EventCode, Lang};

use crate::args;
use crate::products;
use crate::texts::{self, Field};

/// `METH_FASTCALL`: pyo3-ffi declares it only for 3.10+ builds; its value is fixed by CPython.
const METH_FASTCALL: c_int = 0x0080;

type FastWithKeywords = unsafe extern "C" fn(
    *mut ffi::PyObject,
    *const *mut ffi::PyObject,
    ffi::Py_ssize_t,
    *mut ffi::PyObject,
) -> *mut ffi::PyObject;

/// Runs `f` with the interpreter token and turns its result into what CPython expects:
/// a new reference, or NULL with an exception set. The result leaves the unwinding guard as
/// one pointer: the whole `PyResult` cost the hot lookups a dozen and more moves.
fn boundary(f: impl for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyAny>>) -> *mut ffi::PyObject {
    // SAFETY: CPython calls module functions only from a thread attached to the interpreter.
    let py = unsafe { Python::assume_attached() };
    let call = || match f(py) {
        Ok(obj) => obj.into_ptr(),
        Err(err) => raise(err),
    };
    match catch_unwind(AssertUnwindSafe(call)) {
        Ok(obj) => obj,
        Err(_) => {
            Python::attach(|py| {
                PySystemError::new_err("zego_codes: internal error (a bug: please report it)").restore(py)
            });
            ptr::null_mut()
        }
    }
}

/// Sets `err` as the current exception, for [`boundary`]: NULL, CPython's "raised".
///
/// An error holds `Py` handles, whose drop pyo3 defers to a global pool unless it knows the
/// thread is attached, and `assume_attached` does not tell it: every failed call would leave
/// its exception's parts in the pool until some pyo3-managed call drains it. `attach`, on
/// this cold path only, lets them be dropped at once.
#[cold]
#[inline(never)]
fn raise(err: PyErr) -> *mut ffi::PyObject {
    Python::attach(|py| err.restore(py));
    ptr::null_mut()
}

/// How the module names a family's functions: `message` and `event_message`.
trait Prefixed: CatalogCode {
    const PREFIX: &'static str;
}

impl Prefixed for Code {
    const PREFIX: &'static str = "";
}

impl Prefixed for EventCode {
    const PREFIX: &'static str = "event_";
}

fn text_of<'py, C: CatalogCode>(
    py: Python<'py>,
    message: bool,
    code: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let code = C::new(args::code(code)?);
    let lang = args::lang(lang)?;
    let field = if message {
        Field::message(lang)
    } else {
        Field::suggestion(lang)
    };
    Ok(texts::text(py, code, field)?.into_any())
}

/// The Python name of a text function, for its error messages.
fn text_fn_name<C: Prefixed>(message: bool) -> String {
    let what = if message { "message" } else { "suggestion" };
    format!("{}{what}", C::PREFIX)
}

fn is_lang_keyword(key: &Bound<'_, PyAny>) -> bool {
    // Keyword names are interned, so identity settles the usual case.
    key.is(intern!(key.py(), "lang"))
        || key
            .cast::<PyString>()
            .is_ok_and(|k| k.to_string_lossy() == "lang")
}

/// Applies the signature `(code, /, lang="zh")` to positional and keyword arguments.
fn bind_text_args<'a, 'py>(
    name: &str,
    positional: &'a [Bound<'py, PyAny>],
    keywords: &'a [(Bound<'py, PyAny>, Bound<'py, PyAny>)],
) -> PyResult<(&'a Bound<'py, PyAny>, Option<&'a Bound<'py, PyAny>>)> {
    let mut lang = positional.get(1);
    for (key, value) in keywords {
        let is_lang = key
            .cast::<PyString>()
            .is_ok_and(|k| k.to_string_lossy() == "lang");
        if !is_lang {
            return Err(PyTypeError::new_err(format!(
                "{name}() got an unexpected keyword argument {}",
                key.repr().map(|r| r.to_string()).unwrap_or_default()
            )));
        }
        if lang.is_some() {
            return Err(PyTypeError::new_err(format!(
                "{name}() got multiple values for argument 'lang'"
            )));
        }
        lang = Some(value);
    }
    match positional {
        [code] | [code, _] => Ok((code, lang)),
        [] => Err(PyTypeError::new_err(format!(
            "{name}() missing required positional argument: 'code'"
        ))),
        more => Err(PyTypeError::new_err(format!(
            "{name}() takes from 1 to 2 positional arguments but {} were given",
            more.len()
        ))),
    }
}

/// `METH_FASTCALL | METH_KEYWORDS` text lookup.
unsafe extern "C" fn text_fast<C: Prefixed, const MESSAGE: bool>(
    _module: *mut ffi::PyObject,
    argv: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    boundary(|py| {
        let borrow = |p: *mut ffi::PyObject| {
            // SAFETY: CPython passes `nargs` valid borrowed references, then one per keyword.
            unsafe { Bound::from_borrowed_ptr(py, p) }
        };
        // `f(code)`, the most frequent call, before anything else, without touching the
        // argument's reference count.
        if nargs == 1 && kwnames.is_null() {
            // SAFETY: `argv` holds one positional argument, a borrowed reference.
            let code = unsafe { Borrowed::from_ptr(py, *argv) };
            let field = if MESSAGE {
                Field::message(Lang::Zh)
            } else {
                Field::suggestion(Lang::Zh)
            };
            return Ok(texts::text(py, C::new(args::code(&code)?), field)?.into_any());
        }
        // SAFETY: `kwnames` is NULL or a tuple of str.
        let names = (!kwnames.is_null()).then(|| unsafe { Bound::from_borrowed_ptr(py, kwnames) });
        let names = names.as_ref().map(|n| n.cast::<PyTuple>()).transpose()?;
        let keyword_count = names.map_or(0, |n| n.len());
        // The usual shapes, `f(code)`, `f(code, "en")` and `f(code, lang="en")`, skip the
        // general binding below and its allocations.
        if nargs >= 1 && nargs + keyword_count as ffi::Py_ssize_t <= 2 {
            let keyword_is_lang = match names {
                Some(n) => n.get_item(0).is_ok_and(|k| is_lang_keyword(&k)),
                None => true,
            };
            if keyword_is_lang {
                // SAFETY: `argv` holds `nargs` positional then `keyword_count` keyword values.
                let code = borrow(unsafe { *argv });
                let lang = (nargs + keyword_count as ffi::Py_ssize_t == 2)
                    .then(|| borrow(unsafe { *argv.offset(1) }));
                return text_of::<C>(py, MESSAGE, &code, lang.as_ref());
            }
        }
        let positional: Vec<Bound<'_, PyAny>> = (0..nargs.max(0))
            // SAFETY: as above, index < nargs.
            .map(|i| borrow(unsafe { *argv.offset(i) }))
            .collect();
        let mut keywords = Vec::new();
        if let Some(names) = names {
            for (j, key) in names.iter().enumerate() {
                // SAFETY: keyword values follow the positional ones in `argv`.
                let value = borrow(unsafe { *argv.offset(nargs + j as ffi::Py_ssize_t) });
                keywords.push((key, value));
            }
        }
        let name = text_fn_name::<C>(MESSAGE);
        let (code, lang) = bind_text_args(&name, &positional, &keywords)?;
        text_of::<C>(py, MESSAGE, code, lang)
    })
}

/// `METH_VARARGS | METH_KEYWORDS` twin of [`text_fast`], for CPython 3.9.
unsafe extern "C" fn text_varargs<C: Prefixed, const MESSAGE: bool>(
    _module: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    boundary(|py| {
        // SAFETY: CPython passes a tuple and a dict or NULL, both borrowed.
        let args = unsafe { Bound::from_borrowed_ptr(py, args) };
        let positional: Vec<Bound<'_, PyAny>> = args.cast::<PyTuple>()?.iter().collect();
        let mut keywords = Vec::new();
        if !kwargs.is_null() {
            // SAFETY: as above.
            let kwargs = unsafe { Bound::from_borrowed_ptr(py, kwargs) };
            keywords.extend(kwargs.cast::<PyDict>()?.iter());
        }
        let name = text_fn_name::<C>(MESSAGE);
        let (code, lang) = bind_text_args(&name, &positional, &keywords)?;
        text_of::<C>(py, MESSAGE, code, lang)
    })
}

/// What a `METH_O` function of one code answers: one type per function, so a function
/// pointer names its answer and no selector value can be out of range.
trait OneArg {
    fn answer<C: CatalogCode>(py: Python<'_>, code: C) -> PyResult<Bound<'_, PyAny>>;
}

struct Name;
struct IsKnown;
struct IsRetryable;

impl OneArg for Name {
    fn answer<C: CatalogCode>(py: Python<'_>, code: C) -> PyResult<Bound<'_, PyAny>> {
        Ok(match texts::name(py, code)? {
            Some(name) => name.into_any(),
            None => py.None().into_bound(py),
        })
    }
}

impl OneArg for IsKnown {
    fn answer<C: CatalogCode>(py: Python<'_>, code: C) -> PyResult<Bound<'_, PyAny>> {
        Ok(PyBool::new(py, code.is_known()).to_owned().into_any())
    }
}

impl OneArg for IsRetryable {
    fn answer<C: CatalogCode>(py: Python<'_>, code: C) -> PyResult<Bound<'_, PyAny>> {
        Ok(PyBool::new(py, code.is_retryable()).to_owned().into_any())
    }
}

unsafe extern "C" fn one_arg<C: CatalogCode, A: OneArg>(
    _module: *mut ffi::PyObject,
    arg: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    boundary(|py| {
        // SAFETY: CPython passes the single argument as a borrowed reference.
        let arg = unsafe { Bound::from_borrowed_ptr(py, arg) };
        A::answer(py, C::new(args::code(&arg)?))
    })
}

/// What `zego_codes._info` registers at import for one family: the class `lookup` builds,
/// and one cell per known code (by [`CatalogCode::index`]) for the object built on its first
/// lookup; the objects are immutable, so every later lookup returns the same one.
struct InfoClass {
    class: Py<PyAny>,
    cache: Box<[PyOnceLock<Py<PyAny>>]>,
}

impl InfoClass {
    fn new<C: CatalogCode>(class: Py<PyAny>) -> InfoClass {
        InfoClass {
            class,
            cache: C::infos().iter().map(|_| PyOnceLock::new()).collect(),
        }
    }
}

/// Indexed by [`zego_codes::Family`]; the first registration stays.
static INFO_CLASSES: PyOnceLock<[InfoClass; 2]> = PyOnceLock::new();

/// Registers the classes `lookup` and `lookup_event` build; the first registration stays.
#[pyfunction]
pub fn set_info_types(py: Python<'_>, code_info: Py<PyAny>, event_info: Py<PyAny>) {
    if INFO_CLASSES.get(py).is_none() {
        let classes = [
            InfoClass::new::<Code>(code_info),
            InfoClass::new::<EventCode>(event_info),
        ];
        let _ = INFO_CLASSES.set(py, classes);
    }
}

/// The cached info object of a known code, a new one for an unknown code.
/// Native so that a call costs no Python frame: the cache alone left lookup at 2.7x dict.get.
#[inline(always)]
fn cached_lookup<'py, C: CatalogCode>(
    py: Python<'py>,
    arg: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let code = C::new(args::code(arg)?);
    let info = INFO_CLASSES
        .get(py)
        .and_then(|all| all.get(C::FAMILY as usize))
        .ok_or_else(|| PySystemError::new_err("zego_codes._info has not registered its classes"))?;
    let class = info.class.bind(py);
    let Some(cell) = code.index().and_then(|i| info.cache.get(i)) else {
        return class.call1((code.get(),));
    };
    if let Some(cached) = cell.get(py) {
        return Ok(cached.bind(py).clone());
    }
    // Built outside the cell's lock: the class is Python code, which may re-enter this
    // function (a signal handler, a `__del__`, another thread while the GIL is released).
    // Of two threads that build at once the first to set wins; the other object is dropped.
    let built = class.call1((code.get(),))?;
    let _ = cell.set(py, built.clone().unbind());
    Ok(cell.get(py).map_or(built, |cached| cached.bind(py).clone()))
}

/// `lookup(code)`, AI Agent's: for the product lookup's `lookup(code, None)`.
pub fn lookup_ai_agent<'py>(py: Python<'py>, code: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    cached_lookup::<Code>(py, code)
}

/// `METH_O` lookup of an event code: [`cached_lookup`].
unsafe extern "C" fn lookup_o<C: CatalogCode>(
    _module: *mut ffi::PyObject,
    arg: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    boundary(|py| {
        // SAFETY: CPython passes the single argument as a borrowed reference.
        let arg = unsafe { Bound::from_borrowed_ptr(py, arg) };
        cached_lookup::<C>(py, &arg)
    })
}

/// Applies the signature `(code, /, product=None, *, section=None, event=False)` and answers:
/// AI Agent's `CodeInfo` as before when no product, section or event is named, else the
/// product lookup's `ProductCodeInfo`. Nothing is allocated: the arguments stay borrowed.
fn lookup_bound<'a, 'py>(
    py: Python<'py>,
    positional: &[Borrowed<'a, 'py, PyAny>],
    keywords: impl Iterator<Item = PyResult<(Borrowed<'a, 'py, PyAny>, Borrowed<'a, 'py, PyAny>)>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (mut product, mut section, mut event) = (None, None, None);
    for keyword in keywords {
        let (key, value) = keyword?;
        // Keyword names are interned: identity first, then the text.
        let slot = if key.is(intern!(py, "product")) {
            &mut product
        } else if key.is(intern!(py, "section")) {
            &mut section
        } else if key.is(intern!(py, "event")) {
            &mut event
        } else {
            let key = key.cast::<PyString>()?;
            let key = key.to_string_lossy();
            match &*key {
                "product" => &mut product,
                "section" => &mut section,
                "event" => &mut event,
                other => {
                    return Err(PyTypeError::new_err(format!(
                        "lookup() got an unexpected keyword argument '{other}'"
                    )))
                }
            }
        };
        *slot = Some(value);
    }
    let code = match positional {
        [code] => code,
        [code, positional_product] => {
            if product.is_some() {
                return Err(PyTypeError::new_err(
                    "lookup() got multiple values for argument 'product'",
                ));
            }
            product = Some(*positional_product);
            code
        }
        [] => {
            return Err(PyTypeError::new_err(
                "lookup() missing required positional argument: 'code'",
            ))
        }
        more => {
            return Err(PyTypeError::new_err(format!(
                "lookup() takes from 1 to 2 positional arguments but {} were given",
                more.len()
            )))
        }
    };
    let named = |a: Option<Borrowed<'a, 'py, PyAny>>| a.is_some_and(|a| !a.is_none());
    let event_true = match event {
        Some(e) => e.cast::<PyBool>().map(|b| b.is_true()).map_err(|_| {
            PyTypeError::new_err(format!("event must be a bool, not {}", args::type_name(&e)))
        })?,
        None => false,
    };
    if !named(product) && !named(section) && !event_true {
        return cached_lookup::<Code>(py, code);
    }
    products::lookup(py, code, product.as_deref(), section.as_deref(), event.as_deref())
}

/// Argument `i` of a `METH_FASTCALL` call, borrowed.
///
/// # Safety
/// `argv` holds more than `i` arguments: valid borrowed references, never NULL (CPython's
/// calling convention), which spares the check `Borrowed::from_ptr` makes.
#[inline(always)]
unsafe fn arg<'a, 'py>(
    py: Python<'py>,
    argv: *const *mut ffi::PyObject,
    i: usize,
) -> Borrowed<'a, 'py, PyAny> {
    // SAFETY: the caller's contract.
    unsafe { Borrowed::from_ptr_or_opt(py, *argv.add(i)).unwrap_unchecked() }
}

/// `METH_FASTCALL | METH_KEYWORDS` lookup: `lookup(code)` as before, `lookup(code, product)`
/// and `lookup(code, product=...)` without binding, anything else through [`lookup_bound`].
unsafe extern "C" fn lookup_fast(
    _module: *mut ffi::PyObject,
    argv: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    boundary(|py| {
        // `lookup(code)`, the most frequent call, before anything else, without touching the
        // argument's reference count; then `lookup(code, product)`, whose None (AI Agent's
        // lookup, as `lookup(code)`) `lookup_in` leaves to its slow path.
        if kwnames.is_null() && nargs == 1 {
            // SAFETY: `argv` holds one positional argument.
            let code = unsafe { arg(py, argv, 0) };
            return cached_lookup::<Code>(py, &code);
        }
        if kwnames.is_null() && nargs == 2 {
            // SAFETY: `argv` holds two positional arguments.
            let (code, product) = unsafe { (arg(py, argv, 0), arg(py, argv, 1)) };
            return products::lookup_in(py, &code, &product);
        }
        // `lookup(code, product=...)`: the names tuple is a constant of the call site, which
        // `product_keyword` recognises by identity once it has checked it.
        if nargs == 1 && products::product_keyword(py, kwnames) {
            // SAFETY: `argv` holds one positional then one keyword value.
            let (code, product) = unsafe { (arg(py, argv, 0), arg(py, argv, 1)) };
            return products::lookup_in(py, &code, &product);
        }
        // SAFETY: CPython's arguments, as passed.
        unsafe { lookup_general(py, argv, nargs, kwnames) }
    })
}

/// Every other call of [`lookup_fast`], bound in full; apart, so that the usual calls pay
/// nothing for it.
///
/// # Safety
/// The arguments are CPython's `METH_FASTCALL | METH_KEYWORDS` ones.
#[cold]
#[inline(never)]
unsafe fn lookup_general<'py>(
    py: Python<'py>,
    argv: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: CPython passes `nargs` valid borrowed references, then one per keyword.
    let borrow = |i: ffi::Py_ssize_t| unsafe { Borrowed::from_ptr(py, *argv.offset(i)) };
    let first_two = [0, 1].map(|i| (i < nargs).then(|| borrow(i)));
    let positional: &[Borrowed<'_, 'py, PyAny>] = match first_two {
        [Some(a), Some(b)] if nargs == 2 => &[a, b],
        [Some(a), None] => &[a],
        [None, _] => &[],
        _ => {
            return Err(PyTypeError::new_err(format!(
                "lookup() takes from 1 to 2 positional arguments but {nargs} were given"
            )))
        }
    };
    let count = if kwnames.is_null() {
        0
    } else {
        // SAFETY: `kwnames` is a tuple of str (CPython's calling convention).
        unsafe { ffi::PyTuple_Size(kwnames) }
    };
    let keywords = (0..count.max(0)).map(move |j| {
        // SAFETY: `j` is in range of the tuple; the item is a borrowed reference, or NULL with
        // an exception set, which `from_ptr_or_err` takes.
        let key = unsafe { Borrowed::from_ptr_or_err(py, ffi::PyTuple_GetItem(kwnames, j)) }?;
        Ok((key, borrow(nargs + j)))
    });
    lookup_bound(py, positional, keywords)
}

/// `METH_VARARGS | METH_KEYWORDS` twin of [`lookup_fast`], for CPython 3.9.
unsafe extern "C" fn lookup_varargs(
    _module: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    boundary(|py| {
        // SAFETY: CPython passes a tuple and a dict or NULL, both borrowed for the call.
        let args = unsafe { Borrowed::from_ptr(py, args) }.cast::<PyTuple>()?;
        let positional = (0..args.len() as ffi::Py_ssize_t)
            // SAFETY: `i` is in range of the tuple, as for `kwnames` in `lookup_general`.
            .map(|i| unsafe { Borrowed::from_ptr_or_err(py, ffi::PyTuple_GetItem(args.as_ptr(), i)) })
            .collect::<PyResult<Vec<_>>>()?;
        let mut keywords = Vec::new();
        if !kwargs.is_null() {
            // SAFETY: as above.
            let kwargs = unsafe { Bound::from_borrowed_ptr(py, kwargs) };
            keywords.extend(kwargs.cast::<PyDict>()?.iter());
        }
        let keywords = keywords
            .iter()
            .map(|(k, v)| Ok((k.as_borrowed(), v.as_borrowed())));
        lookup_bound(py, &positional, keywords)
    })
}

/// A `PyMethodDef` in a `static`: CPython only reads it, from any thread.
struct Def(ffi::PyMethodDef);
// SAFETY: the definition is immutable and its pointers are to 'static data.
unsafe impl Sync for Def {}

const fn def(name: &'static CStr, meth: ffi::PyMethodDefPointer, flags: c_int, doc: &'static CStr) -> Def {
    Def(ffi::PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: meth,
        ml_flags: flags,
        ml_doc: doc.as_ptr(),
    })
}

const fn o(f: ffi::PyCFunction) -> ffi::PyMethodDefPointer {
    ffi::PyMethodDefPointer { PyCFunction: f }
}

const fn kw(f: ffi::PyCFunctionWithKeywords) -> ffi::PyMethodDefPointer {
    ffi::PyMethodDefPointer {
        PyCFunctionWithKeywords: f,
    }
}

const fn fast(f: FastWithKeywords) -> ffi::PyMethodDefPointer {
    // SAFETY: every variant of the union is a function pointer of the same size; CPython
    // calls it with the `METH_FASTCALL | METH_KEYWORDS` signature that `f` has.
    ffi::PyMethodDefPointer {
        PyCFunction: unsafe { std::mem::transmute::<FastWithKeywords, ffi::PyCFunction>(f) },
    }
}

macro_rules! text_defs {
    ($($name:literal, $family:ty, $message:literal, $doc:literal;)*) => {
        static TEXT_FAST: [Def; 4] = [$(def(
            $name,
            fast(text_fast::<$family, $message>),
            METH_FASTCALL | ffi::METH_KEYWORDS,
            $doc,
        ),)*];
        static TEXT_VARARGS: [Def; 4] = [$(def(
            $name,
            kw(text_varargs::<$family, $message>),
            ffi::METH_VARARGS | ffi::METH_KEYWORDS,
            $doc,
        ),)*];
    };
}

text_defs! {
    c"message", Code, true, c"message(code, /, lang='zh')\n--\n\nZEGO's description of return code `code` in `lang` (\"zh\" or \"en\"); a generic text naming its range if unknown.";
    c"suggestion", Code, false, c"suggestion(code, /, lang='zh')\n--\n\nZEGO's suggested handling of return code `code` in `lang`; empty where ZEGO has none, generic advice if unknown.";
    c"event_message", EventCode, true, c"event_message(code, /, lang='zh')\n--\n\nZEGO's description of callback exception event code `code` in `lang`.";
    c"event_suggestion", EventCode, false, c"event_suggestion(code, /, lang='zh')\n--\n\nZEGO's suggested handling of callback exception event code `code` in `lang`.";
}

static ONE_ARG: [Def; 5] = [
    def(
        c"name",
        o(one_arg::<Code, Name>),
        ffi::METH_O,
        c"name(code, /)\n--\n\nThe symbolic name of return code `code`, or None if unknown.",
    ),
    def(
        c"is_known",
        o(one_arg::<Code, IsKnown>),
        ffi::METH_O,
        c"is_known(code, /)\n--\n\nWhether the catalog holds return code `code`.",
    ),
    def(
        c"is_retryable",
        o(one_arg::<Code, IsRetryable>),
        ffi::METH_O,
        c"is_retryable(code, /)\n--\n\nWhether a request that got `code` may succeed when sent again later; False if unknown.",
    ),
    def(
        c"event_name",
        o(one_arg::<EventCode, Name>),
        ffi::METH_O,
        c"event_name(code, /)\n--\n\nThe symbolic name of event code `code`, or None if unknown.",
    ),
    def(
        c"event_is_known",
        o(one_arg::<EventCode, IsKnown>),
        ffi::METH_O,
        c"event_is_known(code, /)\n--\n\nWhether the catalog holds event code `code`.",
    ),
];

const LOOKUP_DOC: &CStr = c"lookup(code, /, product=None, *, section=None, event=False)\n--\n\nEverything the catalog says about return code `code`, as an immutable CodeInfo (the same object on every call for a known code). An unknown code gets an entry too: `known` False, no name, generic texts naming its range. With `product` (a Product or its id), `section` (a Section, or the id of one of the product's) or `event=True` (callback event codes), that product's answer instead, as a ProductCodeInfo; where the product's sections disagree on the number, an unqualified lookup says it is ambiguous and gives each meaning.";

static LOOKUP_FAST: Def = def(
    c"lookup",
    fast(lookup_fast),
    METH_FASTCALL | ffi::METH_KEYWORDS,
    LOOKUP_DOC,
);

static LOOKUP_VARARGS: Def = def(
    c"lookup",
    kw(lookup_varargs),
    ffi::METH_VARARGS | ffi::METH_KEYWORDS,
    LOOKUP_DOC,
);

static LOOKUPS: [Def; 1] = [def(
    c"lookup_event",
    o(lookup_o::<EventCode>),
    ffi::METH_O,
    c"lookup_event(code, /)\n--\n\nEverything the catalog says about callback exception event code `code`, as an immutable EventCodeInfo.",
)];

fn add(module: &Bound<'_, PyModule>, def: &'static Def) -> PyResult<()> {
    let py = module.py();
    let module_name = module.name()?;
    // SAFETY: `def` lives forever and is never written; the name is a str. The result is a
    // new reference or NULL with an exception set, which `from_owned_ptr_or_err` takes.
    let func = unsafe {
        let raw = ffi::PyCFunction_NewEx(
            ptr::from_ref(&def.0).cast_mut(),
            ptr::null_mut(),
            module_name.as_ptr(),
        );
        Bound::from_owned_ptr_or_err(py, raw)?
    };
    let name = func.getattr("__name__")?.cast_into::<PyString>()?;
    module.add(name, func)
}

/// Adds every hand-written function to the module, with the fastest calling convention the
/// running interpreter accepts under the stable ABI.
pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let (texts, lookup) = if module.py().version_info() >= (3, 10) {
        (&TEXT_FAST, &LOOKUP_FAST)
    } else {
        (&TEXT_VARARGS, &LOOKUP_VARARGS)
    };
    texts
        .iter()
        .chain([lookup])
        .chain(&ONE_ARG)
        .chain(&LOOKUPS)
        .try_for_each(|d| add(module, d))
}
