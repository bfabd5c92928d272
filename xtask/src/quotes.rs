//! ZEGO's texts quoted in hand-written documents, checked against the catalog.
//!
//! The READMEs show what a lookup returns: `message(410001002)  # '未找到智能体实例。'`, a
//! comment after a C call, the command's output. Those texts are ZEGO's and ZEGO rewords
//! them; a document quoting last year's wording would mislead without any test noticing. So
//! every text a document quotes next to a code must be one of that code's current texts.
//!
//! A line refers to the codes whose number or name (in any case, with or without
//! underscores: `AGENT_INSTANCE_NOT_FOUND`, `agent_instance_not_found`,
//! `AgentInstanceNotFound`) it mentions; a line that mentions none refers to the codes of the
//! nearest line above it in the same fenced block (or comment block) that does. On such a line
//! a quote is:
//! - a quoted string (`"…"`, `'…'`, `“…”`) that holds Chinese or reads as a sentence;
//! - what follows a code's name and a colon (`NAME: text`), or a label of the command's output
//!   (`说明：`, `建议：`, ` Suggestion: `), up to the end of the line or comment;
//! - the rest of a `//` or `#` comment that holds Chinese or ends a sentence.
//!
//! A quote passes when it is one of the codes' texts (message or suggestion, either language);
//! when it ends with `…` or without a full stop (a text cut short or wrapped onto the next
//! line) and starts one; or when it ends with one after a caller's own `context: ` prefix
//! (`std::system_error`'s `what()`). A quote on a line that refers to no code is not checked.

use std::path::Path;

use crate::catalog::{Catalog, Entry, Lang, LANGS};
use crate::gen::Catalogs;

/// Documents that may quote texts other than the current ones: ZEGO's own pages, as
/// published, and the history of changes.
/// Generated documents (CODES.md, the C++ header) are written from the catalog itself, and
/// their drift test keeps them so.
const NOT_CHECKED: &[&str] = &["data/upstream/", "CHANGELOG.md", "CODES.md", "include/"];

/// What separates a message from its suggestion on one line: the C formatter, `explain`.
const SEPARATORS: &[&str] = &[" Suggestion: ", " 建议：", " → "];

/// One quote and what the document claims it to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub line: usize,
    pub text: String,
    /// The codes the line refers to.
    pub codes: Vec<u32>,
}

/// The outcome over a document: the quotes that passed, and a message per quote that did not.
#[derive(Debug, Default)]
pub struct Checked {
    pub passed: Vec<Quote>,
    pub problems: Vec<String>,
}

/// Checks every hand-written document of the repository at `root` (the Markdown files and the
/// C++ header's comments that git tracks); the error lists every stale quote.
pub fn check_repo(root: &Path, catalogs: &Catalogs) -> Result<usize, String> {
    let mut problems = Vec::new();
    let mut passed = 0;
    for file in documents(root)? {
        let text = std::fs::read_to_string(root.join(&file)).map_err(|e| format!("{file}: {e}"))?;
        let checked = check(&text, catalogs);
        passed += checked.passed.len();
        problems.extend(checked.problems.into_iter().map(|p| format!("{file}:{p}")));
    }
    if problems.is_empty() {
        Ok(passed)
    } else {
        Err(format!(
            "documents quote texts the catalog no longer holds (write the current text):\n{}",
            problems.join("\n")
        ))
    }
}

/// The documents [`check_repo`] reads: tracked and new, not ignored. A list without the root
/// README is an error, not a check of nothing: git lists no files in a folder it ignores.
pub fn documents(root: &Path) -> Result<Vec<String>, String> {
    let files: Vec<String> = crate::git::project_files(root, &["*.md", "*.hpp", "*.hpp.in"])?
        .into_iter()
        .filter(|f| !NOT_CHECKED.iter().any(|n| f.starts_with(n)))
        .collect();
    if !files.iter().any(|f| f == "README.md") {
        return Err(format!(
            "git lists no README.md under {}: documents of a folder git ignores are not read",
            root.display()
        ));
    }
    Ok(files)
}

