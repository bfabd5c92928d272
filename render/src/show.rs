//! Output for people: one code in detail, or many in an aligned table.

use std::io::{self, Write};

use zego_codes::Lang;

use crate::view::CodeView;

struct Labels {
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

/// The code, its name, then one labelled line per field.
pub fn write_detail(out: &mut impl Write, e: &CodeView, lang: Lang) -> io::Result<()> {
    let l = match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    };
    let kind = if e.event { "event " } else { "" };
    writeln!(out, "{kind}{}  {}", e.code, e.name.unwrap_or("(unknown)"))?;
    writeln!(out, "  {}{}", l.message, e.message(lang))?;
    let suggestion = e.suggestion(lang);
    writeln!(
        out,
        "  {}{}",
        l.suggestion,
        if suggestion.is_empty() {
            l.none
        } else {
            &suggestion
        }
    )?;
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

/// CODE, NAME, CATEGORY, GUIDANCE and MESSAGE columns. The message comes last, so only
/// ASCII columns need padding and wide Chinese characters never break the alignment.
pub fn write_table(out: &mut impl Write, entries: &[CodeView], lang: Lang) -> io::Result<()> {
    const HEAD: [&str; 4] = ["CODE", "NAME", "CATEGORY", "GUIDANCE"];
    let mut width = HEAD.map(str::len);
    for e in entries {
        let cells = cells(e);
        for (w, c) in width.iter_mut().zip(&cells) {
            *w = (*w).max(c.len());
        }
    }
    let row = |out: &mut dyn Write, cells: [&str; 4], last: &str| -> io::Result<()> {
        for (c, w) in cells.iter().zip(width) {
            write!(out, "{c:<w$}  ")?;
        }
        writeln!(out, "{last}")
    };
    row(out, HEAD, "MESSAGE")?;
    for e in entries {
        let cells = cells(e);
        row(
            out,
            [&cells[0], &cells[1], &cells[2], &cells[3]],
            &e.message(lang),
        )?;
    }
    Ok(())
}

fn cells(e: &CodeView) -> [String; 4] {
    [
        e.code.to_string(),
        e.name.unwrap_or("(unknown)").to_owned(),
        e.category.to_owned(),
        e.guidance.as_str().to_owned(),
    ]
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
        assert_eq!(lines.len(), 4);
        let message_col = col(lines[0], "MESSAGE");
        let message = |i: usize| entries[i].message(Lang::En);
        assert_eq!(col(lines[1], &message(0)), message_col);
        assert_eq!(col(lines[3], &message(2)), message_col);
        assert_eq!(col(lines[2], "renew_signature"), col(lines[0], "GUIDANCE"));
    }
}
