//! Output for people: one code in detail, or many in an aligned table.

use std::borrow::Cow;
use std::io::{self, Write};

use zego_codes::{Lang, Meaning, Product};

use crate::view::CodeView;

struct Labels {
    product: &'static str,
    section: &'static str,
    cause: &'static str,
    sections: &'static str,
    also: &'static str,
    message: &'static str,
    suggestion: &'static str,
    category: &'static str,
    guidance: &'static str,
    retryable: &'static str,
    since: &'static str,
    withdrawn: &'static str,
    yes: &'static str,
    no: &'static str,
    none: &'static str,
}

// The Chinese labels are all two characters wide, so the values line up in both languages.
const ZH: Labels = Labels {
    product: "产品：",
    section: "章节：",
    cause: "原因：",
    sections: "章节：",
    also: "另见：",
    message: "说明：",
    suggestion: "建议：",
    category: "分类：",
    guidance: "处理：",
    retryable: "重试：",
    since: "收录：",
    withdrawn: "停用：",
    yes: "可以重试",
    no: "不宜原样重试",
    none: "（无）",
};

const EN: Labels = Labels {
    product: "product:    ",
    section: "section:    ",
    cause: "cause:      ",
    sections: "sections:   ",
    also: "also in:    ",
    message: "message:    ",
    suggestion: "suggestion: ",
    category: "category:   ",
    guidance: "guidance:   ",
    retryable: "retryable:  ",
    since: "since:      ",
    withdrawn: "withdrawn:  ",
    yes: "yes",
    no: "no",
    none: "(none)",
};

/// `text` on one line: its line breaks become spaces. A few of ZEGO's texts are lists of
/// lines; a table row or an `explain` annotation must stay one line.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b == b'\n' || b == b'\r') {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    Cow::Owned(lines.join(" "))
}

/// `text` with each line after the first indented to the column of a detail line's value,
/// so a text of several lines stays inside its entry.
fn indented(text: &str, lang: Lang) -> Cow<'_, str> {
    if !text.contains('\n') {
        return Cow::Borrowed(text);
    }
    // Two spaces and a label: 12 columns in English, three wide characters in Chinese.
    let indent = match lang {
        Lang::Zh => "\n        ",
        Lang::En => "\n              ",
    };
    Cow::Owned(text.lines().map(str::trim_end).collect::<Vec<_>>().join(indent))
}

fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// The code, its name, then one labelled line per field. A product's entry also says its
/// product and section (and ZEGO's causes, where its page gives them); an ambiguous code
/// reads `(ambiguous)` where the name stands.
pub fn write_detail(out: &mut impl Write, e: &CodeView, lang: Lang) -> io::Result<()> {
    let l = labels(lang);
    let kind = if e.event { "event " } else { "" };
    let name = match (e.name, e.known) {
        (Some(name), _) => name,
        (None, true) => "(ambiguous)",
        (None, false) => "(unknown)",
    };
    writeln!(out, "{kind}{}  {name}", e.code)?;
    if let Some(o) = &e.origin {
        writeln!(
            out,
            "  {}{} — {}",
            l.product,
            o.product.id(),
            o.product.name(lang)
        )?;
        if let Some(s) = o.section {
            writeln!(out, "  {}{} — {}", l.section, s.id(), s.title(lang))?;
        }
    }
    writeln!(out, "  {}{}", l.message, indented(&e.message(lang), lang))?;
    let suggestion = e.suggestion(lang);
    writeln!(
        out,
        "  {}{}",
        l.suggestion,
        if suggestion.is_empty() {
            Cow::Borrowed(l.none)
        } else {
            indented(&suggestion, lang)
        }
    )?;
    if let Some(cause) = e.origin.map(|o| o.cause[lang as usize]).filter(|c| !c.is_empty()) {
        writeln!(out, "  {}{}", l.cause, indented(cause, lang))?;
    }
    writeln!(out, "  {}{}", l.category, e.category)?;
    let (open, close) = match lang {
        Lang::Zh => ("（", "）"),
        Lang::En => (" (", ")"),
    };
    let summary = e.guidance.summary(lang);
    writeln!(
        out,
        "  {}{}{open}{summary}{close}",
        l.guidance,
        e.guidance.as_str()
    )?;
    writeln!(
        out,
        "  {}{}",
        l.retryable,
        if e.guidance.is_retryable() { l.yes } else { l.no }
    )?;
    writeln!(out, "  {}{}", l.since, e.since.unwrap_or(l.none))?;
    // Only for a code ZEGO's page no longer lists, so current codes read as before.
    match e.withdrawn {
        Some(revision) => writeln!(out, "  {}{revision}", l.withdrawn),
        None => Ok(()),
    }
}

