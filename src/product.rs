//! Every ZEGO server product's codes: [`Product`], its [`Section`]s, and [`ProductCode`], a
//! code looked up in one product (and, where the product's sections disagree, one section).
//!
//! A number means different things in different products (410001002 is an agent instance in
//! AI Agent and a recognition task in ASR), and in RTC even in different sections of one page
//! (41003). So a lookup names its product, and an unqualified lookup of a number two sections
//! define does not pick one: [`ProductCode::meanings`] gives each, and the flat accessors say
//! the code is ambiguous. [`definitions`] answers "who defines this number".
//!
//! The tables (src/generated/products.rs) hold every text as an offset into one string block:
//! a pointer per text would cost a shared library a relocation each, several thousand of them.
//! AI Agent's [`crate::Code`] and [`crate::EventCode`] keep their own tables, unchanged; its
//! family here holds the same entries, and a test holds the two equal.

use core::fmt;

pub use crate::generated::products::Product;
use crate::generated::products::{
    Slot, EXTRAS, HOSTS, LOOKUP, PRODUCTS, PRODUCT_INFOS, SECTION_INFOS, SINCE, WITHDRAWN,
};
use crate::{Category, CodeCategory, EventCategory, Family, Guidance, Lang, Text, COMMON_RANGE};

/// A text of the tables: offset (low 20 bits) and length without the NUL (high 12 bits) in
/// the string block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Str(u32);

impl Str {
    /// The empty text, first in the block.
    pub(crate) const EMPTY: Str = Str(0);

    pub(crate) const fn new(offset: u32, len: u32) -> Str {
        Str(offset | len << 20)
    }

    /// Not a text: the index of an ambiguous lookup's first meaning (see `AMBIGUOUS`).
    pub(crate) const fn raw(value: u32) -> Str {
        Str(value)
    }

    /// The text: a place in the block, resolved when read ([`Text::as_str`]).
    #[inline]
    pub(crate) const fn text(self) -> Text {
        Text::in_block(self.0)
    }
}

/// The text at `offset` in the string block, `len` bytes and its NUL: how AI Agent's tables
/// (src/generated/return_codes.rs) share the block's bytes. Evaluated at compile time only;
/// a slice outside the block or off a character boundary fails the build.
pub(crate) const fn text_at(offset: usize, len: usize) -> &'static str {
    let (_, rest) = crate::generated::products::BLOCK.as_bytes().split_at(offset);
    let (text, _) = rest.split_at(len + 1);
    match core::str::from_utf8(text) {
        Ok(text) => text,
        Err(_) => panic!("a text of the tables is not on character boundaries of the block"),
    }
}

pub(crate) struct ProductInfo {
    pub(crate) id: Str,
    pub(crate) name: [Str; 2],
    /// (first, count) in `HOSTS`.
    pub(crate) hosts: (u8, u8),
    /// (first, count) in `SECTION_INFOS`.
    pub(crate) sections: (u8, u8),
}

pub(crate) struct SectionInfo {
    pub(crate) product: Product,
    pub(crate) event: bool,
    pub(crate) id: Str,
    pub(crate) title: [Str; 2],
}

/// Every family's perfect hash and entries in one static, so that one address serves every
/// load of a lookup, and the C library, given a product only at run time, reads the
/// family's constants at fixed offsets from it: `slots[slots_at + (code * multiplier >>
/// shift)]` is the index in `entries` of the entry a lookup lands on, whose code it compares.
///
/// The per-family arrays are padded to a power of two `F` and the slots to a power of two
/// `S`, so masked indices need no check; a slot is an enum of exactly the entries' indices.
/// An unqualified lookup of a code the sections disagree on lands on an entry of its own
/// (`AMBIGUOUS`), and an empty family's one slot on one that answers "unknown" (`UNKNOWN`):
/// the fast path reads an entry's message without asking which kind it is. Those entries
/// follow every family's real ones, which `entries_at` (first, count) delimits.
#[repr(C)]
pub(crate) struct Lookup<const F: usize, const S: usize, const N: usize> {
    pub(crate) entries: [Meaning; N],
    pub(crate) multiplier: [u32; F],
    pub(crate) shift: [u32; F],
    pub(crate) slots_at: [u32; F],
    pub(crate) entries_at: [(u16, u16); F],
    /// The text of a code the family does not hold (outside the gateway's range, for
    /// return codes), indexed by `Lang as usize`.
    pub(crate) unknown: [[Str; 2]; F],
    /// The same for a code in ZEGO's gateway range ([`COMMON_RANGE`]): the gateway's text
    /// for return codes, the family's own for event codes.
    pub(crate) gateway: [[Str; 2]; F],
    pub(crate) slots: [Slot; S],
}

