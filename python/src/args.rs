//! Checking the arguments Python passes: one place decides what a code and a language are,
//! so every function answers bad input with the same exceptions and messages.

use pyo3::exceptions::{PyOverflowError, PyTypeError, PyValueError};
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt, PyString};
use zego_codes::Lang;

/// A code is an `int` (or an object with `__index__`, such as `numpy.uint32`) in
/// `0..=4294967295`. `bool` is refused although it is an `int`: `message(True)` is a bug.
#[inline]
pub fn code(obj: &Bound<'_, PyAny>) -> PyResult<u32> {
    // The usual argument, a plain `int` in range, in one call and inline: a third of a
    // lookup's cost went to the general checks. Anything else takes them, and gets their errors.
    if obj.is_exact_instance_of::<PyInt>() {
        // SAFETY: `obj` is a live `int`; the call returns (unsigned long)-1 with an
        // exception set when the value is negative or too large.
        let value = unsafe { ffi::PyLong_AsUnsignedLong(obj.as_ptr()) };
        // Where unsigned long is 32 bits (armv7, x86, Windows), (unsigned long)-1 is also the
        // valid code 4294967295: only a set exception tells the two apart.
        let failed = value == std::os::raw::c_ulong::MAX
            // SAFETY: the GIL is held (`obj` is bound to it); the call only reads its state.
            && !unsafe { ffi::PyErr_Occurred() }.is_null();
        if let (false, Ok(code)) = (failed, u32::try_from(value)) {
            return Ok(code);
        }
        // SAFETY: clears the exception the call may have set; the checks raise ours.
        unsafe { ffi::PyErr_Clear() };
    }
    checked_code(obj)
}

#[cold]
fn checked_code(obj: &Bound<'_, PyAny>) -> PyResult<u32> {
    if let Ok(int) = obj.cast::<PyInt>() {
        if obj.is_instance_of::<PyBool>() {
            return Err(PyTypeError::new_err("code must be an int, not bool"));
        }
        return in_range(int);
    }
    if has_index(obj) {
        let index = obj.py().import("operator")?.call_method1("index", (obj,))?;
        return in_range(index.cast::<PyInt>()?);
    }
    Err(PyTypeError::new_err(format!(
        "code must be an int, not {}",
        type_name(obj)
    )))
}

fn in_range(int: &Bound<'_, PyInt>) -> PyResult<u32> {
    int.extract::<u32>().map_err(|_| {
        PyOverflowError::new_err(format!(
            "code must be in 0..=4294967295 (an unsigned 32-bit integer), got {}",
            int.repr().map(|r| r.to_string()).unwrap_or_default()
        ))
    })
}

fn has_index(obj: &Bound<'_, PyAny>) -> bool {
    obj.get_type().hasattr("__index__").unwrap_or(false)
}

/// `"zh"` or `"en"`, exactly; no default here, the callers pass `None` for "not given".
pub fn lang(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Lang> {
    let Some(obj) = obj else {
        return Ok(Lang::Zh);
    };
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "lang must be a str (\"zh\" or \"en\"), not {}",
            type_name(obj)
        )));
    };
    // Literals in the caller's code are interned, so identity settles the usual case.
    let py = obj.py();
    if s.is(intern!(py, "zh")) {
        return Ok(Lang::Zh);
    }
    if s.is(intern!(py, "en")) {
        return Ok(Lang::En);
    }
    match &*s.to_string_lossy() {
        "zh" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        other => Err(PyValueError::new_err(format!(
            "lang must be \"zh\" or \"en\", got {other:?}"
        ))),
    }
}

pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "an unknown type".to_owned())
}
