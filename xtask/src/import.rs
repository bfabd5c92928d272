//! Brings a new revision of one of ZEGO's pages into the catalog.

use std::fmt;

use crate::catalog::{Catalog, Entry, Lang, OUR_ENGLISH, PLACEHOLDER_GUIDANCE, PLACEHOLDER_NAME_PREFIX};
use crate::upstream::Page;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub added: Vec<u32>,
    /// Codes the page no longer lists (Chinese pages only: they are the complete list).
    pub removed: Vec<(u32, String)>,
    /// (code, field, old, new)
    pub changed: Vec<(u32, &'static str, String, String)>,
    /// Codes the English page lacks; their English stays this project's.
    pub missing_english: Vec<u32>,
    pub revision: Option<(String, String)>,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty() && self.revision.is_none()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((old, new)) = &self.revision {
            writeln!(f, "revision: {old} -> {new}")?;
        }
        for code in &self.added {
            writeln!(f, "added    {code}: give it a name and guidance in the data file")?;
        }
        for (code, name) in &self.removed {
            writeln!(
                f,
                "removed  {code} {name}: no longer listed; its name leaves the API"
            )?;
        }
        for (code, field, old, new) in &self.changed {
            writeln!(f, "changed  {code} {field}:\n    was {old:?}\n    now {new:?}")?;
        }
        for code in &self.missing_english {
            writeln!(
                f,
                "note     {code}: no English row; the English text stays this project's"
            )?;
        }
        if self.is_empty() {
            writeln!(f, "no changes")?;
        }
        Ok(())
    }
}

/// Applies `page` to `catalog`; `since` is the revision recorded for new codes.
pub fn apply(catalog: &mut Catalog, page: &Page, since: &str) -> Report {
    let mut report = Report::default();
    let lang = page.lang;
    let (message_field, suggestion_field) = match lang {
        Lang::Zh => ("message_zh", "suggestion_zh"),
        Lang::En => ("message_en", "suggestion_en"),
    };
    for row in &page.rows {
        match catalog.get_mut(row.code) {
            Some(entry) => {
                let (old_message, old_suggestion) = entry.text(lang);
                for (field, old, new) in [
                    (message_field, old_message, &row.message),
                    (suggestion_field, old_suggestion, &row.suggestion),
                ] {
                    if old != new {
                        report
                            .changed
                            .push((row.code, field, old.to_owned(), new.clone()));
                    }
                }
                entry.set_text(lang, &row.message, &row.suggestion);
                if lang == Lang::En {
                    entry.en_source = None;
                }
            }
            None => {
                report.added.push(row.code);
                let mut entry = Entry {
                    code: row.code,
                    name: format!("{PLACEHOLDER_NAME_PREFIX}{}", row.code),
                    guidance: PLACEHOLDER_GUIDANCE.to_owned(),
                    since: since.to_owned(),
                    message_zh: String::new(),
                    suggestion_zh: String::new(),
                    message_en: String::new(),
                    suggestion_en: String::new(),
                    en_source: None,
                };
                entry.set_text(lang, &row.message, &row.suggestion);
                catalog.entries.push(entry);
            }
        }
    }
    let listed = |code: u32| page.row(code).is_some();
    match lang {
        Lang::Zh => {
            report.removed = catalog
                .entries
                .iter()
                .filter(|e| !listed(e.code))
                .map(|e| (e.code, e.name.clone()))
                .collect();
            catalog.entries.retain(|e| listed(e.code));
        }
        Lang::En => {
            for e in catalog.entries.iter_mut().filter(|e| !listed(e.code)) {
                report.missing_english.push(e.code);
                if e.en_source.is_none() && !e.message_en.is_empty() {
                    // ZEGO's English text is gone; what stays is now ours to maintain.
                    e.en_source = Some(OUR_ENGLISH.to_owned());
                }
            }
        }
    }
    if let Some(date) = &page.date {
        if *date != catalog.revision {
            report.revision = Some((catalog.revision.clone(), date.clone()));
            catalog.revision = date.clone();
        }
    }
    catalog.entries.sort_by_key(|e| e.code);
    report
}
