//! Reads the code tables of any of ZEGO's server code pages, in every layout they use.
//!
//! ZEGO's products publish their codes in hand-made tables that differ page by page:
//! - pipe tables, with doc-site width hints in header cells (`返回码-12%-l`), two, three or
//!   four columns (ZIM and its "possible reasons"), and a row with one cell more than its
//!   header (an empty or `-` cell past the last column is read as nothing);
//! - HTML tables (`<table><tr><td>`), cells over several lines, `colspan` across the
//!   description and the reason;
//! - lists inside cells (`<ul><li>`, raw `- ` lines, `<br />- `), a `<Note>` inside a cell,
//!   inline `<code>` and links, tabs inside cells;
//! - several codes in one cell (`3001、5000、5001`);
//! - the `Code` description of a per-API OpenAPI file: an HTML table inside a YAML block
//!   string, read as it stands (its indentation is trimmed with the lines);
//! - sections: a `##` heading above a table says which part of the product's API it covers,
//!   and one number can mean different things in two sections of one page.
//!
//! A page is read completely or not at all: every row of a code table must be read, or the
//! error names the line and the reason. A row skipped silently would look to the importer like
//! a code ZEGO withdrew, and a code cut to 32 bits would explain another code.
//!
//! A cell's text is what the reader sees, as one string: markup becomes plain lines (a list
//! item is a `- ` line, a note is its title and a colon before its lines), each line is
//! trimmed of spaces and tabs, blank lines are dropped, and a cell that is only `-` is empty.
//! Nothing else changes: ZEGO's wording and punctuation stay byte for byte.

use crate::catalog::{Kind, Lang};

/// One row of a code table: one or more codes sharing a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeRow {
    pub codes: Vec<u32>,
    /// The nearest heading above the table below the page's title, if any.
    pub heading: Option<String>,
    pub message: String,
    /// ZIM's "possible reasons" column; empty where the page has none.
    pub cause: String,
    pub suggestion: String,
    /// 1-based line of the row in the page.
    pub line: usize,
}

#[derive(Clone, Debug)]
pub struct CodePage {
    pub kind: Kind,
    pub lang: Lang,
    /// `date` of the front matter, if any.
    pub date: Option<String>,
    pub rows: Vec<CodeRow>,
}

/// What a column of a code table holds, from its header cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Code(Kind),
    Message,
    Cause,
    Suggestion,
}

impl CodePage {
    /// Every (heading, code) the page lists, with its row.
    pub fn entries(&self) -> impl Iterator<Item = (u32, &CodeRow)> {
        self.rows
            .iter()
            .flat_map(|r| r.codes.iter().map(move |&c| (c, r)))
    }

    pub fn parse(text: &str) -> Result<CodePage, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines: Vec<&str> = text.lines().collect();
        let mut reader = Reader::default();
        let mut heading: Option<String> = None;
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i].trim();
            if let Some(title) = line.strip_prefix("##") {
                heading = Some(title.trim_start_matches('#').trim().to_owned());
                i += 1;
            } else if line.starts_with('|') {
                i = reader.pipe_table(&lines, i, heading.as_deref())?;
            } else if line.starts_with("<table") {
                i = reader.html_table(&lines, i, heading.as_deref())?;
            } else {
                i += 1;
            }
        }
        let (kind, lang) = reader.kind_lang.ok_or("no table whose header names codes")?;
        if reader.rows.is_empty() {
            return Err("the code tables have no rows".into());
        }
        Ok(CodePage {
            kind,
            lang,
            date: front_matter_date(text),
            rows: reader.rows,
        })
    }
}

#[derive(Default)]
struct Reader {
    kind_lang: Option<(Kind, Lang)>,
    rows: Vec<CodeRow>,
}

impl Reader {
    /// Reads the header's columns; `None` for a table that is not a code table.
    fn header(&mut self, cells: &[String], line: usize) -> Result<Option<Vec<Column>>, String> {
        let Some(Column::Code(kind)) = cells.first().and_then(|c| column(c)) else {
            return Ok(None);
        };
        let lang = if cells.iter().any(|c| !c.is_ascii()) {
            Lang::Zh
        } else {
            Lang::En
        };
        match self.kind_lang {
            None => self.kind_lang = Some((kind, lang)),
            Some(seen) if seen != (kind, lang) => {
                return Err(format!(
                    "line {line}: table header {:?} disagrees with an earlier one",
                    cells[0]
                ))
            }
            Some(_) => {}
        }
        let mut columns = Vec::new();
        for cell in cells {
            let col = column(cell).ok_or_else(|| {
                format!("line {line}: header cell {cell:?} names no column this reader knows")
            })?;
            if columns.contains(&col) {
                return Err(format!("line {line}: header names {cell:?} twice"));
            }
            columns.push(col);
        }
        if !columns.contains(&Column::Message) {
            return Err(format!("line {line}: the code table has no description column"));
        }
        Ok(Some(columns))
    }

