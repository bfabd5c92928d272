//! The data files under `data/`: the single source of truth of every code.
//!
//! A file is read into the core's own types (`Guidance`, `Category`, `Lang`) and checked as a
//! whole before anything is generated from it: a value the core cannot represent is an error
//! naming the file, the code and the value, never Rust that fails to compile. What only a
//! person can settle (a placeholder name, unreviewed guidance, a missing translation) is a
//! review problem instead: generation works, `cargo xtask check` and the tests refuse it.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
pub use zego_codes::Lang;
use zego_codes::{Category, EventCategory, Guidance};

/// Which of the two catalogs: API return codes or callback exception event codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Return,
    Event,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Return, Kind::Event];

    pub fn data_file(self) -> &'static str {
        match self {
            Kind::Return => "data/return_codes.toml",
            Kind::Event => "data/event_codes.toml",
        }
    }

    /// The name of the kind in data/pages.toml.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Return => "return",
            Kind::Event => "event",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The file name of ZEGO's page of this kind, without language and extension.
    pub fn page_stem(self) -> &'static str {
        match self {
            Kind::Return => "return-codes",
            Kind::Event => "exception-codes",
        }
    }

    /// Whether `code` lies in a range ZEGO uses for this kind.
    fn in_named_range(self, code: u32) -> bool {
        match self {
            Kind::Return => Category::of(code) != Category::Unknown,
            Kind::Event => EventCategory::of(code) != EventCategory::Unknown,
        }
    }

    fn header(self) -> &'static str {
        match self {
            Kind::Return => RETURN_HEADER,
            Kind::Event => EVENT_HEADER,
        }
    }
}

/// Both languages, in the order of `Lang as usize`.
pub const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    }
}

const RETURN_HEADER: &str = "\
# AI Agent server API return codes: the single source of truth of zego-codes.
#
# Every table, constant and document of the project is generated from this file
# (`cargo xtask gen`); tests compare it with the vendored pages in data/upstream/, and
# data/pages.toml says which pages the catalog follows. Texts come from ZEGO's pages verbatim;
# `en_source = \"zego-codes\"` (or `zh_source`) marks a text written by this project where
# ZEGO's page in that language lists no such code. `withdrawn` is the revision of ZEGO's
# Chinese page that no longer lists the code: it stays, names are API. Names, guidance and
# `since` are this project's; names never change once released.
# Update procedure: CONTRIBUTING.md.
";

const EVENT_HEADER: &str = "\
# AI Agent callback exception event codes (callbacks with Event = \"Exception\"):
# the single source of truth of zego-codes for event codes.
#
# Same shape and rules as return_codes.toml; see CONTRIBUTING.md.
";

/// Name given to a code the importer adds; a test refuses it until a person names the code.
pub const PLACEHOLDER_NAME_PREFIX: &str = "UNNAMED_";
/// Guidance given to a code the importer adds; a test refuses it until a person decides.
pub const PLACEHOLDER_GUIDANCE: &str = "unreviewed";
/// `en_source` / `zh_source` of a text this project wrote.
pub const OUR_TEXT: &str = "zego-codes";

/// One code, as the data file holds it after validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub code: u32,
    pub name: String,
    /// `None` while the guidance is the importer's placeholder.
    pub guidance: Option<Guidance>,
    pub since: String,
    /// The revision of the Chinese page that dropped the code.
    pub withdrawn: Option<String>,
    pub message_zh: String,
    pub suggestion_zh: String,
    pub message_en: String,
    pub suggestion_en: String,
    /// Indexed by `Lang as usize`: the text in that language is this project's.
    pub ours: [bool; 2],
}

impl Entry {
    /// A code the importer found on a page of `lang`: placeholders for a person to fill in,
    /// and the other language marked as ours, since no page of it lists the code yet.
    pub fn new_from_page(code: u32, lang: Lang, since: &str) -> Entry {
        let mut ours = [false; 2];
        ours[other(lang) as usize] = true;
        Entry {
            code,
            name: format!("{PLACEHOLDER_NAME_PREFIX}{code}"),
            guidance: None,
            since: since.to_owned(),
            withdrawn: None,
            message_zh: String::new(),
            suggestion_zh: String::new(),
            message_en: String::new(),
            suggestion_en: String::new(),
            ours,
        }
    }

