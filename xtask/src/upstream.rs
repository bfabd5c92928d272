//! Reads ZEGO's pages, as markdown or as the doc site's `.mdx` source, in either language.
//!
//! The tables are hand-made and untidy: column widths vary, header cells carry width hints
//! (`返回码-12%-l`), rows come out of order, some cells end in `。` and some do not. Cells are
//! trimmed of surrounding spaces and nothing else, and a `-` suggestion means none.
//!
//! A page is read completely or not at all: inside a table whose header names codes, every
//! row is a separator or a code with exactly three cells, closed by `|`, with a description.
//! Anything else (a cut-off row, an unescaped `|` that shifts the cells, a code that is not a
//! number) is an error naming the line, since a row skipped silently would look to the
//! importer like a code ZEGO withdrew.

use std::path::Path;

use crate::catalog::{Kind, Lang};
use crate::layout::{front_matter_date, is_separator, split_row};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub code: u32,
    pub message: String,
    pub suggestion: String,
    /// 1-based line in the page, for messages.
    pub line: usize,
}

#[derive(Clone, Debug)]
pub struct Page {
    pub kind: Kind,
    pub lang: Lang,
    /// `date` of the front matter, if the page has one.
    pub date: Option<String>,
    /// In the page's order.
    pub rows: Vec<Row>,
}

impl Page {
    pub fn row(&self, code: u32) -> Option<&Row> {
        self.rows.iter().find(|r| r.code == code)
    }

    pub fn read(path: &Path) -> Result<Page, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Page::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Page, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let date = front_matter_date(text);
        let mut kind_lang = None;
        let mut rows: Vec<Row> = Vec::new();
        // Whether the current table is a table of codes (its header named them).
        let mut in_codes = false;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if !line.starts_with('|') {
                in_codes = false;
                continue;
            }
            let cells = split_row(line);
            let Some(first) = cells.first() else { continue };
            if let Some(header) = classify_header(first) {
                in_codes = true;
                match kind_lang {
                    None => kind_lang = Some(header),
                    Some(seen) if seen != header => {
                        return Err(format!(
                            "line {}: table header {first:?} disagrees with an earlier one",
                            i + 1
                        ))
                    }
                    Some(_) => {}
                }
                continue;
            }
            if !in_codes || is_separator(&cells) {
                continue; // prose tables
            }
            if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!(
                    "line {}: a row of the code table does not start with a code: {first:?}",
                    i + 1
                ));
            }
            let code: u32 = first
                .parse()
                .map_err(|_| format!("line {}: code {first:?} does not fit in 32 bits", i + 1))?;
            if !line.ends_with('|') || line.ends_with("\\|") {
                return Err(format!(
                    "line {}: the row of code {code} is cut off (no closing |)",
                    i + 1
                ));
            }
            if cells.len() != 3 {
                return Err(format!(
                    "line {}: code {code} has {} cells, expected 3 (an unescaped | in a text?)",
                    i + 1,
                    cells.len()
                ));
            }
            if cells[1].is_empty() {
                return Err(format!("line {}: code {code} has no description", i + 1));
            }
            if let Some(earlier) = rows.iter().find(|r| r.code == code) {
                return Err(format!(
                    "line {}: code {code} listed again (first at line {})",
                    i + 1,
                    earlier.line
                ));
            }
            let suggestion = if cells[2] == "-" { "" } else { cells[2].as_str() };
            rows.push(Row {
                code,
                message: cells[1].clone(),
                suggestion: suggestion.to_owned(),
                line: i + 1,
            });
        }
        let (kind, lang) = kind_lang.ok_or("no table header naming return codes or event codes")?;
        if rows.is_empty() {
            return Err("the table has no rows".into());
        }
        Ok(Page {
            kind,
            lang,
            date,
            rows,
        })
    }
}

/// Which page and language a header's first cell announces, width hints and case aside.
fn classify_header(cell: &str) -> Option<(Kind, Lang)> {
    let cell = cell.to_ascii_lowercase();
    if cell.starts_with("返回码") {
        Some((Kind::Return, Lang::Zh))
    } else if cell.starts_with("事件码") {
        Some((Kind::Event, Lang::Zh))
    } else if cell.starts_with("return code") {
        Some((Kind::Return, Lang::En))
    } else if cell.starts_with("event code") {
        Some((Kind::Event, Lang::En))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messy_tables_parse() {
        let page = Page::parse(
            "---\ndate: \"2030-01-02\"\n---\n# t\n\n| 返回码-12%-l | 说明 | 处理建议 |\n| --- | --- | --- |\n\
             |   7   |  甲。 | -   |\n| 3 | 乙 \\| 丙 |  请重试  |\n",
        )
        .unwrap();
        assert_eq!(page.date.as_deref(), Some("2030-01-02"));
        assert_eq!((page.kind, page.lang), (Kind::Return, Lang::Zh));
        assert_eq!(page.rows[0].code, 7);
        assert_eq!(page.rows[0].message, "甲。");
        assert_eq!(page.rows[0].suggestion, "");
        assert_eq!(page.rows[1].message, "乙 | 丙");
        assert_eq!(page.rows[1].suggestion, "请重试");
    }

    #[test]
    fn english_event_page_without_front_matter() {
        let page = Page::parse(
            "| Event Code | Event Name | Suggested Action |\n| --- | --- | --- |\n| 1001 | A | B |",
        )
        .unwrap();
        assert_eq!((page.kind, page.lang, page.date), (Kind::Event, Lang::En, None));
    }

    #[test]
    fn duplicate_and_oversized_codes_are_errors() {
        let dup = Page::parse("| Return Code | a | b |\n| 1 | x | y |\n| 1 | z | w |").unwrap_err();
        assert!(dup.contains("code 1 listed again"), "{dup}");
        let big = Page::parse("| Return Code | a | b |\n| 4294967296 | x | y |").unwrap_err();
        assert!(big.contains("does not fit"), "{big}");
        assert!(Page::parse("no table here").is_err());
    }

    #[test]
    fn a_page_that_cannot_be_read_completely_is_an_error() {
        let head = "| 返回码 | 说明 | 处理建议 |\n| --- | --- | --- |\n| 1 | 甲 | 乙 |\n";
        for (row, expected) in [
            ("| 2 | 丙 | 丁", "cut off"),
            ("| 2 | 丙 | 丁 | 戊 |", "has 4 cells"),
            ("| 2 | 丙 |", "has 2 cells"),
            ("| 41000100x | 丙 | 丁 |", "does not start with a code"),
            ("| 2 |  | 丁 |", "no description"),
        ] {
            let err = Page::parse(&format!("{head}{row}\n")).unwrap_err();
            assert!(err.contains("line 4") && err.contains(expected), "{row}: {err}");
        }
        // A table of prose after the codes is not read as codes.
        let prose = format!("{head}\n| 字段 | 说明 |\n| --- | --- |\n| x | y |\n");
        assert_eq!(Page::parse(&prose).unwrap().rows.len(), 1);
    }
}