/// The index in `LOOKUP.entries` of the entry whose slot `code` hashes to in `family`: a
/// multiply, a shift and the slot. The entry holds `code` or nothing does.
#[inline(always)]
fn slot(family: usize, code: u32) -> usize {
    let t = &LOOKUP;
    let f = family & (t.multiplier.len() - 1);
    let (Some(&multiplier), Some(&shift), Some(&at)) =
        (t.multiplier.get(f), t.shift.get(f), t.slots_at.get(f))
    else {
        return 0;
    };
    let h = code.wrapping_mul(multiplier).wrapping_shr(shift);
    match t.slots.get(at.wrapping_add(h) as usize & (t.slots.len() - 1)) {
        Some(slot) => *slot as usize,
        None => 0,
    }
}

/// The index in `LOOKUP.entries` of the entry a lookup of `code` in `family` lands on.
#[inline(always)]
fn probe(family: usize, code: u32) -> Option<usize> {
    let i = slot(family, code);
    match LOOKUP.entries.get(i) {
        Some(e) if e.code == code => Some(i),
        _ => None,
    }
}

/// The entry a lookup of `code` in `family` lands on: a real one, or one of the lookup's own.
#[inline(always)]
fn first(family: usize, code: u32) -> Option<&'static Meaning> {
    LOOKUP.entries.get(probe(family, code)?)
}

/// Every real entry of `family`, ascending by code and then section.
fn entries(family: usize) -> &'static [Meaning] {
    let (first, count) = LOOKUP
        .entries_at
        .get(family & (LOOKUP.entries_at.len() - 1))
        .copied()
        .unwrap_or((0, 0));
    LOOKUP
        .entries
        .get(first as usize..first as usize + count as usize)
        .unwrap_or(&[])
}

impl Product {
    /// Every product, in discriminant order.
    pub const ALL: &'static [Product] = &PRODUCTS;

    /// The product every API answers for when none is named: the original catalog.
    pub const DEFAULT: Product = PRODUCTS[0];

    #[inline]
    fn info(self) -> &'static ProductInfo {
        &PRODUCT_INFOS[self as usize]
    }

    /// The stable id every binding uses: `"aiagent"`, `"rtc"`, `"digital_human"`...
    pub fn id(self) -> &'static str {
        self.info().id.text().as_str()
    }

    /// The product with id `id`.
    pub fn from_id(id: &str) -> Option<Product> {
        PRODUCTS.iter().copied().find(|p| p.id() == id)
    }

    /// The product with discriminant `value` (the C enum's value).
    pub fn from_value(value: u32) -> Option<Product> {
        PRODUCTS.get(value as usize).copied()
    }

    /// ZEGO's name of the product in `lang`.
    pub fn name(self, lang: Lang) -> Text {
        self.info().name[lang as usize].text()
    }

    /// The API hosts ZEGO's pages document for the product (`rtc-api.zego.im`).
    pub fn hosts(self) -> impl ExactSizeIterator<Item = &'static str> + Clone {
        let (first, count) = self.info().hosts;
        let hosts = HOSTS.get(first as usize..(first + count) as usize).unwrap_or(&[]);
        hosts.iter().map(|h| h.text().as_str())
    }

    /// The product whose API answers at `host`: one of its documented hosts, or a regional
    /// one that adds a `-suffix` to the first label (`rtc-api-sha.zego.im`). ASCII case does
    /// not matter; a trailing dot or port does not either.
    pub fn from_host(host: &str) -> Option<Product> {
        let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
        PRODUCTS
            .iter()
            .copied()
            .find(|p| p.hosts().any(|h| host_matches(host, h)))
    }

    /// The product's sections: the headings of its code pages (none where a page has none).
    pub fn sections(self) -> impl ExactSizeIterator<Item = Section> + Clone {
        let (first, count) = self.info().sections;
        (first..first + count).map(Section)
    }

    /// The product's section with id `id`.
    pub fn section(self, id: &str) -> Option<Section> {
        self.sections().find(|s| s.id() == id)
    }

    /// Whether the product has codes of `family`.
    pub fn has(self, family: Family) -> bool {
        !self.meanings(family).is_empty()
    }

    /// The return code `code` of this product.
    #[inline]
    pub const fn code(self, code: u32) -> ProductCode {
        ProductCode::new(self, code)
    }

    /// Every known code of `family`, every section's, ascending by code then section.
    pub fn meanings(self, family: Family) -> &'static [Meaning] {
        entries(family_of(self, family))
    }
}

