//! Every ZEGO server product's codes, for `zego_codes.lookup(code, product, ...)`,
//! `zego_codes.definitions`, `zego_codes.Product` and `zego_codes.Section`.
//!
//! The Python side defines the classes (the `Product` and `Section` enums, generated from the
//! model, and `ProductCodeInfo`) and registers them here once (`set_product_types`); a lookup
//! then recognises a `Product` or `Section` member by identity, and answers a known code with
//! an object built on its first lookup and kept: the objects are immutable. Everything a
//! lookup says comes from the core's `ProductCode`, so the rules (ambiguous codes, unknown
//! texts by product and range) are written once, there.

use std::ptr;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize};

use pyo3::exceptions::{PySystemError, PyTypeError, PyValueError};
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyString, PyTuple};
use pyo3::Borrowed;
use zego_codes::{EventCode, Family, Lang, Meaning, Product, ProductCode, Section};

use crate::args;

/// An enum's members with their values (`Guidance`: `("retry_later", Guidance.RETRY_LATER)`).
type Members = Box<[(String, Py<PyAny>)]>;

/// The objects kept for one family's entries (`Product::meanings(family)`), each built on
/// its first lookup.
struct FamilyCells {
    /// The family's product.
    product: Product,
    /// The address of the family's first entry: an entry's position is its distance from it.
    base: usize,
    /// By entry, in the family's order.
    entries: Box<[EntryCells]>,
    /// By entry: whether it is the first of several entries with its code (whose unqualified
    /// answer is one of its own).
    first_of_several: Box<[bool]>,
}

impl FamilyCells {
    /// The position of `entry` in its family: its distance from the first entry.
    #[inline(always)]
    fn position(&self, entry: &'static Meaning) -> usize {
        (std::ptr::from_ref(entry) as usize).wrapping_sub(self.base) / std::mem::size_of::<Meaning>()
    }

    /// The cells of `entry`, one of the family's (`get` refuses anything outside it).
    #[inline(always)]
    fn entry(&self, entry: &'static Meaning) -> PyResult<&EntryCells> {
        self.entries.get(self.position(entry)).ok_or_else(bug)
    }

    /// `lookup(code, product)` of a code of this family, of return codes: the core's probe,
    /// then one cell. The lookup's `ProductCode` is made again on the cold paths, so that
    /// the usual one does not build it.
    #[inline(always)]
    fn answer_unqualified<'py>(&self, py: Python<'py>, code: u32) -> PyResult<Bound<'py, PyAny>> {
        match ProductCode::new(self.product, code).info() {
            Some(first) => match self.entry(first)?.unqualified.get(py) {
                Some(kept) => Ok(kept.bind(py).clone()),
                None => self.keep_return(py, first, code),
            },
            None => self.rare_return(py, code),
        }
    }

    /// [`Self::keep_unqualified`] for [`Self::answer_unqualified`].
    #[cold]
    #[inline(never)]
    fn keep_return<'py>(
        &self,
        py: Python<'py>,
        first: &'static Meaning,
        code: u32,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.keep_unqualified(py, first, ProductCode::new(self.product, code))
    }

    /// [`Registry::answer_rare`] for [`Self::answer_unqualified`].
    #[cold]
    #[inline(never)]
    fn rare_return<'py>(&self, py: Python<'py>, code: u32) -> PyResult<Bound<'py, PyAny>> {
        registry(py)?.answer_rare(py, ProductCode::new(self.product, code))
    }

    /// The unqualified answer `pc` whose answering entry is `first`, one of the family's.
    #[inline(always)]
    fn unqualified<'py>(
        &self,
        py: Python<'py>,
        first: &'static Meaning,
        pc: ProductCode,
    ) -> PyResult<Bound<'py, PyAny>> {
        match self.entry(first)?.unqualified.get(py) {
            Some(kept) => Ok(kept.bind(py).clone()),
            None => self.keep_unqualified(py, first, pc),
        }
    }

    /// Fills the unqualified cell of `first`: its own answer where several sections list
    /// the code, else the object of its `exact` cell, so that the two lookups answer with the
    /// same object. A copy is always of the object `exact` kept first, so writers agree; of
    /// two builders of an answer of its own, the first to set wins, as in [`Registry::keep`].
    #[cold]
    #[inline(never)]
    fn keep_unqualified<'py>(
        &self,
        py: Python<'py>,
        first: &'static Meaning,
        pc: ProductCode,
    ) -> PyResult<Bound<'py, PyAny>> {
        let r = registry(py)?;
        let i = self.position(first);
        let cells = self.entries.get(i).ok_or_else(bug)?;
        if self.first_of_several.get(i).copied().unwrap_or(false) {
            return r.keep(py, &cells.unqualified, pc);
        }
        let exact = match cells.exact.get(py) {
            Some(kept) => kept.bind(py).clone(),
            None => r.keep(py, &cells.exact, first.product_code())?,
        };
        let _ = cells.unqualified.set(py, exact.clone().unbind());
        Ok(exact)
    }
}