    /// A pipe table starting at `start`; returns the index of the first line after it.
    fn pipe_table(&mut self, lines: &[&str], start: usize, heading: Option<&str>) -> Result<usize, String> {
        let header = split_row(lines[start].trim());
        let columns = self.header(&header, start + 1)?;
        let mut i = start + 1;
        while i < lines.len() && lines[i].trim().starts_with('|') {
            let line = lines[i].trim();
            let n = i + 1;
            i += 1;
            let Some(columns) = &columns else { continue };
            let mut cells = split_row(line);
            if is_separator(&cells) {
                continue;
            }
            if !line.ends_with('|') || line.ends_with("\\|") {
                return Err(format!("line {n}: the row is cut off (no closing |)"));
            }
            while cells.len() > columns.len() && matches!(cells.last().map(String::as_str), Some("" | "-")) {
                cells.pop();
            }
            if cells.len() != columns.len() {
                return Err(format!(
                    "line {n}: {} cells under a header of {} (an unescaped | in a text?)",
                    cells.len(),
                    columns.len()
                ));
            }
            let texts = cells
                .iter()
                .map(|c| cell_text(c).map_err(|e| format!("line {n}: {e}")))
                .collect::<Result<Vec<_>, _>>()?;
            self.push(columns, &texts, &[], heading, n)?;
        }
        Ok(i)
    }

    /// An HTML table starting at `start`; returns the index of the first line after it.
    fn html_table(&mut self, lines: &[&str], start: usize, heading: Option<&str>) -> Result<usize, String> {
        let Some(end) = (start..lines.len()).find(|&j| lines[j].contains("</table>")) else {
            return Err(format!("line {}: <table> is never closed", start + 1));
        };
        // The table's text with each byte's line number, to name the line of a row.
        let body = lines[start..=end].join("\n");
        let line_of = |offset: usize| start + 1 + body[..offset].matches('\n').count();
        let mut columns: Option<Option<Vec<Column>>> = None;
        let mut rest = 0;
        while let Some(tr) = find_tag(&body[rest..], "tr").map(|p| p + rest) {
            let n = line_of(tr);
            let close = body[tr..]
                .find("</tr>")
                .map(|p| p + tr)
                .ok_or_else(|| format!("line {n}: <tr> is never closed"))?;
            let row = &body[tr..close];
            rest = close + "</tr>".len();
            let cells = html_cells(row).map_err(|e| format!("line {n}: {e}"))?;
            let header_row = row.contains("<th");
            if header_row {
                let names: Vec<String> = cells.iter().map(|(t, _)| t.clone()).collect();
                columns = Some(self.header(&names, n)?);
                continue;
            }
            let Some(Some(columns)) = &columns else {
                if columns.is_none() {
                    return Err(format!("line {n}: a row before the table's header"));
                }
                continue;
            };
            // Spread spanning cells over their columns: the text goes to the first.
            let mut texts = Vec::new();
            let mut spanned = Vec::new();
            for (text, span) in cells {
                texts.push(text);
                for _ in 1..span {
                    spanned.push(texts.len());
                    texts.push(String::new());
                }
            }
            if texts.len() != columns.len() {
                return Err(format!(
                    "line {n}: {} cells under a header of {}",
                    texts.len(),
                    columns.len()
                ));
            }
            self.push(columns, &texts, &spanned, heading, n)?;
        }
        Ok(end + 1)
    }