    pub fn from_zego(&self, lang: Lang) -> bool {
        !self.ours[lang as usize]
    }

    pub fn english_from_zego(&self) -> bool {
        self.from_zego(Lang::En)
    }

    /// The guidance name as the data file spells it.
    pub fn guidance_name(&self) -> &'static str {
        self.guidance.map_or(PLACEHOLDER_GUIDANCE, Guidance::as_str)
    }

    pub fn text(&self, lang: Lang) -> (&str, &str) {
        match lang {
            Lang::Zh => (&self.message_zh, &self.suggestion_zh),
            Lang::En => (&self.message_en, &self.suggestion_en),
        }
    }

    pub fn set_text(&mut self, lang: Lang, message: &str, suggestion: &str) {
        let (m, s) = match lang {
            Lang::Zh => (&mut self.message_zh, &mut self.suggestion_zh),
            Lang::En => (&mut self.message_en, &mut self.suggestion_en),
        };
        *m = message.to_owned();
        *s = suggestion.to_owned();
    }
}

/// A data file's guidance: `None` for the importer's placeholder, an error naming the choices
/// for a name the core does not know.
pub fn parse_guidance(name: &str) -> Result<Option<Guidance>, String> {
    if name == PLACEHOLDER_GUIDANCE {
        return Ok(None);
    }
    match Guidance::from_name(name) {
        Some(g) if g != Guidance::Unknown => Ok(Some(g)),
        _ => Err(format!("guidance {name:?} is not one of: {}", guidance_choices())),
    }
}

/// A data file's `zh_source` and `en_source`, as `Entry::ours`: absent is ZEGO's text,
/// `"zego-codes"` this project's, anything else an error.
pub fn parse_ours(zh_source: &Option<String>, en_source: &Option<String>) -> Result<[bool; 2], String> {
    let mut ours = [false; 2];
    for (lang, source, key) in [
        (Lang::Zh, zh_source, "zh_source"),
        (Lang::En, en_source, "en_source"),
    ] {
        match source.as_deref() {
            None => {}
            Some(OUR_TEXT) => ours[lang as usize] = true,
            Some(other) => {
                return Err(format!(
                    "{key} {other:?}: it must be absent (ZEGO's text) or {OUR_TEXT:?}"
                ))
            }
        }
    }
    Ok(ours)
}