impl fmt::Display for Product {
    /// The stable id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

fn host_matches(host: &str, documented: &str) -> bool {
    if host.eq_ignore_ascii_case(documented) {
        return true;
    }
    let (Some((label, rest)), Some((dlabel, drest))) = (host.split_once('.'), documented.split_once('.'))
    else {
        return false;
    };
    rest.eq_ignore_ascii_case(drest)
        && label.len() > dlabel.len() + 1
        && label.is_char_boundary(dlabel.len())
        && label[..dlabel.len()].eq_ignore_ascii_case(dlabel)
        && label[dlabel.len()..].starts_with('-')
}

/// A family's index: `product * 2 + kind`, as the generated tables number them.
#[inline]
fn family_of(product: Product, family: Family) -> usize {
    product as usize * 2 + family as usize
}

/// A section of a product's code pages: the `##` heading above a table. Where one product
/// gives one number different meanings (RTC's 41003), the section tells them apart.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Section(pub(crate) u8);

impl Section {
    /// No section: a product whose pages have none.
    pub(crate) const NONE: Section = Section(u8::MAX);

    #[inline]
    fn info(self) -> Option<&'static SectionInfo> {
        SECTION_INFOS.get(self.0 as usize)
    }

    /// Every section of every product.
    pub fn all() -> impl ExactSizeIterator<Item = Section> + Clone {
        (0..SECTION_INFOS.len() as u8).map(Section)
    }

    /// The product whose pages have the section.
    pub fn product(self) -> Product {
        self.info().map_or(Product::DEFAULT, |s| s.product)
    }

    /// The kind of codes it holds.
    pub fn family(self) -> Family {
        match self.info() {
            Some(s) if s.event => Family::Event,
            _ => Family::Return,
        }
    }

    /// The stable id, unique within its product (`"media_files"`).
    pub fn id(self) -> &'static str {
        self.info().map_or("", |s| s.id.text().as_str())
    }

    /// The heading on ZEGO's page in `lang` (this project's title where that page has none).
    pub fn title(self, lang: Lang) -> Text {
        self.info()
            .map_or(Str::EMPTY.text(), |s| s.title[lang as usize].text())
    }

    /// This section's code `code`: a lookup that answers exactly.
    #[inline]
    pub fn code(self, code: u32) -> ProductCode {
        ProductCode::in_section(self, code)
    }
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Section({}/{})", self.product().id(), self.id())
    }
}

impl fmt::Display for Section {
    /// `product/section`, as `rtc/media_files`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.product().id(), self.id())
    }
}

/// What one number means in one section of one product: one row of ZEGO's page, with this
/// project's name and guidance. The product-wide counterpart of [`crate::CodeInfo`].
///
/// 32 bytes: the texts a lookup reads are offsets into the string block; the rarer ones
/// (`since`, ZIM's causes, the per-API page) are indices into small tables of their own.
#[derive(PartialEq, Eq, Hash)]
#[repr(C)]
pub struct Meaning {
    code: u32,
    message: [Str; 2],
    name: Str,
    suggestion: [Str; 2],
    /// [`Guidance`]'s discriminant.
    guidance: u8,
    /// `product * 2 + kind`.
    family: u8,
    section: Section,
    /// FROM_ZEGO_ZH, FROM_ZEGO_EN, AMBIGUOUS, UNKNOWN.
    flags: u8,
    /// How many entries of the family hold this code: one per section that lists it.
    meanings: u8,
    /// Index into `WITHDRAWN`; 0 while ZEGO's page lists the code.
    withdrawn: u8,
    /// Index into `SINCE`.
    since: u8,
    /// Index plus one into `EXTRAS`; 0 for none.
    extra: u8,
}

