//! Every ZEGO server product's codes through the C ABI: the products and their sections as
//! numbers (`zego_product_t`, `zego_section_t`), "who defines this number", and [`Lookup`],
//! the one body behind every function of the three product families
//! (ffi/product_family.rs.in: `zego_product_code_*`, `zego_product_event_*`,
//! `zego_section_code_*`).
//!
//! A product or section arrives as a raw `uint32_t`, so any value is valid input: one that
//! names no product or section answers like an unknown code, with a text that says why.

use core::ffi::{c_char, CStr};
use core::ptr;

use zego_codes::{
    definitions, Category, CodeCategory, EventCategory, Family, Guidance, Lang, Meaning, Product,
    ProductCode, Section, Text,
};

use crate::enums::{zego_category_t, zego_event_category_t, zego_guidance_t};
use crate::format::Line;

/// The value of no product: what `zego_product_from_id` and `zego_product_from_host` answer
/// when nothing matches, and `zego_section_product` for a value that names no section. No
/// product will ever have it.
pub const ZEGO_PRODUCT_NONE: u32 = u32::MAX;

/// The value of no section: where a product's pages have no sections, and what
/// `zego_section_from_id` answers when nothing matches. No section will ever have it.
pub const ZEGO_SECTION_NONE: u32 = u32::MAX;

/// A text the functions answer with: the core's, or one of this library's own.
#[derive(Clone, Copy)]
enum Said {
    Core(Text),
    Own(&'static CStr),
}

impl Said {
    #[inline]
    fn ptr(self) -> *const c_char {
        match self {
            Said::Core(t) => t.as_ptr(),
            Said::Own(c) => c.as_ptr(),
        }
    }

    fn str(self) -> &'static str {
        match self {
            Said::Core(t) => t.as_str(),
            Said::Own(c) => c.to_str().unwrap_or(""),
        }
    }
}

/// The message of a lookup whose `product` names no product, indexed by `Lang as usize`.
const NO_PRODUCT: [&CStr; 2] = [
    c"未知产品：该值不是 zego_product_t 的产品。",
    c"Unknown product: the value is not a zego_product_t product.",
];

/// The message of a lookup whose `section` names no section, indexed by `Lang as usize`.
const NO_SECTION: [&CStr; 2] = [
    c"未知章节：该值不是 zego_section_t 的章节。",
    c"Unknown section: the value is not a zego_section_t section.",
];

/// The product with value `product`, if it names one.
#[inline]
fn product_of(product: u32) -> Option<Product> {
    Product::from_value(product)
}

/// The section with value `section`, if it names one.
#[inline]
fn section_of(section: u32) -> Option<Section> {
    Section::from_value(section)
}

/// The C value of `section`, `ZEGO_SECTION_NONE` for none.
#[inline]
fn section_value(section: Option<Section>) -> u32 {
    section.map_or(ZEGO_SECTION_NONE, Section::value)
}

/// The family with C value `family` (`zego_family_t`).
#[inline]
fn family_of(family: u32) -> Option<Family> {
    match family {
        0 => Some(Family::Return),
        1 => Some(Family::Event),
        _ => None,
    }
}

/// The `len` bytes at `text`, or `None` for NULL.
///
/// # Safety
/// `text` is NULL or points to at least `len` readable bytes.
unsafe fn bytes_at<'a>(text: *const c_char, len: usize) -> Option<&'a [u8]> {
    if text.is_null() {
        return None;
    }
    // SAFETY: not NULL, and the caller promises `len` readable bytes that stay unchanged
    // during the call (the result does not outlive it).
    Some(unsafe { core::slice::from_raw_parts(text.cast::<u8>(), len) })
}

/// Whether `a` and `b` hold the same bytes. A loop rather than `==`, which calls the C
/// library's `bcmp`: the library imports nothing (Android links it without a C library).
/// Ids are a few bytes: one small loop, not an unrolled or vectorized one.
#[inline(never)]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (a.get(i), b.get(i)) {
        if x != y {
            return false;
        }
        i += 1;
    }
    true
}