/// The two objects kept for one entry.
struct EntryCells {
    /// The answer of exactly this entry: a lookup qualified by its section, or an
    /// unqualified one of a code only it lists.
    exact: PyOnceLock<Py<PyAny>>,
    /// The answer of an unqualified lookup that lands on this entry: for the first of several
    /// entries with its code, an answer of its own, whose `meanings` lists them all; for any
    /// other, the object of `exact`, copied here on first use, so that the usual lookup reads
    /// one cell and chooses nothing.
    unqualified: PyOnceLock<Py<PyAny>>,
}

/// Which product an object names, by its address: the `Product` members and the interned
/// ids (`"rtc"`: a literal in the caller's code is the interned string), found with one
/// multiply and one compare instead of a scan, and without asking whether the registry is
/// there: until registration fills it, every slot's address is 0, which no object has. A
/// table without a collision-free multiplier (not seen: a few dozen keys in 256 slots) leaves
/// every object to the slow path.
struct ByAddress {
    multiplier: AtomicU64,
    /// A slot's index is the top `BITS` bits of the address times the multiplier, so it
    /// needs no bounds check.
    slots: [AddressSlot; 1 << ByAddress::BITS],
}

/// An object's address, 0 if none, and the kept objects of its product's return codes.
struct AddressSlot {
    address: AtomicUsize,
    /// Into the registry's `families`, which lives as long as the program.
    returns: AtomicPtr<FamilyCells>,
}

static BY_ADDRESS: ByAddress = ByAddress {
    multiplier: AtomicU64::new(0),
    slots: [const {
        AddressSlot {
            address: AtomicUsize::new(0),
            returns: AtomicPtr::new(ptr::null_mut()),
        }
    }; 1 << ByAddress::BITS],
};

impl ByAddress {
    const BITS: u32 = 8;

    #[inline(always)]
    fn slot(multiplier: u64, address: usize) -> usize {
        ((address as u64).wrapping_mul(multiplier) >> (64 - Self::BITS)) as usize
    }