/// Bits of `Meaning::flags`.
pub(crate) const FROM_ZEGO_ZH: u8 = 1;
pub(crate) const FROM_ZEGO_EN: u8 = 2;
/// The lookup's own entry of a code whose entries differ in name: an unqualified lookup is
/// ambiguous. Its `name` holds the index of the first of its `meanings` entries.
pub(crate) const AMBIGUOUS: u8 = 4;
/// The lookup's own entry of an empty family: the code is unknown.
pub(crate) const UNKNOWN: u8 = 8;

/// What few entries have: ZEGO's possible causes (zh, en) and the per-API page.
pub(crate) struct Extra {
    pub(crate) cause: [Str; 2],
    pub(crate) api: Str,
}

impl Meaning {
    /// An entry of the generated tables.
    #[allow(clippy::too_many_arguments)]
    pub(crate) const fn new(
        code: u32,
        family: u8,
        section: Section,
        guidance: Guidance,
        flags: u8,
        meanings: u8,
        withdrawn: u8,
        since: u8,
        extra: u8,
        name: Str,
        message: [Str; 2],
        suggestion: [Str; 2],
    ) -> Meaning {
        Meaning {
            code,
            name,
            message,
            suggestion,
            guidance: guidance as u8,
            family,
            section,
            flags,
            meanings,
            withdrawn,
            since,
            extra,
        }
    }

    #[inline]
    fn extra(&self) -> Option<&'static Extra> {
        EXTRAS.get((self.extra as usize).wrapping_sub(1))
    }

    /// Whether the entry is one of the lookup's own (ambiguous or unknown), not a row.
    #[inline]
    fn is_own(&self) -> bool {
        self.flags & (AMBIGUOUS | UNKNOWN) != 0
    }

    /// The numeric code.
    #[inline]
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// The product whose page lists it.
    pub fn product(&self) -> Product {
        PRODUCTS
            .get(self.family as usize / 2)
            .copied()
            .unwrap_or(Product::DEFAULT)
    }

    /// Return code or callback event code.
    pub fn family(&self) -> Family {
        if self.family % 2 == 1 {
            Family::Event
        } else {
            Family::Return
        }
    }

    /// The section of the page that lists it; `None` where the product's pages have none.
    pub fn section(&self) -> Option<Section> {
        (self.section != Section::NONE).then_some(self.section)
    }

    /// The stable symbolic name, UPPER_SNAKE_CASE, unique within its product and family.
    #[inline]
    pub fn name(&self) -> Text {
        self.name.text()
    }

    /// ZEGO's description, exactly as published.
    #[inline]
    pub fn message(&self, lang: Lang) -> Text {
        self.message[lang as usize].text()
    }

    /// ZEGO's suggested handling, exactly as published; empty where ZEGO has none.
    #[inline]
    pub fn suggestion(&self, lang: Lang) -> Text {
        self.suggestion[lang as usize].text()
    }

    /// The possible causes where ZEGO's page has such a column (ZIM's); empty elsewhere.
    #[inline]
    pub fn cause(&self, lang: Lang) -> Text {
        match self.extra() {
            Some(e) => e.cause[lang as usize].text(),
            None => Str::EMPTY.text(),
        }
    }

    /// What a caller should do (this project's guidance).
    #[inline]
    pub const fn guidance(&self) -> Guidance {
        match Guidance::from_u32(self.guidance as u32) {
            Some(g) => g,
            None => Guidance::Unknown,
        }
    }

    /// Whether the same request may succeed when retried later.
    #[inline]
    pub const fn is_retryable(&self) -> bool {
        self.guidance().is_retryable()
    }

    /// The first revision of ZEGO's page, among those this project vendors, that lists it.
    #[inline]
    pub fn since(&self) -> Text {
        SINCE.get(self.since as usize).map_or(Str::EMPTY, |s| *s).text()
    }

    /// The revision of ZEGO's page that no longer lists the code, or `None` while ZEGO
    /// documents it; a withdrawn code keeps its last published texts.
    pub fn withdrawn(&self) -> Option<Text> {
        match WITHDRAWN.get(self.withdrawn as usize) {
            Some(revision) if self.withdrawn != 0 => Some(revision.text()),
            _ => None,
        }
    }

    /// `false` where ZEGO's page in `lang` does not list the code and the text is this
    /// project's.
    #[inline]
    pub const fn text_from_zego(&self, lang: Lang) -> bool {
        let bit = match lang {
            Lang::Zh => FROM_ZEGO_ZH,
            Lang::En => FROM_ZEGO_EN,
        };
        self.flags & bit != 0
    }

    /// The per-API page the code comes from, where no global page of the product lists it.
    pub fn api(&self) -> Option<Text> {
        let api = self.extra()?.api.text();
        (!api.is_empty()).then_some(api)
    }

    /// The lookup that answers with exactly this entry.
    pub fn product_code(&self) -> ProductCode {
        ProductCode::make(self.product(), self.family(), self.section, self.code)
    }
}