/// The product with stable id `id`: `Product::from_id` over bytes.
fn product_from_id(id: &[u8]) -> Option<Product> {
    Product::ALL.iter().copied().find(|p| same(p.id().as_bytes(), id))
}

/// The product whose API answers at `host`: `Product::from_host` over bytes, without its
/// string searching and slicing, whose panic paths and `bcmp` calls the library must not
/// link (a test holds the two equal).
fn product_from_host(host: &[u8]) -> Option<Product> {
    // UTF-8 as `Product::from_host` takes it, so that the two agree on every input.
    core::str::from_utf8(host).ok()?;
    let end = host.iter().position(|&b| b == b':').unwrap_or(host.len());
    let mut host = host.get(..end).unwrap_or(host);
    while let [rest @ .., b'.'] = host {
        host = rest;
    }
    Product::ALL
        .iter()
        .copied()
        .find(|p| p.hosts().any(|h| host_matches(host, h.as_bytes())))
}

/// `host` is `documented`, or its first label is the documented one's and a `-suffix`.
fn host_matches(host: &[u8], documented: &[u8]) -> bool {
    if host.eq_ignore_ascii_case(documented) {
        return true;
    }
    let (Some(dot), Some(ddot)) = (
        host.iter().position(|&b| b == b'.'),
        documented.iter().position(|&b| b == b'.'),
    ) else {
        return false;
    };
    let (label, rest) = (host.get(..dot), host.get(dot + 1..));
    let (dlabel, drest) = (documented.get(..ddot), documented.get(ddot + 1..));
    let (Some(label), Some(rest), Some(dlabel), Some(drest)) = (label, rest, dlabel, drest) else {
        return false;
    };
    rest.eq_ignore_ascii_case(drest)
        && label.len() > dlabel.len() + 1
        && label
            .get(..dlabel.len())
            .is_some_and(|l| l.eq_ignore_ascii_case(dlabel))
        && label.get(dlabel.len()) == Some(&b'-')
}

/// Writes `value` through `out` unless it is NULL.
///
/// # Safety
/// `out` is NULL or valid for a write of a `u32`.
unsafe fn put(out: *mut u32, value: u32) {
    if !out.is_null() {
        // SAFETY: not NULL, and the caller promises it is valid for a write; unaligned
        // writes are allowed, so a packed field works too.
        unsafe { ptr::write_unaligned(out, value) };
    }
}

/// A code looked up in a product (of one family) or in a section, as the C functions of the
/// product families receive it: the `uint32_t` product or section may name none.
#[derive(Clone, Copy)]
pub(crate) enum Lookup {
    Found(ProductCode),
    NoProduct(Family, u32),
    NoSection(u32),
}

impl Lookup {
    /// Code `code` of `family` in product `product` (a `zego_product_t` value or not).
    #[inline(always)]
    pub(crate) fn product(product: u32, family: Family, code: u32) -> Lookup {
        match ProductCode::of_value(product, family, code) {
            Some(c) => Lookup::Found(c),
            None => Lookup::NoProduct(family, code),
        }
    }

    /// Code `code` of section `section` (a `zego_section_t` value or not).
    #[inline]
    pub(crate) fn section(section: u32, code: u32) -> Lookup {
        match section_of(section) {
            Some(s) => Lookup::Found(s.code(code)),
            None => Lookup::NoSection(code),
        }
    }

    #[inline]
    fn found(self) -> Option<ProductCode> {
        match self {
            Lookup::Found(c) => Some(c),
            _ => None,
        }
    }

    /// The code's family: that of the product lookup, or of the section.
    fn family(self) -> Family {
        match self {
            Lookup::Found(c) => c.family(),
            Lookup::NoProduct(family, _) => family,
            Lookup::NoSection(_) => Family::Return,
        }
    }

    fn code(self) -> u32 {
        match self {
            Lookup::Found(c) => c.get(),
            Lookup::NoProduct(_, code) | Lookup::NoSection(code) => code,
        }
    }