    /// Fills the table once, at registration: each slot goes from empty to its final
    /// value, its pointer stored before its address, so that a reader who sees the address
    /// sees the pointer whichever multiplier it used.
    fn fill(&self, keys: &[(usize, &'static FamilyCells)]) {
        // Odd multipliers from a fixed sequence (SplitMix64): the first without a collision.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..1000 {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            let multiplier = (z ^ (z >> 31)) | 1;
            let mut used = [false; 1 << Self::BITS];
            let fits = keys
                .iter()
                .all(|&(address, _)| !std::mem::replace(&mut used[Self::slot(multiplier, address)], true));
            if fits {
                for &(address, returns) in keys {
                    let slot = &self.slots[Self::slot(multiplier, address)];
                    slot.returns.store(ptr::from_ref(returns).cast_mut(), Release);
                    slot.address.store(address, Release);
                }
                self.multiplier.store(multiplier, Release);
                return;
            }
        }
    }

    /// The kept objects of the return codes of the product `obj` names, if it is a `Product`
    /// member or an interned id.
    #[inline(always)]
    fn get(&self, obj: &Bound<'_, PyAny>) -> Option<&'static FamilyCells> {
        let address = obj.as_ptr() as usize;
        let slot = &self.slots[Self::slot(self.multiplier.load(Relaxed), address)];
        if slot.address.load(Acquire) != address {
            return None;
        }
        // SAFETY: `fill` stored the pointer, a reference into the registry (a static set once
        // and never dropped), before the address, which this load of it acquired.
        Some(unsafe { &*slot.returns.load(Relaxed) })
    }
}

/// What `zego_codes._info` registers at import.
pub struct Registry {
    /// The `Product` members, by discriminant.
    products: Box<[Py<PyAny>]>,
    /// The interned product ids, kept alive for `BY_ADDRESS`.
    ids: Box<[Py<PyString>]>,
    /// The `Section` members, in `Section::all()` order.
    sections: Box<[Py<PyAny>]>,
    /// `ProductCodeInfo`.
    info: Py<PyAny>,
    /// The members of `Guidance`, `Category` and `EventCategory`, with their values.
    guidances: Members,
    categories: Members,
    event_categories: Members,
    /// By family: `product * 2 + family`.
    families: Box<[FamilyCells]>,
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
    enums: (Bound<'_, PyAny>, Bound<'_, PyAny>, Bound<'_, PyAny>),
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
    let ids: Box<[Py<PyString>]> = Product::ALL
        .iter()
        .map(|p| PyString::intern(py, p.id()).unbind())
        .collect();
    let sections = members(section, Section::all().map(section_value).collect())?;
    let families = families()
        .map(|(p, f)| {
            let all = p.meanings(f);
            FamilyCells {
                product: p,
                base: all.as_ptr() as usize,
                entries: all
                    .iter()
                    .map(|_| EntryCells {
                        exact: PyOnceLock::new(),
                        unqualified: PyOnceLock::new(),
                    })
                    .collect(),
                first_of_several: (0..all.len())
                    .map(|i| {
                        let code = all[i].code();
                        (i == 0 || all[i - 1].code() != code)
                            && all.get(i + 1).is_some_and(|n| n.code() == code)
                    })
                    .collect(),
            }
        })
        .collect();
    let by_value = |class: &Bound<'_, PyAny>| -> PyResult<Members> {
        let mut out = Vec::new();
        for member in class.try_iter()? {
            let member = member?;
            out.push((member.getattr("value")?.extract::<String>()?, member.unbind()));
        }
        Ok(out.into())
    };
    let registry = Registry {
        guidances: by_value(&enums.0)?,
        categories: by_value(&enums.1)?,
        event_categories: by_value(&enums.2)?,
        products,
        ids,
        sections,
        info: info.clone().unbind(),
        families,
    };
    // Only the registry that stays fills the table (another thread may have set one while
    // this one called Python code above).
    if REGISTRY.set(py, registry).is_ok() {
        if let Some(r) = REGISTRY.get(py) {
            let returns = |p: Product| r.families.get(family_index(p, Family::Return)).ok_or_else(bug);
            let mut keys = Vec::new();
            for (obj, &p) in r
                .products
                .iter()
                .chain(r.ids.iter().map(|s| s.as_any()))
                .zip(Product::ALL.iter().chain(Product::ALL))
            {
                keys.push((obj.as_ptr() as usize, returns(p)?));
            }
            BY_ADDRESS.fill(&keys);
        }
    }
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
    if let Some(returns) = BY_ADDRESS.get(obj) {
        return Ok(returns.product);
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
            let p = product.unwrap_or(Product::DEFAULT);
            // The id of one of the product's sections, else a value (`"rtc/media_files"`).
            let by_value = || {
                let (product_id, section_id) = id.split_once('/')?;
                Product::from_id(product_id)?.section(section_id)
            };
            match p.section(&id).or_else(by_value) {
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

/// The member of an enum with value `value`.
fn by_value<'py>(
    py: Python<'py>,
    members: &[(String, Py<PyAny>)],
    value: &str,
) -> PyResult<Bound<'py, PyAny>> {
    members
        .iter()
        .find(|(v, _)| v == value)
        .map(|(_, m)| m.bind(py).clone())
        .ok_or_else(bug)
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

    fn guidance<'py>(&self, py: Python<'py>, g: zego_codes::Guidance) -> PyResult<Bound<'py, PyAny>> {
        by_value(py, &self.guidances, g.as_str())
    }

    fn category<'py>(&self, py: Python<'py>, value: &str) -> PyResult<Bound<'py, PyAny>> {
        by_value(py, &self.categories, value)
    }

    fn event_category<'py>(&self, py: Python<'py>, value: &str) -> PyResult<Bound<'py, PyAny>> {
        by_value(py, &self.event_categories, value)
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

    /// The kept objects of `product`'s `family`.
    #[inline(always)]
    fn family(&self, product: Product, family: Family) -> PyResult<&FamilyCells> {
        self.families.get(family_index(product, family)).ok_or_else(bug)
    }

    /// The answer to `pc`: kept for a known code, new for an unknown one.
    fn answer<'py>(&self, py: Python<'py>, pc: ProductCode) -> PyResult<Bound<'py, PyAny>> {
        // `info()`, the core's one probe, answers every code but an unknown or ambiguous one.
        let Some(first) = pc.info() else {
            return self.answer_rare(py, pc);
        };
        let family = self.family(pc.product(), pc.family())?;
        if pc.section().is_none() {
            return family.unqualified(py, first, pc);
        }
        let cell = &family.entry(first)?.exact;
        match cell.get(py) {
            Some(kept) => Ok(kept.bind(py).clone()),
            None => self.keep(py, cell, first.product_code()),
        }
    }

    /// The answer of an unknown code (new each time) or of an ambiguous one (kept).
    #[cold]
    #[inline(never)]
    fn answer_rare<'py>(&self, py: Python<'py>, pc: ProductCode) -> PyResult<Bound<'py, PyAny>> {
        let Some(first) = pc.meanings().first() else {
            return self.build(py, pc);
        };
        let cell = &self.family(pc.product(), pc.family())?.entry(first)?.unqualified;
        match cell.get(py) {
            Some(kept) => Ok(kept.bind(py).clone()),
            None => self.keep(py, cell, pc),
        }
    }

    /// Builds the answer of `lookup` into `cell`: outside the cell's lock, since the class is
    /// Python code, which may re-enter (as in `fast::lookup_o`). Of two builders the first to
    /// set wins.
    #[cold]
    fn keep<'py>(
        &self,
        py: Python<'py>,
        cell: &PyOnceLock<Py<PyAny>>,
        lookup: ProductCode,
    ) -> PyResult<Bound<'py, PyAny>> {
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