/// Checks one document's text.
pub fn check(text: &str, catalogs: &Catalogs) -> Checked {
    let entries: Vec<&Entry> = [&catalogs.returns, &catalogs.events]
        .into_iter()
        .flat_map(|c: &Catalog| c.entries.iter())
        .collect();
    let mut out = Checked::default();
    // The codes the current line refers to.
    let mut context: Vec<&Entry> = Vec::new();
    let mut in_fence = false;
    for (i, line) in text.lines().enumerate() {
        // A block ends, and what it referred to ends with it: a fence, or a paragraph.
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            context.clear();
            continue;
        }
        if line.trim().is_empty() && !in_fence {
            context.clear();
            continue;
        }
        match mentions(line, &entries) {
            Mentions::Codes(codes) => context = codes,
            // `Code::new(410009999)`: the line is about a code the catalog lacks.
            Mentions::Unknown => {
                context.clear();
                continue;
            }
            Mentions::None => {}
        }
        if context.is_empty() {
            continue;
        }
        let found = quotes(line, &entries);
        if found.is_empty() {
            continue;
        }
        let texts: Vec<&str> = context
            .iter()
            .flat_map(|e| LANGS.into_iter().flat_map(move |l| texts_of(e, l)))
            .collect();
        for quote in found {
            if matches(&quote, &texts) {
                out.passed.push(Quote {
                    line: i + 1,
                    text: quote,
                    codes: context.iter().map(|e| e.code).collect(),
                });
            } else {
                let names = context
                    .iter()
                    .map(|e| format!("{} {}", e.code, e.name))
                    .collect::<Vec<_>>()
                    .join(", ");
                out.problems.push(format!(
                    "{}: {quote:?} is no text of {names}, whose texts are {texts:?}",
                    i + 1
                ));
            }
        }
    }
    out
}

fn texts_of(e: &Entry, lang: Lang) -> impl Iterator<Item = &str> {
    let (message, suggestion) = e.text(lang);
    [message, suggestion].into_iter().filter(|t| !t.is_empty())
}

/// Whether `quote` stands for one of `texts`.
fn matches(quote: &str, texts: &[&str]) -> bool {
    let cut = quote.strip_suffix('…').or_else(|| quote.strip_suffix("..."));
    let ends_sentence = quote.ends_with(['.', '。', '!', '！', '?', '？', ')', '）']);
    texts.iter().any(|t| {
        *t == quote
            || cut.is_some_and(|c| t.starts_with(c.trim_end()))
            || (!ends_sentence && cut.is_none() && t.starts_with(quote))
            || quote
                .strip_suffix(t)
                .is_some_and(|context| context.ends_with(": "))
    })
}

enum Mentions<'a> {
    Codes(Vec<&'a Entry>),
    /// Only a code-like number (nine digits) that is no code of the catalog's.
    Unknown,
    None,
}

/// The codes whose number or name `line` mentions.
fn mentions<'a>(line: &str, entries: &[&'a Entry]) -> Mentions<'a> {
    let numbers: Vec<u32> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() >= 4)
        .filter_map(|w| w.parse().ok())
        .collect();
    let names = names(line);
    let codes: Vec<&Entry> = entries
        .iter()
        .filter(|e| numbers.contains(&e.code) || names.contains(&squash(&e.name)))
        .copied()
        .collect();
    if !codes.is_empty() {
        Mentions::Codes(codes)
    } else if numbers.iter().any(|&n| n >= 100_000_000) {
        Mentions::Unknown
    } else {
        Mentions::None
    }
}