/// An entry exactly as written in the file, before it is checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    code: u32,
    name: String,
    guidance: String,
    since: String,
    #[serde(default)]
    withdrawn: Option<String>,
    message_zh: String,
    suggestion_zh: String,
    message_en: String,
    suggestion_en: String,
    #[serde(default)]
    zh_source: Option<String>,
    #[serde(default)]
    en_source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    #[serde(rename = "code")]
    entries: Vec<RawEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// Ascending by code.
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// Reads and checks the text of `kind`'s data file; `file` names it in errors. Every
    /// problem found is reported, one per line.
    pub fn parse(text: &str, kind: Kind, file: &str) -> Result<Catalog, String> {
        let raw: RawCatalog = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
        let mut problems = Vec::new();
        let mut entries = Vec::new();
        for r in raw.entries {
            let at = format!("{file}: code {}", r.code);
            let guidance = parse_guidance(&r.guidance).unwrap_or_else(|e| {
                problems.push(format!("{at}: {e}"));
                None
            });
            let ours = parse_ours(&r.zh_source, &r.en_source).unwrap_or_else(|e| {
                problems.push(format!("{at}: {e}"));
                [false; 2]
            });
            entries.push(Entry {
                code: r.code,
                name: r.name,
                guidance,
                since: r.since,
                withdrawn: r.withdrawn,
                message_zh: r.message_zh,
                suggestion_zh: r.suggestion_zh,
                message_en: r.message_en,
                suggestion_en: r.suggestion_en,
                ours,
            });
        }
        entries.sort_by_key(|e| e.code);
        let catalog = Catalog { entries };
        problems.extend(catalog.invalid(kind, file));
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err(problems.join("\n"))
        }
    }

    pub fn load(root: &Path, kind: Kind) -> Result<Catalog, String> {
        let file = kind.data_file();
        let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        Catalog::parse(&text, kind, file)
    }

    pub fn get(&self, code: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.code == code)
    }

    pub fn get_mut(&mut self, code: u32) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.code == code)
    }

    /// What no generated file may ever be built from: a value the core cannot hold, or that
    /// would make two constants collide. Empty texts are allowed only in a code still
    /// awaiting review, the state the importer leaves a new code in.
    pub fn invalid(&self, kind: Kind, file: &str) -> Vec<String> {
        let mut problems = Vec::new();
        let mut names: HashMap<&str, u32> = HashMap::new();
        let mut codes = HashSet::new();
        for e in &self.entries {
            let at = format!("{file}: code {}", e.code);
            if !codes.insert(e.code) {
                problems.push(format!("{at}: listed twice"));
            }
            if !kind.in_named_range(e.code) {
                problems.push(format!(
                    "{at}: outside every range ZEGO uses for {} codes",
                    kind.as_str()
                ));
            }
            if !is_upper_snake(&e.name) {
                problems.push(format!("{at}: name {:?} is not UPPER_SNAKE_CASE", e.name));
            }
            if let Some(first) = names.insert(&e.name, e.code) {
                problems.push(format!("{at}: name {} is also the name of code {first}", e.name));
            }
            if !is_revision(&e.since) {
                problems.push(format!(
                    "{at}: since {:?} is not a revision (YYYY-MM-DD or {:?})",
                    e.since,
                    zego_codes::SEED_REVISION
                ));
            }
            if let Some(w) = &e.withdrawn {
                if !is_date(w) || revision_key(w) <= revision_key(&e.since) {
                    problems.push(format!(
                        "{at}: withdrawn {w:?} is not a date (YYYY-MM-DD) after since {:?}",
                        e.since
                    ));
                }
            }
            for (key, value) in e.fields() {
                if value.contains('\0') {
                    problems.push(format!("{at}: {key} holds a NUL byte: {value:?}"));
                }
            }
            if e.guidance.is_some() {
                for lang in LANGS {
                    if e.text(lang).0.is_empty() {
                        problems.push(format!("{at}: message_{lang} is empty"));
                    }
                }
            }
        }
        problems
    }

    /// Problems a person must settle before the catalog can ship: the importer's
    /// placeholders and the texts a new code still lacks.
    pub fn review_problems(&self, kind: Kind) -> Vec<String> {
        let mut problems = Vec::new();
        for e in &self.entries {
            let at = format!("{} {}", kind.data_file(), e.code);
            if e.name.starts_with(PLACEHOLDER_NAME_PREFIX) {
                problems.push(format!(
                    "{at}: placeholder name {}: give it a stable name",
                    e.name
                ));
            }
            if e.guidance.is_none() {
                problems.push(format!(
                    "{at}: guidance not reviewed: choose one of {} (see CODES.md)",
                    guidance_choices()
                ));
            }
            for lang in LANGS {
                if e.text(lang).0.is_empty() {
                    problems.push(format!(
                        "{at}: a message is empty: write message_{lang} (ZEGO's {lang} page does not list the code; {lang}_source = \"{OUR_TEXT}\" marks it)"
                    ));
                }
            }
        }
        problems
    }

    /// The file's canonical text: what `load` of it gives back, entries in ascending order.
    pub fn to_toml(&self, kind: Kind) -> String {
        let mut out = String::from(kind.header());
        for e in &self.entries {
            out.push_str("\n[[code]]\n");
            writeln!(out, "code = {}", e.code).unwrap();
            for (key, value) in [
                ("name", e.name.as_str()),
                ("guidance", e.guidance_name()),
                ("since", &e.since),
            ] {
                writeln!(out, "{key} = {}", toml_str(value)).unwrap();
            }
            if let Some(w) = &e.withdrawn {
                writeln!(out, "withdrawn = {}", toml_str(w)).unwrap();
            }
            for (key, value) in e.texts() {
                writeln!(out, "{key} = {}", toml_str(value)).unwrap();
            }
            for lang in LANGS {
                if !e.from_zego(lang) {
                    writeln!(out, "{lang}_source = {}", toml_str(OUR_TEXT)).unwrap();
                }
            }
        }
        out
    }
}

