//! `cargo xtask import FILE`: brings a new revision of one of ZEGO's pages into the catalog.
//!
//! Everything is read and checked before anything is written: the page (completely, see
//! upstream.rs), its revision against the current page of its kind and language, the data
//! files, the catalog the page turns them into, and every file generated from it. Only then
//! are the page vendored, data/pages.toml, the data file and the generated files written.
//!
//! The pages of each language are dated and imported on their own. The Chinese page is ZEGO's
//! complete list: a code it stops listing is withdrawn (kept, with the revision that dropped
//! it), never removed, since its name is API. A code one language's page lists and the other
//! lacks keeps a text of ours in the other language, marked as ours.

use std::fmt;
use std::path::Path;

use crate::catalog::{revision_key, Catalog, Entry, Kind, Lang};
use crate::gen::{self, Catalogs};
use crate::pages::{public_url, PageRecord};
use crate::upstream::Page;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub added: Vec<u32>,
    /// Codes the Chinese page no longer lists, with their names: now withdrawn.
    pub withdrawn: Vec<(u32, String)>,
    /// Withdrawn codes the Chinese page lists again.
    pub reinstated: Vec<u32>,
    /// (code, field, old, new)
    pub changed: Vec<(u32, String, String, String)>,
    /// Codes the page of its language does not list, whose text in that language is ours.
    pub ours: Vec<u32>,
    /// Codes whose text in the page's language was ours and now is ZEGO's.
    pub now_zegos: Vec<u32>,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        *self == Report::default()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for code in &self.added {
            writeln!(
                f,
                "added      {code}: review it in the data file (name, guidance, the other language's text)"
            )?;
        }
        for (code, name) in &self.withdrawn {
            writeln!(
                f,
                "withdrawn  {code} {name}: no longer listed; it stays in the catalog, marked withdrawn"
            )?;
        }
        for code in &self.reinstated {
            writeln!(f, "reinstated {code}: listed again; no longer withdrawn")?;
        }
        for (code, field, old, new) in &self.changed {
            writeln!(f, "changed    {code} {field}:\n    was {old:?}\n    now {new:?}")?;
        }
        for code in &self.now_zegos {
            writeln!(
                f,
                "note       {code}: ZEGO now publishes this text; ours is replaced"
            )?;
        }
        for code in &self.ours {
            writeln!(
                f,
                "note       {code}: not on this page; its text in this language is ours"
            )?;
        }
        if self.is_empty() {
            writeln!(f, "no changes to the codes")?;
        }
        Ok(())
    }
}

/// Applies `page`, of revision `revision`, to `catalog`.
pub fn apply(catalog: &mut Catalog, page: &Page, revision: &str) -> Report {
    let mut report = Report::default();
    let lang = page.lang;
    for row in &page.rows {
        match catalog.get_mut(row.code) {
            Some(entry) => {
                let (old_message, old_suggestion) = entry.text(lang);
                for (field, old, new) in [
                    ("message", old_message, &row.message),
                    ("suggestion", old_suggestion, &row.suggestion),
                ] {
                    if old != new {
                        report.changed.push((
                            row.code,
                            format!("{field}_{lang}"),
                            old.to_owned(),
                            new.clone(),
                        ));
                    }
                }
                entry.set_text(lang, &row.message, &row.suggestion);
                // A page older than the one that added the code lists it too.
                if revision_key(revision) < revision_key(&entry.since) {
                    entry.since = revision.to_owned();
                }
                if !entry.from_zego(lang) {
                    entry.ours[lang as usize] = false;
                    report.now_zegos.push(row.code);
                }
                if lang == Lang::Zh && entry.withdrawn.take().is_some() {
                    report.reinstated.push(row.code);
                }
            }
            None => {
                report.added.push(row.code);
                let mut entry = Entry::new_from_page(row.code, lang, revision);
                entry.set_text(lang, &row.message, &row.suggestion);
                catalog.entries.push(entry);
            }
        }
    }
    for e in catalog.entries.iter_mut() {
        if page.row(e.code).is_some() || !e.from_zego(lang) {
            continue;
        }
        match lang {
            // The complete list no longer has it: withdrawn, with its last texts.
            Lang::Zh if e.withdrawn.is_none() => {
                e.withdrawn = Some(revision.to_owned());
                report.withdrawn.push((e.code, e.name.clone()));
            }
            Lang::Zh => {}
            // ZEGO's English text is gone; what stays is now ours to maintain. So for a
            // withdrawn code too: should the Chinese page list it again, its English is ours
            // until the English page does.
            Lang::En => {
                e.ours[Lang::En as usize] = true;
                report.ours.push(e.code);
            }
        }
    }
    catalog.entries.sort_by_key(|e| e.code);
    report
}

/// What `cargo xtask import` was asked to do.
pub struct Request<'a> {
    pub file: &'a Path,
    /// The page's revision where it has no front-matter date.
    pub revision: Option<String>,
    /// Where the page came from; its public address by default.
    pub source: Option<String>,
    pub dry_run: bool,
}