    /// The hot path of the C benchmarks: inlined into the C function, a call of the core.
    #[inline(always)]
    pub(crate) fn message(self, lang: Lang) -> *const c_char {
        match self {
            Lookup::Found(c) => c.message_ptr(lang),
            Lookup::NoProduct(..) => NO_PRODUCT[lang as usize].as_ptr(),
            Lookup::NoSection(_) => NO_SECTION[lang as usize].as_ptr(),
        }
    }

    /// Every text field but the message, out of line: each C function is then a call, which
    /// keeps the library small (the message has its own path, for speed).
    #[inline(never)]
    pub(crate) fn text(self, field: Field, lang: Lang) -> *const c_char {
        self.said(field, lang).ptr()
    }

    fn said(self, field: Field, lang: Lang) -> Said {
        let c = match self {
            Lookup::Found(c) => c,
            Lookup::NoProduct(..) if field == Field::Message => return Said::Own(NO_PRODUCT[lang as usize]),
            Lookup::NoSection(_) if field == Field::Message => return Said::Own(NO_SECTION[lang as usize]),
            // The generic advice of an unknown code of the family, by its range.
            _ if field == Field::Suggestion => {
                return Said::Core(match self.family() {
                    Family::Event => EventCategory::of(self.code()).unknown_suggestion(lang),
                    _ => Category::of(self.code()).unknown_suggestion(lang),
                })
            }
            _ => return Said::Own(c""),
        };
        let info = c.info();
        Said::Core(match (field, info) {
            (Field::Message, _) => c.message(lang),
            (Field::Suggestion, _) => c.suggestion(lang),
            (Field::Cause, Some(m)) => m.cause(lang),
            (Field::Name, Some(m)) => m.name(),
            (Field::Since, Some(m)) => m.since(),
            (Field::Withdrawn, Some(m)) => match m.withdrawn() {
                Some(revision) => revision,
                None => return Said::Own(c""),
            },
            _ => return Said::Own(c""),
        })
    }

    /// Every fact but the texts, out of line as `text`.
    #[inline(never)]
    pub(crate) fn facts(self) -> Facts {
        match self.found() {
            Some(c) => Facts {
                known: c.is_known(),
                ambiguous: c.is_ambiguous(),
                guidance: c.guidance(),
                meanings: c.meanings().len(),
            },
            None => Facts {
                known: false,
                ambiguous: false,
                guidance: Guidance::Unknown,
                meanings: 0,
            },
        }
    }

    /// The range of a return code: `ProductCode::category`; unknown for no product.
    #[inline(never)]
    pub(crate) fn category(self) -> zego_category_t {
        self.found()
            .and_then(ProductCode::category)
            .unwrap_or(Category::Unknown)
            .into()
    }

    /// The subsystem of an event code: AI Agent's numbering for the default product (as
    /// `zego_event_category`); no other product's pages number their events by subsystem.
    #[inline(never)]
    pub(crate) fn event_category(self) -> zego_event_category_t {
        match self.found() {
            Some(c) if c.product() == Product::DEFAULT => EventCategory::of(c.get()).into(),
            _ => EventCategory::Unknown.into(),
        }
    }

    /// The section of the entry at `index` of the lookup's meanings: `ZEGO_SECTION_NONE`
    /// past the end, or where the product's pages have no sections.
    #[inline(never)]
    pub(crate) fn meaning_section(self, index: usize) -> u32 {
        let meaning = self.found().and_then(|c| c.meanings().get(index));
        section_value(meaning.and_then(Meaning::section))
    }

    /// Writes the lookup's log line into `buf`, as `zego_code_format` does.
    ///
    /// # Safety
    /// `buf` is NULL or points to at least `len` writable bytes.
    #[inline(never)]
    pub(crate) unsafe fn format(self, lang: Lang, buf: *mut c_char, len: usize) -> usize {
        let name = self.said(Field::Name, lang).str();
        let line = Line {
            code: self.code(),
            name: (!name.is_empty()).then_some(name),
            message: self.said(Field::Message, lang).str(),
            suggestion: self.said(Field::Suggestion, lang).str(),
            lang,
        };
        // SAFETY: `Line::write` needs `buf` NULL or valid for `len` writes, which is this
        // function's own contract with its caller.
        unsafe { line.write(buf, len) }
    }
}