    fn push(
        &mut self,
        columns: &[Column],
        texts: &[String],
        spanned: &[usize],
        heading: Option<&str>,
        line: usize,
    ) -> Result<(), String> {
        let mut row = CodeRow {
            codes: Vec::new(),
            heading: heading.map(str::to_owned),
            message: String::new(),
            cause: String::new(),
            suggestion: String::new(),
            line,
        };
        for (i, (col, text)) in columns.iter().zip(texts).enumerate() {
            let text = if text == "-" { String::new() } else { text.clone() };
            match col {
                Column::Code(_) => row.codes = codes(&text).map_err(|e| format!("line {line}: {e}"))?,
                Column::Message => row.message = text,
                Column::Cause if spanned.contains(&i) => {}
                Column::Cause => row.cause = text,
                Column::Suggestion => row.suggestion = text,
            }
        }
        if row.message.is_empty() {
            return Err(format!("line {line}: code {} has no description", row.codes[0]));
        }
        for &code in &row.codes {
            if let Some(earlier) = self
                .rows
                .iter()
                .find(|r| r.heading == row.heading && r.codes.contains(&code))
            {
                return Err(format!(
                    "line {line}: code {code} listed again under the same heading (first at line {})",
                    earlier.line
                ));
            }
        }
        self.rows.push(row);
        Ok(())
    }
}

/// The codes of a code cell: one number, or several separated by `、` or `,`.
fn codes(cell: &str) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for part in cell.split(['、', ',', '，']) {
        let part = part.trim();
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "a row of the code table does not start with a code: {cell:?}"
            ));
        }
        let code = part
            .parse::<u32>()
            .map_err(|_| format!("code {part} does not fit in 32 bits"))?;
        if out.contains(&code) {
            return Err(format!("code {code} twice in one cell"));
        }
        out.push(code);
    }
    Ok(out)
}

/// What a header cell names, width hints (`返回码-12%-l`) and case aside.
fn column(cell: &str) -> Option<Column> {
    let name = strip_width_hint(cell).trim().to_lowercase();
    let name = name.as_str();
    Some(match name {
        "返回码" | "错误码" | "return code" | "error code" | "code" | "code / subcode" => {
            Column::Code(Kind::Return)
        }
        "事件码" | "event code" => Column::Code(Kind::Event),
        "说明" | "描述" | "描述说明" | "事件名称" | "description" | "event name" => {
            Column::Message
        }
        "可能原因" | "possible reasons" | "possible reason" => Column::Cause,
        "处理建议"
        | "suggested action"
        | "suggested actions"
        | "recommended action"
        | "handling suggestion"
        | "solution"
        | "suggested solution"
        | "suggested handling"
        | "handling suggestions"
        | "action"
        | "解决方案"
        | "处理意见" => Column::Suggestion,
        _ => return None,
    })
}

/// `返回码-12%-l` → `返回码`: the doc site's column width and alignment.
fn strip_width_hint(cell: &str) -> &str {
    let Some((name, hint)) = cell.split_once('-') else {
        return cell;
    };
    let mut parts = hint.split('-');
    let width = parts.next().unwrap_or("");
    let align = parts.next();
    let is_width = width
        .strip_suffix('%')
        .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    if is_width && parts.next().is_none() && align.is_none_or(|a| matches!(a, "l" | "c" | "r")) {
        name
    } else {
        cell
    }
}

/// `| --- | :--: |`: the row under a header.
pub(crate) fn is_separator(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| ch == '-' || ch == ':'))
}

/// The cells of a table row, trimmed of surrounding spaces and tabs; `\|` is a literal bar.
pub(crate) fn split_row(line: &str) -> Vec<String> {
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                cells.last_mut().unwrap().push('|');
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells
        .into_iter()
        .map(|c| c.trim_matches([' ', '\t']).to_owned())
        .collect()
}

/// The position of the next `<tag` or `<tag ...>` in `text`.
fn find_tag(text: &str, tag: &str) -> Option<usize> {
    let open = format!("<{tag}");
    let mut from = 0;
    while let Some(p) = text[from..].find(&open).map(|p| p + from) {
        let after = text[p + open.len()..].chars().next();
        if matches!(after, Some('>' | ' ' | '\n' | '\t' | '/')) {
            return Some(p);
        }
        from = p + open.len();
    }
    None
}

/// The cells of an HTML row: each cell's text and how many columns it spans.
fn html_cells(row: &str) -> Result<Vec<(String, usize)>, String> {
    let mut cells = Vec::new();
    let mut rest = row;
    loop {
        let next = [find_tag(rest, "td"), find_tag(rest, "th")]
            .into_iter()
            .flatten()
            .min();
        let Some(start) = next else { break };
        let tag = &rest[start + 1..start + 3];
        let open_end = rest[start..].find('>').ok_or("a cell's tag is never closed")? + start;
        let attrs = &rest[start + 3..open_end];
        let span = match attrs.split_once("colspan=") {
            None => 1,
            Some((_, v)) => {
                let v = v.trim_start_matches(['"', '\'']);
                let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
                digits
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n >= 1)
                    .ok_or(format!("colspan {v:?}"))?
            }
        };
        let close = format!("</{tag}>");
        let end = rest[open_end..]
            .find(&close)
            .ok_or(format!("<{tag}> is never closed"))?
            + open_end;
        cells.push((cell_text(&rest[open_end + 1..end])?, span));
        rest = &rest[end + close.len()..];
    }
    Ok(cells)
}