impl Entry {
    fn texts(&self) -> [(&'static str, &str); 4] {
        [
            ("message_zh", &self.message_zh),
            ("suggestion_zh", &self.suggestion_zh),
            ("message_en", &self.message_en),
            ("suggestion_en", &self.suggestion_en),
        ]
    }

    /// Every string field, for the NUL check.
    fn fields(&self) -> Vec<(&'static str, &str)> {
        let mut out = vec![("name", self.name.as_str()), ("since", &self.since)];
        if let Some(w) = &self.withdrawn {
            out.push(("withdrawn", w));
        }
        out.extend(self.texts());
        out
    }
}

fn guidance_choices() -> String {
    Guidance::ALL
        .iter()
        .filter(|g| **g != Guidance::Unknown)
        .map(|g| g.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn is_upper_snake(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !name.ends_with('_')
        && !name.contains("__")
}

/// `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

/// A page date or the seed table's revision.
pub fn is_revision(s: &str) -> bool {
    s == zego_codes::SEED_REVISION || is_date(s)
}

/// Orders revisions in time: the seed table before every dated page.
pub fn revision_key(s: &str) -> (bool, &str) {
    (s != zego_codes::SEED_REVISION, s)
}

pub use crate::gen::escape::toml_str;

/// The repository root (the parent of this crate's folder).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the root")
        .to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "[[code]]\ncode = 410001002\nname = \"AGENT_INSTANCE_NOT_FOUND\"\nguidance = \"not_found\"\nsince = \"2025-seed\"\nmessage_zh = \"甲\"\nsuggestion_zh = \"\"\nmessage_en = \"A\"\nsuggestion_en = \"\"\n";

    #[test]
    fn a_valid_file_round_trips() {
        let c = Catalog::parse(ONE, Kind::Return, "f.toml").unwrap();
        assert_eq!(c.entries[0].guidance, Some(Guidance::NotFound));
        let text = c.to_toml(Kind::Return);
        assert_eq!(Catalog::parse(&text, Kind::Return, "f.toml").unwrap(), c);
    }

    #[test]
    fn bad_values_are_named_with_file_code_and_value() {
        for (from, to, expected) in [
            (
                "\"not_found\"",
                "\"not_fond\"",
                "f.toml: code 410001002: guidance \"not_fond\"",
            ),
            ("\"not_found\"", "\"unknown\"", "guidance \"unknown\""),
            (
                "\"AGENT_INSTANCE_NOT_FOUND\"",
                "\"agent\"",
                "name \"agent\" is not UPPER_SNAKE_CASE",
            ),
            ("\"甲\"", "\"甲\\u0000\"", "message_zh holds a NUL byte"),
            ("\"A\"", "\"\"", "message_en is empty"),
            ("410001002", "7", "code 7: outside every range"),
            ("\"2025-seed\"", "\"2025\"", "since \"2025\""),
        ] {
            let text = ONE.replace(from, to);
            let err = Catalog::parse(&text, Kind::Return, "f.toml").unwrap_err();
            assert!(err.contains(expected), "{to}: {err}");
        }
        let twice = format!("{ONE}\n{}", ONE.replace("NOT_FOUND\"", "NOT_FOUND_2\""));
        let err = Catalog::parse(&twice, Kind::Return, "f.toml").unwrap_err();
        assert!(err.contains("code 410001002: listed twice"), "{err}");
        let same_name = format!("{ONE}\n{}", ONE.replace("410001002", "410001003"));
        let err = Catalog::parse(&same_name, Kind::Return, "f.toml").unwrap_err();
        assert!(
            err.contains("name AGENT_INSTANCE_NOT_FOUND is also the name of code 410001002"),
            "{err}"
        );
    }

    #[test]
    fn a_new_code_may_lack_a_text_until_reviewed() {
        let text = ONE
            .replace("\"not_found\"", "\"unreviewed\"")
            .replace("\"A\"", "\"\"")
            .replace("AGENT_INSTANCE_NOT_FOUND", "UNNAMED_410001002");
        let c = Catalog::parse(&text, Kind::Return, "f.toml").unwrap();
        let problems = c.review_problems(Kind::Return).join("\n");
        for expected in ["placeholder name", "guidance not reviewed", "write message_en"] {
            assert!(problems.contains(expected), "{problems}");
        }
    }

    #[test]
    fn revisions_order_the_seed_first() {
        assert!(revision_key("2025-seed") < revision_key("2025-01-01"));
        assert!(revision_key("2026-07-17") < revision_key("2026-12-01"));
        assert!(is_date("2026-12-01") && !is_date("2026-13-01") && !is_date("2026-1-01"));
    }
}