impl fmt::Debug for Meaning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Meaning")
            .field("product", &self.product())
            .field("family", &self.family())
            .field("section", &self.section())
            .field("code", &self.code)
            .field("name", &self.name().as_str())
            .finish()
    }
}

/// A code of one product's API: the `Code` field of one of its responses (or, with
/// [`ProductCode::event`], one of its callback event codes), optionally qualified by the
/// section of the product's page it belongs to.
///
/// ```
/// use zego_codes::{products, Guidance, Lang, Product, ProductCode, Section};
///
/// // ASR's 410001002 is not AI Agent's.
/// let asr = Product::Asr.code(410001002);
/// assert_eq!(asr.name(), Some("ASR_TASK_NOT_FOUND"));
/// assert_eq!(asr.guidance(), Guidance::NotFound);
///
/// // RTC's sections disagree on 41003: unqualified, the lookup says so and gives both.
/// let rtc = Product::Rtc.code(41003);
/// assert!(rtc.is_ambiguous());
/// assert_eq!(rtc.name(), None);
/// assert_eq!(rtc.meanings().len(), 2);
/// // Qualified by section, it answers exactly.
/// assert_eq!(Section::RTC_MEDIA_FILES.code(41003), products::rtc::MEDIA_FILE_NOT_FOUND);
/// assert_eq!(products::rtc::MEDIA_FILE_NOT_FOUND.name(), Some("MEDIA_FILE_NOT_FOUND"));
/// # let _ = (Lang::En, ProductCode::new(Product::Zim, 0));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ProductCode {
    code: u32,
    /// `product * 2 + kind`, the generated tables' number of the family: computed once, so a
    /// lookup dispatches on one byte. The whole value fits a register.
    family: u8,
    section: Section,
}

impl ProductCode {
    #[inline]
    const fn make(product: Product, family: Family, section: Section, code: u32) -> ProductCode {
        ProductCode {
            code,
            family: (product as u32 * 2 + family as u32) as u8,
            section,
        }
    }

    /// Return code `code` of `product`, in whichever section defines it.
    #[inline]
    pub const fn new(product: Product, code: u32) -> ProductCode {
        ProductCode::make(product, Family::Return, Section::NONE, code)
    }

    /// Callback event code `code` of `product`.
    #[inline]
    pub const fn event(product: Product, code: u32) -> ProductCode {
        ProductCode::make(product, Family::Event, Section::NONE, code)
    }

    /// Code `code` of `section`: of its product and its kind, answered exactly.
    pub fn in_section(section: Section, code: u32) -> ProductCode {
        ProductCode::qualified(section.product(), section.family(), section, code)
    }

    /// The generated constants' form of [`ProductCode::in_section`], usable in a `const`.
    #[doc(hidden)]
    pub const fn qualified(product: Product, family: Family, section: Section, code: u32) -> ProductCode {
        ProductCode::make(product, family, section, code)
    }

    /// Code `code` of `family` of the product whose discriminant is `product` (the C enum's
    /// value), or `None` for a value that names no product: the C library's lookups, with
    /// no product loaded from a table.
    #[inline]
    pub const fn of_value(product: u32, family: Family, code: u32) -> Option<ProductCode> {
        if product as usize >= PRODUCTS.len() {
            return None;
        }
        Some(ProductCode {
            code,
            family: (product * 2 + family as u32) as u8,
            section: Section::NONE,
        })
    }