/// `lookup(code, product)`, the usual call: a `Product` member or an interned id, found by
/// address, then the core's probe and the kept object, all inlined into the caller.
#[inline(always)]
pub fn lookup_in<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyAny>,
    product_arg: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    if let Some(returns) = BY_ADDRESS.get(product_arg) {
        return returns.answer_unqualified(py, args::code(code)?);
    }
    lookup_in_slow(py, code, product_arg)
}

/// Every other `lookup(code, product)`: a product id that is not interned, the first lookup
/// before the registry, None (AI Agent's lookup, as `lookup(code)`), or a wrong argument.
#[cold]
#[inline(never)]
fn lookup_in_slow<'py>(
    py: Python<'py>,
    code: &Bound<'py, PyAny>,
    product_arg: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    if product_arg.is_none() {
        return crate::fast::lookup_ai_agent(py, code);
    }
    lookup(py, code, Some(product_arg), None, None)
}

/// The names tuples of the call sites `lookup(code, product=...)` seen, each checked once and
/// kept with a strong reference, so that its address never becomes another object's. A call
/// site's tuple is a constant of its code object, so identity recognises it again without
/// reading it (which the stable ABI does through two calls). The first four tuples stay;
/// any other is checked on each call.
static PRODUCT_KWNAMES: [AtomicPtr<ffi::PyObject>; 4] = [const { AtomicPtr::new(ptr::null_mut()) }; 4];

/// Whether `kwnames`, the names tuple of a `METH_FASTCALL | METH_KEYWORDS` call or NULL, is
/// `("product",)`.
#[inline(always)]
pub fn product_keyword(py: Python<'_>, kwnames: *mut ffi::PyObject) -> bool {
    !kwnames.is_null() && (PRODUCT_KWNAMES[0].load(Relaxed) == kwnames || product_keyword_slow(py, kwnames))
}

#[cold]
#[inline(never)]
fn product_keyword_slow(py: Python<'_>, kwnames: *mut ffi::PyObject) -> bool {
    if PRODUCT_KWNAMES.iter().any(|kept| kept.load(Relaxed) == kwnames) {
        return true;
    }
    // SAFETY: `kwnames` is a tuple of str (CPython's calling convention); the item is a
    // borrowed reference, or NULL with an exception set, which `from_ptr_or_err` takes.
    let name = unsafe {
        if ffi::PyTuple_Size(kwnames) != 1 {
            return false;
        }
        Borrowed::from_ptr_or_err(py, ffi::PyTuple_GetItem(kwnames, 0))
    };
    let is_product = match name {
        // Keyword names are interned: identity settles the usual case.
        Ok(name) => {
            name.is(intern!(py, "product"))
                || name
                    .cast::<PyString>()
                    .is_ok_and(|n| n.to_string_lossy() == "product")
        }
        Err(err) => {
            drop(err);
            false
        }
    };
    if is_product {
        // Only with the GIL held (which every caller has): no other thread writes meanwhile.
        if let Some(free) = PRODUCT_KWNAMES.iter().find(|kept| kept.load(Relaxed).is_null()) {
            // SAFETY: `kwnames` is a live object; the new reference is kept for good.
            unsafe { ffi::Py_IncRef(kwnames) };
            free.store(kwnames, Relaxed);
        }
    }
    is_product
}