/// A text field of a lookup.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Message,
    Suggestion,
    Cause,
    Name,
    Since,
    Withdrawn,
}

/// The facts of a lookup other than its texts.
pub(crate) struct Facts {
    pub(crate) known: bool,
    pub(crate) ambiguous: bool,
    pub(crate) guidance: Guidance,
    pub(crate) meanings: usize,
}

impl Facts {
    pub(crate) fn guidance(&self) -> zego_guidance_t {
        self.guidance.into()
    }
}

/// The number of products: their values are 0 to `zego_product_count() - 1`, in the order of
/// the `ZEGO_PRODUCT_*` constants. A newer library may add products at the end.
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_product_count() -> usize {
    Product::ALL.len()
}

/// The stable id of `product`, such as "rtc" or "digital_human": the name every binding and
/// the command line use. "" (not NULL) for a value that names no product.
///
/// Never NULL: NUL-terminated ASCII with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_product_id(product: u32) -> *const c_char {
    product_of(product).map_or(crate::EMPTY, |p| p.id_text().as_ptr())
}

/// ZEGO's Chinese name of `product`; "" (not NULL) for a value that names no product.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_product_name(product: u32) -> *const c_char {
    product_of(product).map_or(crate::EMPTY, |p| p.name(Lang::Zh).as_ptr())
}

/// ZEGO's English name of `product`; "" (not NULL) for a value that names no product.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_product_name_en(product: u32) -> *const c_char {
    product_of(product).map_or(crate::EMPTY, |p| p.name(Lang::En).as_ptr())
}

/// The product whose stable id is the `len` bytes at `id` (exact: "rtc", not "RTC"; no NUL
/// needed, pass `strlen(id)` for a C string); `ZEGO_PRODUCT_NONE` when none has it, for a
/// NULL `id` and for bytes that are not UTF-8. Thread-safe and async-signal-safe.
///
/// # Safety
/// `id` is NULL or points to at least `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn zego_product_from_id(id: *const c_char, len: usize) -> u32 {
    // SAFETY: this function's own contract with its caller.
    let id = unsafe { bytes_at(id, len) };
    id.and_then(product_from_id)
        .map_or(ZEGO_PRODUCT_NONE, |p| p as u32)
}

/// The product whose API answers at the host name in the `len` bytes at `host`, such as
/// "rtc-api.zego.im": one of the hosts ZEGO's pages document for it, or a regional one
/// that adds a `-suffix` to the first label ("rtc-api-sha.zego.im"). ASCII case, a
/// trailing dot and a `:port` do not matter. `ZEGO_PRODUCT_NONE` when no product's
/// pages document the host, for a NULL `host` and for bytes that are not UTF-8.
/// Thread-safe and async-signal-safe.
///
/// # Safety
/// `host` is NULL or points to at least `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn zego_product_from_host(host: *const c_char, len: usize) -> u32 {
    // SAFETY: this function's own contract with its caller.
    let host = unsafe { bytes_at(host, len) };
    host.and_then(product_from_host)
        .map_or(ZEGO_PRODUCT_NONE, |p| p as u32)
}

/// Whether `product` has codes of `family` (`ZEGO_FAMILY_RETURN` or `ZEGO_FAMILY_EVENT`):
/// every product has return codes; few have callback event codes. False for a value that
/// names no product or family. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_product_has(product: u32, family: u32) -> bool {
    match (product_of(product), family_of(family)) {
        (Some(p), Some(f)) => p.has(f),
        _ => false,
    }
}

/// The number of entries of `product`'s catalog of `family`: one per code and section that
/// lists it, so a code several sections list counts once per section. 0 for a value that
/// names no product or family. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_product_meaning_count(product: u32, family: u32) -> usize {
    match (product_of(product), family_of(family)) {
        (Some(p), Some(f)) => p.meanings(f).len(),
        _ => 0,
    }
}