    /// Code `code` of `product` and `family`.
    #[inline]
    pub const fn of(product: Product, family: Family, code: u32) -> ProductCode {
        ProductCode::make(product, family, Section::NONE, code)
    }

    /// The numeric value.
    #[inline]
    pub const fn get(self) -> u32 {
        self.code
    }

    /// The product.
    #[inline]
    pub const fn product(self) -> Product {
        PRODUCTS[self.family as usize / 2 % PRODUCTS.len()]
    }

    /// Return code or callback event code.
    #[inline]
    pub const fn family(self) -> Family {
        if self.family % 2 == 1 {
            Family::Event
        } else {
            Family::Return
        }
    }

    /// The section the lookup is qualified by, if any.
    pub fn section(self) -> Option<Section> {
        (self.section != Section::NONE).then_some(self.section)
    }

    /// Every entry the lookup matches: none for an unknown code, one for a code its section
    /// lists, and, for an unqualified lookup, one per section that lists the code, ascending
    /// by section. Sections that give the code the same name agree on its meaning (RTC's 0 is
    /// `SUCCESS` in four); where they do not, the lookup [is ambiguous](Self::is_ambiguous).
    /// Allocates nothing; a few array reads.
    #[inline]
    pub fn meanings(self) -> &'static [Meaning] {
        let all = match find(self.family as usize, self.code) {
            Some(all) => all,
            None => return &[],
        };
        if self.section == Section::NONE {
            return all;
        }
        match all.iter().position(|m| m.section == self.section) {
            Some(i) => &all[i..=i],
            None => &[],
        }
    }

    /// The entry that answers: the first section's where several agree; `None` for an
    /// unknown or ambiguous code.
    #[inline]
    pub fn info(self) -> Option<&'static Meaning> {
        match self.answer() {
            Answer::One(m) => Some(m),
            _ => None,
        }
    }

    /// One hash probe: the entry, or why there is none. A qualified lookup scans the code's
    /// few entries for its section.
    #[inline]
    fn answer(self) -> Answer {
        if self.section != Section::NONE {
            return self.in_its_section();
        }
        match first(self.family as usize, self.code) {
            Some(m) if !m.is_own() => Answer::One(m),
            Some(m) if m.flags & AMBIGUOUS != 0 => Answer::Ambiguous,
            _ => Answer::Unknown,
        }
    }

    #[cold]
    fn in_its_section(self) -> Answer {
        match self.meanings().first() {
            Some(m) => Answer::One(m),
            None => Answer::Unknown,
        }
    }

    /// Whether the product defines the code (in the section, if qualified).
    #[inline]
    pub fn is_known(self) -> bool {
        !matches!(self.answer(), Answer::Unknown)
    }

    /// Whether the lookup names no section and the product's sections define the code
    /// differently: the flat accessors then say so instead of picking one.
    #[inline]
    pub fn is_ambiguous(self) -> bool {
        matches!(self.answer(), Answer::Ambiguous)
    }

    /// The stable name, or `None` if unknown or ambiguous.
    #[inline]
    pub fn name(self) -> Option<&'static str> {
        self.info().map(|m| m.name().as_str())
    }

    /// ZEGO's description in `lang`; for an ambiguous code, a sentence saying to look it up
    /// by section; for an unknown one, a generic text naming its product or range.
    #[inline]
    pub fn message(self, lang: Lang) -> Text {
        if self.section != Section::NONE {
            return self.message_in_section(lang);
        }
        // The lookup's own entries carry the ambiguous sentence and the unknown text; an
        // unknown code of a product but AI Agent reads its family's text in line.
        match first(self.family as usize, self.code) {
            Some(m) => m.message(lang),
            // AI Agent's return codes as `Code` answers them, so that a constant AI Agent
            // lookup compiles to `Code`'s.
            None if self.family == AI_AGENT_RETURN => Category::of(self.code).unknown_message(lang),
            None if self.family > AI_AGENT_EVENT => product_unknown(self.family, self.code, lang).text(),
            None => unknown_message(self.family, self.code, lang),
        }
    }

    /// [`ProductCode::message`] as a C string, for the C library: each way of answering
    /// makes its own pointer, so the known path does not wait to merge a place in the string
    /// block with a literal (three instructions of about twenty).
    #[doc(hidden)]
    #[inline]
    pub fn message_ptr(self, lang: Lang) -> *const core::ffi::c_char {
        if self.section == Section::NONE {
            if let Some(m) = LOOKUP.entries.get(slot(self.family as usize, self.code)) {
                if m.code == self.code {
                    return m.message[lang as usize].text().as_ptr();
                }
            }
            return unknown_message_ptr(self.family, self.code, lang);
        }
        self.message_ptr_slow(lang)
    }

    #[cold]
    #[inline(never)]
    fn message_ptr_slow(self, lang: Lang) -> *const core::ffi::c_char {
        self.message(lang).as_ptr()
    }

    #[cold]
    fn message_in_section(self, lang: Lang) -> Text {
        match self.in_its_section() {
            Answer::One(m) => m.message(lang),
            _ => unknown_message(self.family, self.code, lang),
        }
    }

    /// ZEGO's suggested handling in `lang` (empty where ZEGO has none); for an unknown or
    /// ambiguous code, the generic advice of an unknown one.
    #[inline]
    pub fn suggestion(self, lang: Lang) -> Text {
        match self.info() {
            Some(one) => one.suggestion(lang),
            None => self.unknown_suggestion(lang),
        }
    }

    /// What a caller should do: the entry's guidance; for an ambiguous code the guidance its
    /// meanings share, else [`Guidance::Unknown`].
    #[inline]
    pub fn guidance(self) -> Guidance {
        if self.section != Section::NONE {
            return self.info().map_or(Guidance::Unknown, Meaning::guidance);
        }
        // An ambiguous code's own entry holds the guidance its meanings share, else Unknown.
        first(self.family as usize, self.code).map_or(Guidance::Unknown, Meaning::guidance)
    }

    /// Whether the same request may succeed when retried later; `false` if unknown.
    #[inline]
    pub fn is_retryable(self) -> bool {
        self.guidance().is_retryable()
    }

    /// The revision that first lists the code, or `None` if unknown or ambiguous.
    pub fn since(self) -> Option<&'static str> {
        self.info().map(|m| m.since().as_str())
    }

    /// The revision that no longer lists the code, or `None` (also if unknown or ambiguous).
    pub fn withdrawn(self) -> Option<&'static str> {
        self.info().and_then(Meaning::withdrawn).map(Text::as_str)
    }

    /// The range of a return code: [`Category::Success`] for 0, [`Category::Common`] for
    /// ZEGO's gateway range, otherwise AI Agent's ranges for AI Agent and
    /// [`Category::Business`] for any other product's own codes. `None` for an event code.
    pub fn category(self) -> Option<Category> {
        if self.family() == Family::Event {
            return None;
        }
        Some(match Category::of(self.code) {
            Category::Unknown | Category::Business if self.product() != Product::DEFAULT => {
                Category::Business
            }
            c => c,
        })
    }

    #[cold]
    fn unknown_suggestion(self, lang: Lang) -> Text {
        match self.family() {
            Family::Event => EventCategory::of(self.code).unknown_suggestion(lang),
            Family::Return => Category::of(self.code).unknown_suggestion(lang),
        }
    }
}