/// The attributes `product_fill` sets, in `ProductCodeInfo.__slots__`'s order.
const FIELDS: [&str; 20] = [
    "code",
    "product",
    "section",
    "event",
    "name",
    "known",
    "ambiguous",
    "message_zh",
    "message_en",
    "suggestion_zh",
    "suggestion_en",
    "cause_zh",
    "cause_en",
    "guidance",
    "category",
    "since",
    "withdrawn",
    "english_from_zego",
    "_meanings",
    "_key",
];

static FIELD_NAMES: PyOnceLock<[Py<PyString>; 20]> = PyOnceLock::new();

/// Sets the fields of `info`, a new `ProductCodeInfo`, to the answer of the lookup
/// `(code, product, section, event)`: what its `__init__` does, natively, past the class's
/// `__setattr__` (which refuses every write: the object is immutable once built).
#[pyfunction]
#[pyo3(signature = (info, code, product, section = None, event = false))]
fn product_fill<'py>(
    py: Python<'py>,
    info: &Bound<'py, PyAny>,
    code: &Bound<'py, PyAny>,
    product: &Bound<'py, PyAny>,
    section: Option<&Bound<'py, PyAny>>,
    event: bool,
) -> PyResult<()> {
    let event_obj = PyBool::new(py, event).to_owned().into_any();
    let pc = resolve(code, Some(product), section, Some(&event_obj))?;
    let r = registry(py)?;
    let entry = pc.info();
    let text = |t: &str| PyString::new(py, t).into_any();
    let both = |f: &dyn Fn(Lang) -> Bound<'py, PyAny>| [f(Lang::Zh), f(Lang::En)];
    let [message_zh, message_en] = both(&|l| text(&pc.message(l)));
    let [suggestion_zh, suggestion_en] = both(&|l| text(&pc.suggestion(l)));
    let [cause_zh, cause_en] = both(&|l| text(entry.map_or("", |m| m.cause(l).as_str())));
    let category = match (pc.category(), pc.product() == Product::DEFAULT) {
        (Some(c), _) => r.category(py, c.as_str())?,
        (None, true) => r.event_category(py, EventCode::new(pc.get()).category().as_str())?,
        (None, false) => r.event_category(py, "unknown")?,
    };
    // The section that answers: the one asked for, else the answering entry's.
    let answering = pc.section().or_else(|| entry.and_then(Meaning::section));
    let meanings = match pc.meanings() {
        [_] => py.None().into_bound(py),
        many => {
            let mut objs = Vec::with_capacity(many.len());
            for m in many {
                objs.push(r.answer(py, m.product_code())?);
            }
            PyTuple::new(py, objs)?.into_any()
        }
    };
    let is_event = pc.family() == Family::Event;
    let key = (
        pc.get(),
        pc.product().id(),
        pc.section().map(section_value),
        is_event,
    );
    let flag = |b: bool| PyBool::new(py, b).to_owned().into_any();
    let values: [Bound<'py, PyAny>; 20] = [
        pc.get().into_pyobject(py)?.into_any(),
        r.product(py, pc.product())?,
        r.section(py, answering)?,
        flag(is_event),
        pc.name().into_pyobject(py)?.into_any(),
        flag(pc.is_known()),
        flag(pc.is_ambiguous()),
        message_zh,
        message_en,
        suggestion_zh,
        suggestion_en,
        cause_zh,
        cause_en,
        r.guidance(py, pc.guidance())?,
        category,
        pc.since().into_pyobject(py)?.into_any(),
        pc.withdrawn().into_pyobject(py)?.into_any(),
        flag(entry.is_some_and(|m| m.text_from_zego(Lang::En))),
        meanings,
        key.into_pyobject(py)?.into_any(),
    ];
    let names = FIELD_NAMES.get_or_init(py, || FIELDS.map(|f| PyString::intern(py, f).unbind()));
    for (name, value) in names.iter().zip(values) {
        // SAFETY: three valid objects; the call returns -1 with an exception set on failure
        // (a name that is not one of the class's slots: a bug).
        if unsafe { pyo3::ffi::PyObject_GenericSetAttr(info.as_ptr(), name.as_ptr(), value.as_ptr()) } != 0 {
            return Err(PyErr::fetch(py));
        }
    }
    Ok(())
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
    value
        .split_once('/')
        .and_then(|(p, s)| Product::from_id(p)?.section(s))
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
    m.add_function(wrap_pyfunction!(product_fill, m)?)?;
    m.add_function(wrap_pyfunction!(definitions, m)?)?;
    m.add_function(wrap_pyfunction!(product_name, m)?)?;
    m.add_function(wrap_pyfunction!(product_hosts, m)?)?;
    m.add_function(wrap_pyfunction!(product_sections, m)?)?;
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