/// The entry at `index` (0 to `zego_product_meaning_count(product, family) - 1`) of
/// `product`'s catalog of `family`, ascending by code, then by section: writes its code
/// to `*out_code` and its section to `*out_section` (`ZEGO_SECTION_NONE` where the
/// product's pages have no sections) and returns true. For an index out of range, or a
/// value that names no product or family, writes `UINT32_MAX` and `ZEGO_SECTION_NONE` and
/// returns false. Either pointer may be NULL: nothing is written through it.
/// Thread-safe and async-signal-safe; it writes only through the two pointers.
///
/// # Safety
/// Each of `out_code` and `out_section` is NULL or valid for a write of a `uint32_t`.
#[no_mangle]
pub unsafe extern "C" fn zego_product_meaning(
    product: u32,
    family: u32,
    index: usize,
    out_code: *mut u32,
    out_section: *mut u32,
) -> bool {
    let meaning = match (product_of(product), family_of(family)) {
        (Some(p), Some(f)) => p.meanings(f).get(index),
        _ => None,
    };
    let (code, section) = meaning.map_or((u32::MAX, ZEGO_SECTION_NONE), |m| {
        (m.code(), section_value(m.section()))
    });
    // SAFETY: this function's own contract with its caller, for each pointer.
    unsafe {
        put(out_code, code);
        put(out_section, section);
    }
    meaning.is_some()
}

/// The number of sections of every product; `zego_section_at(0)` to
/// `zego_section_at(zego_section_count() - 1)` are their values, in the order of the
/// `ZEGO_SECTION_*` constants, each product's together. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_section_count() -> usize {
    Section::all().len()
}

/// The value of the `index`th section of every product (see `zego_section_count`);
/// `ZEGO_SECTION_NONE` for an index past the last. A section's value is its product's value
/// times 256 plus its position among its product's sections, so that a section added to one
/// product changes no other's. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_section_at(index: usize) -> u32 {
    section_value(Section::all().nth(index))
}

/// The product whose pages have `section`; `ZEGO_PRODUCT_NONE` for a value that names no
/// section. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_section_product(section: u32) -> u32 {
    section_of(section).map_or(ZEGO_PRODUCT_NONE, |s| s.product() as u32)
}

/// The family of the codes `section` holds (`ZEGO_FAMILY_RETURN` or `ZEGO_FAMILY_EVENT`);
/// `UINT32_MAX`, which is no family, for a value that names no section.
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_section_family(section: u32) -> u32 {
    section_of(section).map_or(u32::MAX, |s| s.family() as u32)
}

/// The stable id of `section`, unique within its product, such as "media_files"; "" (not
/// NULL) for a value that names no section.
///
/// Never NULL: NUL-terminated ASCII with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_section_id(section: u32) -> *const c_char {
    section_of(section).map_or(crate::EMPTY, |s| s.id_text().as_ptr())
}

/// The heading of `section` on ZEGO's Chinese page (this project's title where the page has
/// none); "" (not NULL) for a value that names no section.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_section_title(section: u32) -> *const c_char {
    section_of(section).map_or(crate::EMPTY, |s| s.title(Lang::Zh).as_ptr())
}

/// The heading of `section` on ZEGO's English page (this project's title where the page has
/// none); "" (not NULL) for a value that names no section.
///
/// Never NULL: NUL-terminated UTF-8 with static lifetime (do not free it).
/// Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_section_title_en(section: u32) -> *const c_char {
    section_of(section).map_or(crate::EMPTY, |s| s.title(Lang::En).as_ptr())
}

/// The section of `product` whose stable id is the `len` bytes at `id` (exact; no NUL
/// needed); `ZEGO_SECTION_NONE` when it has none of that id, for a value that names no
/// product, a NULL `id` and bytes that are not UTF-8. Thread-safe and async-signal-safe.
///
/// # Safety
/// `id` is NULL or points to at least `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn zego_section_from_id(product: u32, id: *const c_char, len: usize) -> u32 {
    // SAFETY: this function's own contract with its caller.
    let id = unsafe { bytes_at(id, len) };
    let section = product_of(product)
        .zip(id)
        .and_then(|(p, id)| p.sections().find(|s| same(s.id().as_bytes(), id)));
    section_value(section)
}

