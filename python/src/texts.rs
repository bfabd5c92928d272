//! Every text the module hands out, built once as Python strings, so a lookup returns a new
//! reference to an existing `str` instead of decoding UTF-8 on every call.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use zego_codes::{
    Category, Code, CodeInfo, EventCategory, EventCode, Lang, Text, BUSINESS_RANGE, COMMON_RANGE,
};

/// Which catalog a lookup reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Return = 0,
    Event = 1,
}

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

    const ALL: [Field; 4] = [
        Field::MessageZh,
        Field::MessageEn,
        Field::SuggestionZh,
        Field::SuggestionEn,
    ];
}

impl Kind {
    pub fn infos(self) -> &'static [CodeInfo] {
        match self {
            Kind::Return => Code::infos(),
            Kind::Event => EventCode::infos(),
        }
    }

    pub fn info(self, code: u32) -> Option<&'static CodeInfo> {
        match self {
            Kind::Return => Code::new(code).info(),
            Kind::Event => EventCode::new(code).info(),
        }
    }

    /// The core's answer, for known and unknown codes alike.
    pub fn text(self, code: u32, field: Field) -> Text {
        let (lang, message) = match field {
            Field::MessageZh => (Lang::Zh, true),
            Field::MessageEn => (Lang::En, true),
            Field::SuggestionZh => (Lang::Zh, false),
            Field::SuggestionEn => (Lang::En, false),
        };
        match (self, message) {
            (Kind::Return, true) => Code::new(code).message(lang),
            (Kind::Return, false) => Code::new(code).suggestion(lang),
            (Kind::Event, true) => EventCode::new(code).message(lang),
            (Kind::Event, false) => EventCode::new(code).suggestion(lang),
        }
    }

    /// The category's discriminant: the texts of unknown codes depend on nothing else.
    pub fn category_slot(self, code: u32) -> usize {
        match self {
            Kind::Return => Code::new(code).category() as usize,
            Kind::Event => EventCode::new(code).category() as usize,
        }
    }

    pub fn category_name(self, code: u32) -> &'static str {
        match self {
            Kind::Return => Code::new(code).category().as_str(),
            Kind::Event => EventCode::new(code).category().as_str(),
        }
    }

    fn category_count(self) -> usize {
        match self {
            Kind::Return => Category::ALL.len(),
            Kind::Event => EventCategory::ALL.len(),
        }
    }

    /// Codes among which every category has an unknown member, if the catalog leaves one.
    fn unknown_samples(self) -> impl Iterator<Item = u32> {
        let tails = match self {
            Kind::Return => [*COMMON_RANGE.end(), *BUSINESS_RANGE.end()],
            Kind::Event => [0, 0],
        };
        (0..10_000u32)
            .chain(tails.into_iter().flat_map(|end| (end - 1_000..=end).rev()))
            .chain([u32::MAX])
    }

    /// Index of a catalog entry in [`Kind::infos`].
    pub fn slot_of(self, info: &'static CodeInfo) -> usize {
        let base = self.infos().as_ptr() as usize;
        (info as *const CodeInfo as usize - base) / core::mem::size_of::<CodeInfo>()
    }
}

struct Catalog {
    /// Indexed like [`Kind::infos`]: the four texts of [`Field`], then the name.
    known: Box<[[Py<PyString>; 5]]>,
    /// Indexed by category discriminant: the texts every unknown code of that category shares.
    unknown: Box<[Option<[Py<PyString>; 4]>]>,
}

impl Catalog {
    fn build(py: Python<'_>, kind: Kind) -> Catalog {
        let s = |t: &str| PyString::new(py, t).unbind();
        let known = kind
            .infos()
            .iter()
            .map(|i| {
                let t = |f| s(&kind.text(i.code(), f));
                [
                    t(Field::MessageZh),
                    t(Field::MessageEn),
                    t(Field::SuggestionZh),
                    t(Field::SuggestionEn),
                    s(&i.name()),
                ]
            })
            .collect();
        let mut unknown: Vec<Option<[Py<PyString>; 4]>> = (0..kind.category_count()).map(|_| None).collect();
        for code in kind.unknown_samples() {
            let slot = kind.category_slot(code);
            if kind.info(code).is_none() && unknown.get(slot).is_some_and(Option::is_none) {
                unknown[slot] = Some(Field::ALL.map(|f| s(&kind.text(code, f))));
            }
        }
        Catalog {
            known,
            unknown: unknown.into_boxed_slice(),
        }
    }
}

static TABLES: PyOnceLock<[Catalog; 2]> = PyOnceLock::new();

fn tables(py: Python<'_>) -> &[Catalog; 2] {
    TABLES.get_or_init(py, || {
        [Catalog::build(py, Kind::Return), Catalog::build(py, Kind::Event)]
    })
}

/// Builds every cached string; the module does it at import so no call pays for it.
pub fn init(py: Python<'_>) {
    tables(py);
}

/// The cached `str` of `field` for `code`.
pub fn text<'py>(py: Python<'py>, kind: Kind, code: u32, field: Field) -> Bound<'py, PyString> {
    let catalog = &tables(py)[kind as usize];
    let cached = match kind.info(code) {
        Some(info) => catalog.known.get(kind.slot_of(info)).map(|t| &t[field as usize]),
        None => catalog
            .unknown
            .get(kind.category_slot(code))
            .and_then(Option::as_ref)
            .map(|t| &t[field as usize]),
    };
    match cached {
        Some(s) => s.bind(py).clone(),
        // Only reachable if a category had no unknown sample; correct, merely slower.
        None => PyString::new(py, &kind.text(code, field)),
    }
}

/// The cached symbolic name of `code`, or `None` if unknown.
pub fn name<'py>(py: Python<'py>, kind: Kind, code: u32) -> Option<Bound<'py, PyString>> {
    let info = kind.info(code)?;
    let entry = tables(py)[kind as usize].known.get(kind.slot_of(info))?;
    Some(entry[4].bind(py).clone())
}