/// The line after an ambiguous code's detail: each section that defines it, with its name.
pub fn write_sections(out: &mut impl Write, meanings: &[Meaning], lang: Lang) -> io::Result<()> {
    let (open, close, sep) = match lang {
        Lang::Zh => ("（", "）", "、"),
        Lang::En => (" (", ")", ", "),
    };
    let parts: Vec<String> = meanings
        .iter()
        .map(|m| {
            let section = m.section().map_or("", |s| s.id());
            format!("{section}{open}{}{close}", m.name())
        })
        .collect();
    writeln!(out, "  {}{}", labels(lang).sections, parts.join(sep))
}

/// The line after AI Agent's answer naming the other products that define the code
/// differently (`others`, from [`crate::product::others_text`]) and the command that shows
/// every meaning.
pub fn write_also(out: &mut impl Write, others: &str, command: &str, lang: Lang) -> io::Result<()> {
    let l = labels(lang);
    match lang {
        Lang::Zh => writeln!(out, "  {}{others}；详见 {command}", l.also),
        Lang::En => writeln!(out, "  {}{others}; see {command}", l.also),
    }
}

/// CODE, NAME, CATEGORY, GUIDANCE and MESSAGE columns, preceded by PRODUCT and SECTION when
/// the entries are products' (`-` for a product without sections). The message comes last,
/// so only ASCII columns need padding and wide Chinese characters never break the alignment.
pub fn write_table(out: &mut impl Write, entries: &[CodeView], lang: Lang) -> io::Result<()> {
    let products = entries.iter().any(|e| e.origin.is_some());
    let head: Vec<&str> = if products {
        vec!["PRODUCT", "SECTION", "CODE", "NAME", "CATEGORY", "GUIDANCE"]
    } else {
        vec!["CODE", "NAME", "CATEGORY", "GUIDANCE"]
    };
    let rows: Vec<Vec<String>> = entries.iter().map(|e| cells(e, products)).collect();
    let mut width: Vec<usize> = head.iter().map(|h| h.len()).collect();
    for cells in &rows {
        for (w, c) in width.iter_mut().zip(cells) {
            *w = (*w).max(c.len());
        }
    }
    let row = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>, last: &str| -> io::Result<()> {
        for (c, w) in cells.zip(&width) {
            write!(out, "{c:<w$}  ")?;
        }
        writeln!(out, "{last}")
    };
    row(out, &mut head.iter().copied(), "MESSAGE")?;
    for (e, cells) in entries.iter().zip(&rows) {
        row(
            out,
            &mut cells.iter().map(String::as_str),
            &one_line(&e.message(lang)),
        )?;
    }
    Ok(())
}

fn cells(e: &CodeView, products: bool) -> Vec<String> {
    let mut cells = Vec::with_capacity(6);
    if products {
        let (product, section) = match &e.origin {
            Some(o) => (o.product.id(), o.section.map_or("-", |s| s.id())),
            None => (Product::DEFAULT.id(), "-"),
        };
        cells.push(product.to_owned());
        cells.push(section.to_owned());
    }
    let name = match (e.name, e.known) {
        (Some(name), _) => name,
        (None, true) => "(ambiguous)",
        (None, false) => "(unknown)",
    };
    cells.push(e.code.to_string());
    cells.push(name.to_owned());
    cells.push(e.category.to_owned());
    cells.push(e.guidance.as_str().to_owned());
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use zego_codes::Code;

    #[test]
    fn table_columns_line_up() {
        let entries: Vec<CodeView> = [0, 100000004, 410001031]
            .map(|c| CodeView::of(Code::new(c)))
            .to_vec();
        let mut v = Vec::new();
        write_table(&mut v, &entries, Lang::En).unwrap();
        let text = String::from_utf8(v).unwrap();
        let col = |line: &str, word: &str| line.find(word).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1 + entries.len(), "a header and a line per code");
        let message_col = col(lines[0], "MESSAGE");
        let message = |i: usize| entries[i].message(Lang::En);
        assert_eq!(col(lines[1], &message(0)), message_col);
        assert_eq!(col(lines[3], &message(2)), message_col);
        assert_eq!(col(lines[2], "renew_signature"), col(lines[0], "GUIDANCE"));
    }
}
