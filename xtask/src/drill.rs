//! Next revisions of ZEGO's pages, made from today's vendored ones, for the tests that
//! rehearse a catalog update (xtask/tests/import.rs and the drill, xtask/tests/drill.rs).
//! Every choice is derived from the page itself, so the rehearsal keeps working whatever
//! ZEGO's next real page holds.

use crate::catalog::Lang;
use crate::upstream::{Page, Row};

/// What [`next_revision`] changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The code whose description was reworded, and the new description.
    pub changed: (u32, String),
    /// The code added, with its description.
    pub added: (u32, String),
    /// The code the page no longer lists (its last row).
    pub dropped: u32,
}

/// A code no page has listed yet: one above the highest the catalog holds (pass its codes).
/// The same for both languages' pages, which may differ in rows.
pub fn new_code(catalog_codes: impl IntoIterator<Item = u32>) -> u32 {
    catalog_codes.into_iter().max().expect("a catalog with codes") + 1
}

/// `text` (a page of `page`'s content) as ZEGO might publish it next: re-dated to `date` if
/// it has a front-matter date, the second row's description reworded, the last row gone, and
/// code `added` added (right after the reworded row, out of order as ZEGO's tables can be).
pub fn next_revision(text: &str, page: &Page, date: &str, added: u32) -> (String, Edit) {
    assert!(
        page.rows.len() >= 3,
        "a page to rehearse with has at least three rows"
    );
    assert!(page.row(added).is_none(), "code {added} is on the page already");
    let changed = page.rows[1].code;
    let dropped = page.rows[page.rows.len() - 1].code;
    let (suffix, new_text) = match page.lang {
        Lang::Zh => ("（已修订）", "演练新增的返回码。"),
        Lang::En => (" (revised)", "A code added by the drill."),
    };
    let changed_row = page.row(changed).unwrap();
    let new_message = format!("{}{suffix}", changed_row.message);
    let dropped_line = page.row(dropped).unwrap().line;
    let mut out = String::new();
    for (i, line) in redate(text, date).lines().enumerate() {
        let n = i + 1;
        if n == dropped_line {
            continue;
        }
        if n == changed_row.line {
            let suggestion = if changed_row.suggestion.is_empty() {
                "-"
            } else {
                &changed_row.suggestion
            };
            out.push_str(&format!("| {changed} | {new_message} | {suggestion} |\n"));
            out.push_str(&format!("|   {added}   | {new_text} | -   |\n"));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    (
        out,
        Edit {
            changed: (changed, new_message),
            added: (added, new_text.to_owned()),
            dropped,
        },
    )
}

/// `date` (YYYY-MM-DD) moved `years` years on: a revision certainly newer than `date`.
pub fn years_after(date: &str, years: u32) -> String {
    let year: u32 = date[..4].parse().expect("a YYYY-MM-DD date");
    format!("{}{}", year + years, &date[4..])
}

/// `text` (a page) re-dated to `date` (where it has a front-matter date) and listing `row`
/// again, after its last row: ZEGO listing a code it had withdrawn.
pub fn relist(text: &str, page: &Page, date: &str, row: &Row) -> String {
    assert!(
        page.row(row.code).is_none(),
        "code {} is on the page already",
        row.code
    );
    let last_line = page.rows.last().expect("a page with rows").line;
    let suggestion = if row.suggestion.is_empty() {
        "-"
    } else {
        &row.suggestion
    };
    let mut out = String::new();
    for (i, line) in redate(text, date).lines().enumerate() {
        out.push_str(line);
        out.push('\n');
        if i + 1 == last_line {
            out.push_str(&format!("| {} | {} | {suggestion} |\n", row.code, row.message));
        }
    }
    out
}

/// `text` with its front-matter date, if any, set to `date`; lines stay where they were.
fn redate(text: &str, date: &str) -> String {
    let mut out = String::new();
    let mut in_front_matter = false;
    for (i, line) in text.lines().enumerate() {
        if i == 0 && line.trim() == "---" {
            in_front_matter = true;
        } else if in_front_matter && line.trim() == "---" {
            in_front_matter = false;
        } else if in_front_matter && line.trim_start().starts_with("date:") {
            out.push_str(&format!("date: \"{date}\"\n"));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// `text` (a page of `page`'s content) without the row of `code`.
pub fn drop_row(text: &str, page: &Page, code: u32) -> String {
    let line = page.row(code).expect("a code on the page").line;
    text.lines()
        .enumerate()
        .filter(|&(i, _)| i + 1 != line)
        .map(|(_, l)| format!("{l}\n"))
        .collect()
}

/// What [`next_product_revision`] changed on a product's page, each code with the heading of
/// its table (its section).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductEdit {
    pub changed: (u32, Option<String>, String),
    pub added: (u32, Option<String>),
    pub dropped: (u32, Option<String>),
}

/// A product's page (`text`, read as `page`) as ZEGO might publish it next: re-dated to
/// `date`, one row's message reworded, a code `added` right after it in the same table, and
/// the page's last such row gone. The rows chosen are pipe-table rows of one code that no
/// other row of the page lists, so each edit names one code of one section.
pub fn next_product_revision(
    text: &str,
    page: &crate::layout::CodePage,
    date: &str,
    added: u32,
) -> (String, ProductEdit) {
    let lines: Vec<&str> = text.lines().collect();
    let listed = |code: u32| page.entries().filter(|(c, _)| *c == code).count();
    let eligible: Vec<_> = page
        .rows
        .iter()
        .filter(|r| {
            let line = lines[r.line - 1].trim();
            r.codes.len() == 1
                && listed(r.codes[0]) == 1
                && line.starts_with('|')
                && !r.message.contains('\n')
                && line.matches(r.message.as_str()).count() == 1
        })
        .collect();
    assert!(
        eligible.len() >= 3,
        "a page to rehearse with has at least three plain rows"
    );
    assert!(listed(added) == 0, "code {added} is on the page already");
    let (changed, dropped) = (eligible[1], eligible[eligible.len() - 1]);
    let (suffix, new_text) = match page.lang {
        Lang::Zh => ("（已修订）", "演练新增的返回码。"),
        Lang::En => (" (revised)", "A code added by the drill."),
    };
    let new_message = format!("{}{suffix}", changed.message);
    let mut out = String::new();
    for (i, line) in redate(text, date).lines().enumerate() {
        let n = i + 1;
        if n == dropped.line {
            continue;
        }
        if n == changed.line {
            out.push_str(&line.replacen(changed.message.as_str(), &new_message, 1));
            out.push('\n');
            // The new row has as many cells as the reworded one: code, text, then none.
            let cells = line.trim().trim_matches('|').split('|').count();
            let rest = " - |".repeat(cells.saturating_sub(2));
            out.push_str(&format!("| {added} | {new_text} |{rest}\n"));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    let edit = ProductEdit {
        changed: (changed.codes[0], changed.heading.clone(), new_message),
        added: (added, changed.heading.clone()),
        dropped: (dropped.codes[0], dropped.heading.clone()),
    };
    (out, edit)
}