/// AI Agent's (families 0 and 1) name its ranges, as [`crate::Code`]'s do; every other
/// product's name the product, or the gateway's range. Cold and out of line, as the core's
/// own unknown texts, so the known-code path stays a straight line.
// Parts, not `self`: a `ProductCode` passed out of line would be packed into one register
// on the known path too.
#[cold]
#[inline(never)]
fn unknown_message(family: u8, code: u32, lang: Lang) -> Text {
    unknown_text(family, code, lang)
}

/// [`unknown_message`] as a C string, out of line for the C library's message path; a
/// product's own family reads its text without making a `Text` first.
#[cold]
#[inline(never)]
fn unknown_message_ptr(family: u8, code: u32, lang: Lang) -> *const core::ffi::c_char {
    match family {
        AI_AGENT_RETURN | AI_AGENT_EVENT => unknown_text(family, code, lang).as_ptr(),
        f => product_unknown(f, code, lang).text().as_ptr(),
    }
}

const AI_AGENT_RETURN: u8 = Product::DEFAULT as u8 * 2;
const AI_AGENT_EVENT: u8 = AI_AGENT_RETURN + 1;

#[inline(always)]
fn unknown_text(family: u8, code: u32, lang: Lang) -> Text {
    match family {
        AI_AGENT_RETURN => Category::of(code).unknown_message(lang),
        AI_AGENT_EVENT => EventCategory::of(code).unknown_message(lang),
        f => product_unknown(f, code, lang).text(),
    }
}