/// The names of codes `line` spells, squashed: `NAME`, a prefixed constant (`ZEGO_CODE_NAME`,
/// `ZEGO_EVENT_NAME`), an enumerator (`zego::code::name`) or a Go or Java-style `CamelCase`
/// identifier. A lower-case identifier elsewhere is a word of its own (`std::system_error`).
fn names(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = line[at..].find(|c: char| c.is_ascii_alphanumeric() || c == '_') {
        let start = at + start;
        let len = line[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(line.len() - start);
        let token = &line[start..start + len];
        let before = &line[..start];
        let upper = token.chars().all(|c| !c.is_ascii_lowercase());
        let lower = token.chars().all(|c| !c.is_ascii_uppercase());
        let camel = !token.contains('_') && !upper && !lower;
        if upper {
            let bare = token
                .strip_prefix("ZEGO_CODE_")
                .or_else(|| token.strip_prefix("ZEGO_EVENT_"))
                .unwrap_or(token);
            out.push(squash(bare));
        } else if camel || (lower && (before.ends_with("code::") || before.ends_with("event::"))) {
            out.push(squash(token));
        }
        at = start + len;
    }
    out
}

/// Lower case without underscores, so that every spelling of a name compares equal.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|&c| c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Reads as a text of ZEGO's: Chinese, or words ending a sentence.
fn looks_like_text(s: &str) -> bool {
    has_chinese(s)
        || (s.contains(' ') && s.ends_with(['.', '…']) && s.starts_with(|c: char| c.is_uppercase()))
}

/// The quotes on `line`, as described in the module doc.
fn quotes(line: &str, entries: &[&Entry]) -> Vec<String> {
    let mut found = Vec::new();
    // Quoted strings.
    let mut quoted_spans = Vec::new();
    for (open, close) in [('"', '"'), ('\'', '\''), ('“', '”')] {
        let mut rest = line;
        let mut offset = 0;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(len) = after.find(close) else { break };
            let inner = &after[..len];
            // An apostrophe inside words ("ZEGO's") opens no quote.
            let word_apostrophe = open == '\''
                && rest[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            if word_apostrophe {
                // Not an opening quote: look again after it.
                offset += start + open.len_utf8();
                rest = after;
                continue;
            }
            if looks_like_text(inner) {
                found.push(inner.to_owned());
                let from = offset + start;
                quoted_spans.push(from..from + open.len_utf8() + len + close.len_utf8());
            }
            let consumed = start + open.len_utf8() + len + close.len_utf8();
            offset += consumed;
            rest = &rest[consumed..];
        }
    }
    let outside = |at: usize| !quoted_spans.iter().any(|s| s.contains(&at));
    // After a name and a colon, or a label of the command's output.
    let mut labelled = false;
    // Where a quote starts, and whether a label of the command's output introduces it.
    let mut starts: Vec<(usize, bool)> = Vec::new();
    for e in entries {
        let mut from = 0;
        while let Some(at) = line[from..].find(&format!("{}: ", e.name)) {
            let at = from + at;
            if outside(at) {
                starts.push((at + e.name.len() + 2, false));
            }
            from = at + e.name.len();
        }
    }
    for label in ["说明：", "建议："] {
        if let Some(at) = line.find(label) {
            if outside(at) && line[..at].trim().is_empty() {
                starts.push((at + label.len(), true));
            }
        }
    }
    for (start, line_label) in starts {
        labelled = true;
        let rest = end_of_comment(&line[start..]);
        let mut parts = vec![rest];
        for sep in SEPARATORS {
            parts = parts.iter().flat_map(|p| p.split(sep)).collect();
        }
        // After a name, prose may name a placeholder (`NAME: MESSAGE (RequestId: ID)`): only
        // what reads as a text is a quote there.
        let after_label = |p: &&str| !p.is_empty() && (line_label || looks_like_text(p));
        found.extend(
            parts
                .iter()
                .map(|p| p.trim())
                .filter(after_label)
                .map(str::to_owned),
        );
    }
    // A comment's words, where no quote or label said more.
    if !labelled && quoted_spans.is_empty() {
        for marker in ["// ", "# "] {
            if let Some(at) = line.find(marker) {
                let rest = end_of_comment(&line[at + marker.len()..]).trim();
                // Only a comment after code describes what that code returns.
                let code = line[..at].trim_start_matches([' ', '\t', '*', '/']);
                if !code.trim().is_empty() && looks_like_text(rest) {
                    found.push(rest.to_owned());
                }
            }
        }
    }
    found
}

/// `s` up to the end of a C comment, if it closes one.
fn end_of_comment(s: &str) -> &str {
    s.split("*/").next().unwrap_or(s).trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::repo_root;

    fn catalogs() -> Catalogs {
        Catalogs::load(&repo_root()).unwrap()
    }

    /// A reviewed code with texts in both languages and a suggestion in each.
    fn sample(c: &Catalogs) -> &Entry {
        c.returns
            .entries
            .iter()
            .find(|e| {
                e.from_zego(Lang::Zh)
                    && LANGS.into_iter().all(|l| {
                        let (m, s) = e.text(l);
                        !m.is_empty() && !s.is_empty()
                    })
            })
            .expect("a code with both texts in both languages")
    }

    #[test]
    fn current_texts_pass_in_every_form_documents_use() {
        let c = catalogs();
        let e = sample(&c);
        let (zh, zh_s) = e.text(Lang::Zh);
        let (en, en_s) = e.text(Lang::En);
        let first_word = en_s.split(' ').next().unwrap();
        let doc = format!(
            "```python\n\
             message({code})  # '{zh}'\n\
             message({code}, \"en\")  # '{en}'\n\
             ```\n\n\
             ```c\n\
             uint32_t code = {code};\n\
             printf(...);\n\
             /* {name}: {en} */\n\
             /* {code} {name}: {en} Suggestion: {first_word}\n\
             ```\n\n\
             ```text\n\
             {code}  {name}\n  说明：{zh}\n  建议：{zh_s}\n\
             ```\n\n\
             ```cpp\n\
             std::error_code ec = zego::code::{lower};\n\
             // what(): \"stop agent: {zh}\"\n\
             x = format({code}); // {code} {name}: {zh} 建议：…\n\
             ```\n",
            code = e.code,
            name = e.name,
            lower = e.name.to_lowercase(),
        );
        let checked = check(&doc, &c);
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        let quoted: Vec<&str> = checked.passed.iter().map(|q| q.text.as_str()).collect();
        for expected in [zh, en, zh_s, &*format!("stop agent: {zh}")] {
            assert!(
                quoted.contains(&expected),
                "{expected:?} not read from:\n{doc}\n{quoted:?}"
            );
        }
        let _ = en_s;
    }

    #[test]
    fn a_reworded_text_fails_wherever_it_is_quoted() {
        let c = catalogs();
        let e = sample(&c);
        let (zh, zh_s) = e.text(Lang::Zh);
        let (en, _) = e.text(Lang::En);
        let old_zh = format!("旧{zh}");
        let old_en = format!("{en} Formerly.");
        for doc in [
            format!("message({})  # '{old_zh}'\n", e.code),
            format!("```c\nint c = {};\n/* {}: {old_en} */\n```\n", e.code, e.name),
            format!(
                "```text\n{}  {}\n  说明：{old_zh}\n  建议：{zh_s}\n```\n",
                e.code, e.name
            ),
            format!("ZegoCodes.message({});  // \"{old_en}\"\n", e.code),
            format!("print(message_en({}))  // {old_en}\n", e.code),
            format!(
                "/* {} {}: {old_en} Suggestion: {} */\n",
                e.code,
                e.name,
                e.text(Lang::En).1
            ),
            format!("ZEGO's example (`message({})  # '{old_zh}'`).\n", e.code),
        ] {
            let checked = check(&doc, &c);
            assert_eq!(checked.problems.len(), 1, "{doc}\n{checked:?}");
            assert!(checked.problems[0].contains(&e.name), "{:?}", checked.problems);
        }
    }

    #[test]
    fn a_text_of_another_code_fails_and_a_line_without_a_code_is_not_read() {
        let c = catalogs();
        let e = sample(&c);
        let other = c
            .returns
            .entries
            .iter()
            .find(|o| o.message_zh != e.message_zh && !o.message_zh.is_empty())
            .unwrap();
        let doc = format!("message({})  # '{}'\n", e.code, other.message_zh);
        assert_eq!(check(&doc, &c).problems.len(), 1);
        // No code on the line or above it in its block: nothing to compare with.
        let doc = format!("```\nprint(x)  # '{}'\n```\n", other.message_zh);
        let checked = check(&doc, &c);
        assert!(
            checked.problems.is_empty() && checked.passed.is_empty(),
            "{checked:?}"
        );
        // A block's codes end with the block.
        let doc = format!("```\nx = {}\n```\n\n```\nprint(y)  # '旧文本。'\n```\n", e.code);
        assert!(check(&doc, &c).problems.is_empty());
    }
}