/// A cell's text as a reader sees it (see the module's docs): `<code>` is written as a
/// backtick and `<b>` as `**`, as the Markdown cells write them, and a link keeps its text.
pub fn cell_text(raw: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        if !after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
            out.push('<');
            rest = after;
            continue;
        }
        let gt = after
            .find('>')
            .ok_or_else(|| format!("a tag is never closed: {:?}", &rest[lt..]))?;
        let tag = &after[..gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let closing = tag.starts_with('/');
        match (name.as_str(), closing) {
            ("br", _) | ("ul" | "ol" | "p" | "div", _) | ("Note" | "Warning", true) => out.push('\n'),
            ("li", false) => out.push_str("\n- "),
            ("code", _) => out.push('`'),
            ("b" | "strong", _) => out.push_str("**"),
            ("a", _) => {}
            ("li", true) => {}
            ("Note" | "Warning", false) => {
                let title = tag
                    .split_once("title=\"")
                    .and_then(|(_, t)| t.split_once('"'))
                    .map(|(t, _)| t)
                    .unwrap_or("");
                out.push('\n');
                if !title.is_empty() {
                    out.push_str(title);
                    out.push('：');
                }
                out.push('\n');
            }
            _ => return Err(format!("a cell holds a tag this reader does not know: <{tag}>")),
        }
        rest = &after[gt + 1..];
    }
    out.push_str(rest);
    Ok(out
        .lines()
        .map(|l| l.trim_matches([' ', '\t']))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n"))
}