/// The text of an unknown code of any product's family but AI Agent's, whose texts name
/// its ranges.
#[inline(always)]
fn product_unknown(family: u8, code: u32, lang: Lang) -> Str {
    let texts = match COMMON_RANGE.contains(&code) {
        true => &LOOKUP.gateway,
        false => &LOOKUP.unknown,
    };
    let f = family as usize & (texts.len() - 1);
    match texts.get(f) {
        Some(t) => t[lang as usize],
        None => Str::EMPTY,
    }
}

/// What a lookup finds.
#[derive(Clone, Copy)]
enum Answer {
    One(&'static Meaning),
    /// Entries whose names differ, and no section to choose one.
    Ambiguous,
    Unknown,
}

/// The entries of `family` holding `code`: the hash gives the first, which says how many
/// (an ambiguous code's own entry, where they start). Out of line: "who defines this number"
/// calls it once per product, and inlined it would be unrolled fourteen times.
#[inline(never)]
fn find(family: usize, code: u32) -> Option<&'static [Meaning]> {
    let i = probe(family, code)?;
    let m = LOOKUP.entries.get(i)?;
    let first = match m.flags {
        f if f & AMBIGUOUS != 0 => m.name.0 as usize,
        f if f & UNKNOWN != 0 => return None,
        _ => i,
    };
    LOOKUP.entries.get(first..first + m.meanings as usize)
}

impl fmt::Debug for ProductCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProductCode({}", self.product().id())?;
        if let Some(s) = self.section() {
            write!(f, "/{}", s.id())?;
        }
        if self.family() == Family::Event {
            f.write_str(" event")?;
        }
        write!(f, " {})", self.code)
    }
}

impl fmt::Display for ProductCode {
    /// `CODE NAME: message` with ZEGO's Chinese message, as [`crate::Code`]; the alternate
    /// form (`{:#}`) in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = if f.alternate() { Lang::En } else { Lang::Zh };
        match self.name() {
            Some(name) => write!(f, "{} {}: {}", self.code, name, self.message(lang)),
            None => write!(f, "{}: {}", self.code, self.message(lang)),
        }
    }
}

/// Every product and section whose catalog of `family` holds `code`: "who defines this
/// number". In product order, then by section.
pub fn definitions(family: Family, code: u32) -> impl Iterator<Item = &'static Meaning> + Clone {
    PRODUCTS
        .iter()
        .flat_map(move |&p| ProductCode::of(p, family, code).meanings())
}

/// The numbers and NUL-terminated ids the C library hands out (`zego_product_t`,
/// `zego_section_t`, `zego_product_id`, `zego_section_id`).
impl Section {
    /// The section's value, the value of the C enum `zego_section_t`: its product's value
    /// times 256 plus its position among its product's sections. A product's sections are
    /// only ever appended (data/products.toml), so a value never changes, whatever other
    /// products gain.
    #[inline]
    pub fn value(self) -> u32 {
        let product = self.product();
        let first = PRODUCT_INFOS[product as usize].sections.0;
        ((product as u32) << 8) | u32::from(self.0.wrapping_sub(first))
    }

    /// The section with value `value` (see [`Section::value`]).
    #[inline]
    pub fn from_value(value: u32) -> Option<Section> {
        let product = Product::from_value(value >> 8)?;
        let (first, count) = product.info().sections;
        let local = (value & 0xFF) as u8;
        (local < count).then_some(Section(first + local))
    }

    /// [`Section::id`] with its NUL, for C.
    #[doc(hidden)]
    pub fn id_text(self) -> Text {
        self.info().map_or(Text::with_nul("\0"), |s| s.id.text())
    }
}

impl Product {
    /// [`Product::id`] with its NUL, for C.
    #[doc(hidden)]
    pub fn id_text(self) -> Text {
        self.info().id.text()
    }
}