/// Imports a page into the repository at `root`: checks everything, then writes. Returns the
/// text to print.
pub fn run(root: &Path, req: &Request) -> Result<String, String> {
    let file = req.file.display().to_string();
    let bytes = std::fs::read(req.file).map_err(|e| format!("{file}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{file}: not UTF-8 text: {e}"))?;
    let page = Page::parse(&text).map_err(|e| format!("{file}: cannot read the page completely: {e}"))?;
    let (kind, lang) = (page.kind, page.lang);
    let revision = match (&page.date, &req.revision) {
        (Some(date), Some(given)) if date != given => {
            return Err(format!(
                "{file}: the page is dated {date}, but --revision says {given}"
            ))
        }
        (Some(date), _) => date.clone(),
        (None, Some(given)) => given.clone(),
        (None, None) => {
            return Err(format!(
            "{file}: the page has no front-matter date: say which revision it is with --revision YYYY-MM-DD"
        ))
        }
    };
    if !crate::catalog::is_date(&revision) {
        return Err(format!(
            "{file}: revision {revision:?} is not a date (YYYY-MM-DD)"
        ));
    }

    let catalogs = Catalogs::load(root).map_err(|e| format!("the data files need fixing first:\n{e}"))?;
    let current = catalogs.pages.current(kind, lang);
    let what = format!("{} {} page", kind.as_str(), lang);
    let ext = match req.file.extension().and_then(|e| e.to_str()) {
        Some("mdx") => "mdx",
        _ => "md",
    };
    let vendored = format!("data/upstream/{revision}/{}.{lang}.{ext}", kind.page_stem());
    match revision_key(&revision).cmp(&revision_key(&current.revision)) {
        std::cmp::Ordering::Less => {
            return Err(format!(
                "{file}: this {what} is of {revision}, older than the current one ({}, {}): nothing imported",
                current.revision, current.file
            ))
        }
        std::cmp::Ordering::Equal => {
            let same =
                std::fs::read_to_string(root.join(&current.file)).ok().as_deref() == Some(text.as_str());
            return if same {
                Ok(format!(
                    "{file}: the current {what} ({}) already; nothing to do\n",
                    current.file
                ))
            } else {
                Err(format!(
                    "{file}: this {what} has the revision of the current one ({revision}, {}) but other content: \
                     a new revision needs a new date (--revision for a page without one)",
                    current.file
                ))
            };
        }
        std::cmp::Ordering::Greater => {}
    }
    if let Ok(existing) = std::fs::read_to_string(root.join(&vendored)) {
        if existing != text {
            return Err(format!("{vendored} exists with other content: nothing imported"));
        }
    }

    let mut next = Catalogs {
        returns: catalogs.returns.clone(),
        events: catalogs.events.clone(),
        pages: catalogs.pages.clone(),
        products: catalogs.products.clone(),
        rules: catalogs.rules.clone(),
    };
    let catalog = match kind {
        Kind::Return => &mut next.returns,
        Kind::Event => &mut next.events,
    };
    let report = apply(catalog, &page, &revision);
    let problems = catalog.invalid(kind, kind.data_file());
    if !problems.is_empty() {
        return Err(format!(
            "{file}: the page would make the catalog invalid:\n{}",
            problems.join("\n")
        ));
    }
    let data = catalog.to_toml(kind);
    next.pages.make_current(PageRecord {
        file: vendored.clone(),
        product: crate::products::AI_AGENT.to_owned(),
        kind,
        lang,
        revision: revision.clone(),
        source: req
            .source
            .clone()
            .unwrap_or_else(|| public_url(kind, lang).to_owned()),
        current: true,
        placeholder: false,
        api: None,
        section: None,
    });
    let outputs = gen::outputs(root, &next)?;

    let mut out = format!(
        "{file}: {what}, revision {revision}, {} codes\nrevision of the {what}: {} -> {revision}\n{report}",
        page.rows.len(),
        current.revision
    );
    if req.dry_run {
        out.push_str("dry run: nothing written\n");
        return Ok(out);
    }
    let write = |path: &str, text: &str| -> Result<(), String> {
        let full = root.join(path);
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&full, text).map_err(|e| format!("{path}: {e}"))
    };
    write(&vendored, &text)?;
    write(crate::pages::FILE, &next.pages.to_toml())?;
    write(kind.data_file(), &data)?;
    for o in &outputs {
        if std::fs::read_to_string(root.join(o.path)).ok().as_deref() != Some(o.text.as_str()) {
            write(o.path, &o.text)?;
        }
    }
    out.push_str(&format!(
        "wrote {vendored}, {}, {} and the generated files\n",
        crate::pages::FILE,
        kind.data_file()
    ));
    let review: Vec<String> = next.catalog(kind).review_problems(kind);
    if review.is_empty() {
        out.push_str("next: `make test`\n");
    } else {
        out.push_str(&format!(
            "next: review {} (CONTRIBUTING.md), then `cargo xtask gen` and `make test`:\n  {}\n",
            kind.data_file(),
            review.join("\n  ")
        ));
    }
    Ok(out)
}
