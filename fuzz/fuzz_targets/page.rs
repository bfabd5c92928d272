//! The importer's reader of ZEGO's pages (xtask::upstream::Page::parse) over any text: it
//! returns a page or an error and never panics; a page it returns holds exactly one row per
//! row line of its code tables, found here by a reader of its own, each row's texts standing
//! in that line; and what it keeps is never larger than the text it read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use xtask::upstream::Page;

fuzz_target!(|text: &str| {
    let Ok(page) = Page::parse(text) else {
        return;
    };
    // A page may start with a byte-order mark, which is no part of its first line.
    let lines: Vec<&str> = text.strip_prefix('\u{feff}').unwrap_or(text).lines().collect();
    let expected = code_row_lines(&lines);
    let got: Vec<usize> = page.rows.iter().map(|r| r.line).collect();
    assert_eq!(got, expected, "rows read are not the code tables' row lines");
    let mut kept = 0;
    for row in &page.rows {
        let line = lines[row.line - 1];
        let cells = cells(line);
        assert_eq!(cells[0].parse::<u32>().ok(), Some(row.code), "line {}", row.line);
        assert_eq!(cells.len(), 3, "line {}: a row of three cells", row.line);
        assert!(
            !row.message.is_empty() && cells[1] == row.message,
            "line {}",
            row.line
        );
        let suggestion = if cells[2] == "-" { "" } else { cells[2].as_str() };
        assert_eq!(suggestion, row.suggestion, "line {}", row.line);
        kept += row.message.len() + row.suggestion.len();
    }
    assert!(
        kept <= text.len(),
        "kept {kept} bytes of text from {} bytes",
        text.len()
    );
    if let Some(date) = &page.date {
        assert!(text.contains(date.as_str()), "date {date:?} is not in the page");
    }
});

/// The 1-based numbers of the lines that are rows of a code table: the lines starting with
/// `|` that follow a header row whose first cell names return or event codes, up to the
/// first line that does not start with `|`, other than headers and `| --- |` separators.
fn code_row_lines(lines: &[&str]) -> Vec<usize> {
    let mut rows = Vec::new();
    let mut in_table = false;
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim();
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        let cells = cells(line);
        let first = cells[0].to_ascii_lowercase();
        let header = ["返回码", "事件码", "return code", "event code"];
        if header.iter().any(|h| first.starts_with(h)) {
            in_table = true;
        } else if in_table
            && !cells
                .iter()
                .all(|c| !c.is_empty() && c.trim_matches(['-', ':']).is_empty())
        {
            rows.push(i + 1);
        }
    }
    rows
}

/// A table row's cells between its outer bars, `\|` read as a bar, trimmed of spaces and tabs.
fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut rest = inner;
    let mut cell = String::new();
    loop {
        match rest.find(['|', '\\']) {
            Some(at) if rest[at..].starts_with("\\|") => {
                cell += &rest[..at];
                cell.push('|');
                rest = &rest[at + 2..];
            }
            Some(at) if rest[at..].starts_with('\\') => {
                cell += &rest[..=at];
                rest = &rest[at + 1..];
            }
            Some(at) => {
                cell += &rest[..at];
                cells.push(std::mem::take(&mut cell));
                rest = &rest[at + 1..];
            }
            None => {
                cell += rest;
                cells.push(cell);
                break;
            }
        }
    }
    cells
        .into_iter()
        .map(|c| c.trim_matches([' ', '\t']).to_owned())
        .collect()
}