pub(crate) fn front_matter_date(text: &str) -> Option<String> {
    let rest = text.strip_prefix("---")?;
    let end = rest.find("\n---")?;
    rest[..end].lines().find_map(|line| {
        let value = line.trim().strip_prefix("date:")?.trim();
        Some(value.trim_matches(|c| c == '"' || c == '\'').to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> CodePage {
        CodePage::parse(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    #[test]
    fn pipe_tables_with_hints_sections_and_shared_cells() {
        let page = one(
            "---\ndate: \"2030-01-02\"\n---\n# 全局\n## 甲接口\n|返回码-12%-l|说明| 处理建议 |\n|---|---|---|\n\
             | 3、40005 | 鉴权失败。 | - |\n## 乙接口\n| 返回码 | 说明 | 处理建议 |\n| --- | --- | --- |\n\
             | 3 |\t文件不存在。\t | 请检查。 |\n",
        );
        assert_eq!(
            (page.kind, page.lang, page.date.as_deref()),
            (Kind::Return, Lang::Zh, Some("2030-01-02"))
        );
        assert_eq!(page.rows[0].codes, [3, 40005]);
        assert_eq!(page.rows[0].heading.as_deref(), Some("甲接口"));
        assert_eq!(page.rows[0].suggestion, "");
        assert_eq!(page.rows[1].heading.as_deref(), Some("乙接口"));
        assert_eq!(page.rows[1].message, "文件不存在。");
        assert_eq!(page.rows[1].line, 12);
    }

    #[test]
    fn two_columns_extra_empty_cells_lists_and_notes() {
        let page = one(
            "| Error code| Description| Solution| \n|---|---|---|\n| 0| OK.| N/A| - |\n\
             | 7 | Bad. Causes: <ul><li>a.</li> <li>b.</li></ul>| x<br />- y |\n\
             | 8 | Gone.<Note title=\"说明\"><ul><li>c</li></ul></Note>| - |\n",
        );
        assert_eq!(page.lang, Lang::En);
        assert_eq!(page.rows[0].suggestion, "N/A");
        assert_eq!(page.rows[1].message, "Bad. Causes:\n- a.\n- b.");
        assert_eq!(page.rows[1].suggestion, "x\n- y");
        assert_eq!(page.rows[2].message, "Gone.\n说明：\n- c");
        let two = one("| Return code | Description |\n|--|--|\n| 5 | Five. |\n");
        assert_eq!(
            (two.rows[0].message.as_str(), two.rows[0].suggestion.as_str()),
            ("Five.", "")
        );
    }

    #[test]
    fn html_tables_with_colspan_and_multiline_cells() {
        let html =
            "## 公共返回码\n<table>\n<tbody><tr>\n<th>返回码</th>\n<th>描述</th>\n<th>可能原因</th>\n<th>处理建议</th>\n</tr>\n\
             <tr>\n<td>1</td>\n<td>请求失败。</td>\n<td>服务器繁忙。</td>\n<td>请稍后重试。</td>\n</tr>\n\
             <tr>\n<td>2</td>\n<td colspan=\"2\">消息已被撤回。</td>\n<td>\n请确认。\n- 甲。\n- 乙。\n</td>\n</tr>\n</tbody></table>\n";
        let page = one(html);
        assert_eq!(
            page.rows.len(),
            html.matches("<tr>").count() - 1,
            "a row per <tr> but the header"
        );
        assert_eq!(page.rows[0].cause, "服务器繁忙。");
        assert_eq!(page.rows[1].message, "消息已被撤回。");
        assert_eq!(page.rows[1].cause, "");
        assert_eq!(page.rows[1].suggestion, "请确认。\n- 甲。\n- 乙。");
        assert_eq!(page.rows[1].line, 15);
        assert_eq!(page.rows[1].heading.as_deref(), Some("公共返回码"));
    }

    #[test]
    fn an_openapi_code_description_is_read_where_it_stands() {
        let page = one(
            "      properties:\n        Code:\n          type: number\n          description: |\n            返回码。\n\n\
             \x20           <table>\n            <thead><tr><th>Code / SubCode</th><th>说明</th><th>处理建议</th></tr></thead>\n\
             \x20           <tbody>\n            <tr><td>910001</td><td>参数错误。</td><td>请检查<b>参数</b>。</td></tr>\n\
             \x20           <tr>\n            <td>6607000</td>\n            <td>未注册。</td>\n            <td>请确认：<br/>确认已注册。</td>\n            </tr>\n\
             \x20           </tbody>\n            </table>\n",
        );
        assert_eq!((page.kind, page.lang), (Kind::Return, Lang::Zh));
        assert_eq!(page.rows[0].codes, [910001]);
        assert_eq!(page.rows[0].suggestion, "请检查**参数**。");
        assert_eq!(page.rows[1].suggestion, "请确认：\n确认已注册。");
        assert_eq!(page.rows[1].line, 11);
        let typo = "<table><tr><th>Code / SubCode</th><th>说明</th></tr>\n<tr>\n<td>6607000015</td>\n<td>x</td></tr></table>";
        let err = CodePage::parse(typo).unwrap_err();
        assert!(
            err.contains("line 2") && err.contains("6607000015 does not fit in 32 bits"),
            "{err}"
        );
    }

    #[test]
    fn what_cannot_be_read_is_refused_with_its_line() {
        let head = "| 返回码 | 说明 | 处理建议 |\n| --- | --- | --- |\n| 1 | 甲 | 乙 |\n";
        for (row, expected) in [
            ("| 2 | 丙 | 丁", "cut off"),
            ("| 2 | 丙 | 丁 | 戊 |", "4 cells"),
            ("| 2 | 丙 |", "2 cells"),
            ("| 41000100x | 丙 | 丁 |", "does not start with a code"),
            ("| 2 |  | 丁 |", "no description"),
            ("| 1 | 又 | 乙 |", "listed again"),
            ("| 4294967296 | 丙 | 丁 |", "does not fit in 32 bits"),
            ("| 6000000000、7 | 丙 | 丁 |", "6000000000 does not fit"),
            ("| 2 | <img src=x> | 丁 |", "tag this reader does not know"),
        ] {
            let err = CodePage::parse(&format!("{head}{row}\n")).unwrap_err();
            assert!(err.contains("line 4") && err.contains(expected), "{row}: {err}");
        }
        let err = CodePage::parse(
            "<table><tr><th>返回码</th><th>说明</th></tr>\n<tr><td>1</td><td>a</td><td>b</td></tr></table>",
        )
        .unwrap_err();
        assert!(err.contains("line 2") && err.contains("3 cells"), "{err}");
        assert!(CodePage::parse("no table").is_err());
        assert!(CodePage::parse("| 返回码 | 价格 |\n|--|--|\n| 1 | 2 |")
            .unwrap_err()
            .contains("names no column"));
    }
}
