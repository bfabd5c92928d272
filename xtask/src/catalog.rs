//! The data files under `data/`: the single source of truth of every code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
pub use zego_codes::Lang;

/// Which of the two catalogs: API return codes or callback exception event codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

    fn header(self) -> &'static str {
        match self {
            Kind::Return => RETURN_HEADER,
            Kind::Event => EVENT_HEADER,
        }
    }
}

const RETURN_HEADER: &str = "\
# AI Agent server API return codes: the single source of truth of zego-codes.
#
# Every table, constant and document of the project is generated from this file
# (`cargo xtask gen`); tests compare it with the vendored pages in data/upstream/.
# Texts come from ZEGO's pages verbatim; `en_source = \"zego-codes\"` marks an English
# text written by this project where ZEGO publishes none. Names, guidance and `since`
# are this project's; names are stable API and never change once released.
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
/// `en_source` of an English text this project wrote.
pub const OUR_ENGLISH: &str = "zego-codes";

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub code: u32,
    pub name: String,
    pub guidance: String,
    pub since: String,
    pub message_zh: String,
    pub suggestion_zh: String,
    pub message_en: String,
    pub suggestion_en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en_source: Option<String>,
}

impl Entry {
    pub fn english_from_zego(&self) -> bool {
        self.en_source.is_none()
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

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// The date of ZEGO's page this catalog follows.
    pub revision: String,
    #[serde(rename = "code")]
    pub entries: Vec<Entry>,
}

impl Catalog {
    pub fn parse(text: &str) -> Result<Catalog, String> {
        let mut catalog: Catalog = toml::from_str(text).map_err(|e| e.to_string())?;
        catalog.entries.sort_by_key(|e| e.code);
        Ok(catalog)
    }

    pub fn load(root: &Path, kind: Kind) -> Result<Catalog, String> {
        let path = root.join(kind.data_file());
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Catalog::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn get(&self, code: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.code == code)
    }

    pub fn get_mut(&mut self, code: u32) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.code == code)
    }

    /// The file's canonical text: what `load` of it gives back, entries in ascending order.
    pub fn to_toml(&self, kind: Kind) -> String {
        let mut out = String::from(kind.header());
        writeln!(out, "revision = {}", toml_str(&self.revision)).unwrap();
        let mut entries: Vec<&Entry> = self.entries.iter().collect();
        entries.sort_by_key(|e| e.code);
        for e in entries {
            out.push_str("\n[[code]]\n");
            writeln!(out, "code = {}", e.code).unwrap();
            for (key, value) in [
                ("name", &e.name),
                ("guidance", &e.guidance),
                ("since", &e.since),
                ("message_zh", &e.message_zh),
                ("suggestion_zh", &e.suggestion_zh),
                ("message_en", &e.message_en),
                ("suggestion_en", &e.suggestion_en),
            ] {
                writeln!(out, "{key} = {}", toml_str(value)).unwrap();
            }
            if let Some(source) = &e.en_source {
                writeln!(out, "en_source = {}", toml_str(source)).unwrap();
            }
        }
        out
    }

    /// Problems a person must settle before the catalog can ship: placeholders the importer
    /// left, empty texts, names that are not unique UPPER_SNAKE_CASE, unknown guidance.
    pub fn review_problems(&self, kind: Kind) -> Vec<String> {
        let mut problems = Vec::new();
        let mut names = std::collections::HashSet::new();
        for e in &self.entries {
            let at = format!("{} {}", kind.data_file(), e.code);
            if e.name.starts_with(PLACEHOLDER_NAME_PREFIX) {
                problems.push(format!(
                    "{at}: placeholder name {}: give it a stable name",
                    e.name
                ));
            } else if !is_upper_snake(&e.name) {
                problems.push(format!("{at}: name {:?} is not UPPER_SNAKE_CASE", e.name));
            }
            if !names.insert(e.name.as_str()) {
                problems.push(format!("{at}: name {} is used twice", e.name));
            }
            if e.guidance == PLACEHOLDER_GUIDANCE {
                problems.push(format!("{at}: guidance not reviewed: choose one (see CODES.md)"));
            } else if zego_codes::Guidance::from_name(&e.guidance).is_none()
                || e.guidance == zego_codes::Guidance::Unknown.as_str()
            {
                problems.push(format!("{at}: unknown guidance {:?}", e.guidance));
            }
            if e.message_zh.is_empty() || e.message_en.is_empty() {
                problems.push(format!("{at}: a message is empty (write the missing language and set en_source = \"{OUR_ENGLISH}\")"));
            }
            if e.en_source.as_deref().is_some_and(|s| s != OUR_ENGLISH) {
                problems.push(format!("{at}: en_source must be absent or \"{OUR_ENGLISH}\""));
            }
            let all_text = [
                &e.name,
                &e.since,
                &e.message_zh,
                &e.suggestion_zh,
                &e.message_en,
                &e.suggestion_en,
            ];
            if all_text.iter().any(|t| t.contains('\0')) {
                problems.push(format!("{at}: a text holds a NUL byte"));
            }
        }
        problems
    }
}

fn is_upper_snake(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !name.ends_with('_')
        && !name.contains("__")
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => write!(out, "\\u{:04X}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The repository root (the parent of this crate's folder).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the root")
        .to_path_buf()
}