/// "Who defines this number": how many entries of every product's catalog of `family`
/// (`ZEGO_FAMILY_RETURN` or `ZEGO_FAMILY_EVENT`) hold `code`, one per product and section
/// that lists it. 0 for a value that names no family. Thread-safe and async-signal-safe.
#[no_mangle]
pub extern "C" fn zego_definitions_count(family: u32, code: u32) -> usize {
    family_of(family).map_or(0, |f| definitions(f, code).count())
}

/// The definition at `index` (0 to `zego_definitions_count(family, code) - 1`) of `code`
/// in `family`, in product order, then by section: writes its product to `*out_product`
/// and its section to `*out_section` (`ZEGO_SECTION_NONE` where the product's pages have no
/// sections) and returns true. Its texts are then `zego_section_code_*(section, code)`, or
/// `zego_product_code_*(product, code)` (`zego_product_event_*` for event codes) where it
/// has no section. For an index out of range or a value that names no family, writes
/// `ZEGO_PRODUCT_NONE` and `ZEGO_SECTION_NONE` and returns false. Either pointer may be NULL:
/// nothing is written through it. Thread-safe and async-signal-safe; it writes only through
/// the two pointers.
///
/// # Safety
/// Each of `out_product` and `out_section` is NULL or valid for a write of a `uint32_t`.
#[no_mangle]
pub unsafe extern "C" fn zego_definition(
    family: u32,
    code: u32,
    index: usize,
    out_product: *mut u32,
    out_section: *mut u32,
) -> bool {
    let meaning = family_of(family).and_then(|f| definitions(f, code).nth(index));
    let (product, section) = meaning.map_or((ZEGO_PRODUCT_NONE, ZEGO_SECTION_NONE), |m| {
        (m.product() as u32, section_value(m.section()))
    });
    // SAFETY: this function's own contract with its caller, for each pointer.
    unsafe {
        put(out_product, product);
        put(out_section, section);
    }
    meaning.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    // The byte-wise lookups by id and host answer as the core's for every id and documented
    // host, their case, port, dot and regional variants, and near misses.
    #[test]
    fn ids_and_hosts_as_the_core() {
        let mut samples: Vec<String> = ["", ":", ".", ":443", "a.b", "-.zego.im", "zego.im"]
            .map(String::from)
            .to_vec();
        for p in Product::ALL {
            samples.push(p.id().to_owned());
            samples.push(p.id().to_uppercase());
            samples.push(format!("{}x", p.id()));
            for h in p.hosts() {
                let (label, rest) = h.split_once('.').unwrap_or((h, ""));
                samples.extend([
                    h.to_owned(),
                    h.to_uppercase(),
                    format!("{h}:443"),
                    format!("{h}."),
                    format!("{h}..:8080"),
                    format!("{label}-sha.{rest}"),
                    format!("{label}-.{rest}"),
                    format!("{label}sha.{rest}"),
                    format!("x{h}"),
                    h[..h.len() - 1].to_owned(),
                    format!("{label}-sha.{rest}x"),
                    label.to_owned(),
                ]);
            }
        }
        for s in &samples {
            assert_eq!(
                product_from_host(s.as_bytes()),
                Product::from_host(s),
                "host {s:?}"
            );
            assert_eq!(product_from_id(s.as_bytes()), Product::from_id(s), "id {s:?}");
        }
        assert_eq!(product_from_host(b"rtc-api.zego.im:\xff"), None);
    }

    // Every value of `zego_product_t` and `zego_section_t` round-trips through its id.
    #[test]
    fn values_round_trip() {
        for p in Product::ALL {
            let id = p.id();
            // SAFETY: `id` is `len` readable bytes.
            let back = unsafe { zego_product_from_id(id.as_ptr().cast(), id.len()) };
            assert_eq!(back, *p as u32);
        }
        for s in Section::all() {
            let id = s.id();
            // SAFETY: `id` is `len` readable bytes.
            let back = unsafe { zego_section_from_id(s.product() as u32, id.as_ptr().cast(), id.len()) };
            assert_eq!(back, s.value());
            assert_eq!(zego_section_product(s.value()), s.product() as u32);
        }
        assert_eq!(zego_product_count(), Product::ALL.len());
    }
}
