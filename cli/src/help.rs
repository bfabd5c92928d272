//! The text of `--help` and `--version`.

/// `--help`, with the category names of `--category` taken from the core (as the parser's
/// errors take them).
pub fn help() -> String {
    let category = format!(
        "list: only this category. Return codes: {}. Event codes: {}",
        crate::args::return_names(),
        crate::args::event_names()
    );
    HELP.replace("@CATEGORY@", &option("--category NAME", &category))
}

/// An option's line: its name, then its text wrapped at 80 columns in the second column.
fn option(name: &str, text: &str) -> String {
    const INDENT: usize = 23;
    let mut out = format!("    {name:<width$}", width = INDENT - 4);
    let mut line_len = INDENT;
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 && line_len + 1 + word.chars().count() > 80 {
            out.push('\n');
            out.push_str(&" ".repeat(INDENT));
            line_len = INDENT;
        } else if i > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word.chars().count();
    }
    out
}

const HELP: &str = "\
zego-codes: what a ZEGO AI Agent server API return code means and what to do about it.

USAGE:
    zego-codes [OPTIONS] CODE...          look up return codes (numbers or names)
    zego-codes [OPTIONS] event CODE...    look up callback exception event codes
    zego-codes [OPTIONS] list [--category NAME | --events]
                                          every code in an aligned table
    zego-codes [OPTIONS] search TEXT      codes whose name, number or text (either
                                          language) contains TEXT, ignoring case
    zego-codes [OPTIONS] explain [FILE...]
                                          copy logs (stdin, or FILEs; - is stdin) and
                                          annotate each ZEGO code found in them
    zego-codes help | --help | --version

OPTIONS:
    --lang zh|en       language of the texts (see LANGUAGE)
    --json             JSON for machines: one object per line for CODE... and event,
                       an array for list and search. Keys: code, known, name, category,
                       guidance, retryable, message_zh, suggestion_zh, message_en,
                       suggestion_en, since (name and since are null for unknown codes)
@CATEGORY@
    --events           list: the callback exception event codes instead
    --                 end of options (for a FILE named like an option)
    -h, --help         this help
    -V, --version      version and the revisions of ZEGO's tables

LANGUAGE:
    --lang wins; else ZEGO_CODES_LANG (zh or en); else the first set of LC_ALL,
    LC_MESSAGES, LANG: a value starting with zh means Chinese, with en English;
    otherwise Chinese. JSON always carries both languages.

EXPLAIN:
    A number is read as a code only after a key ending in \"code\" (any case) and a
    ':' or '=': \"Code\":410001031, \"Code\": \"410001031\", code=100000004,
    Code: 410001002, ErrorCode=410000003, \\\"Code\\\":410001031 inside a logged string.
    Order numbers, timestamps and other bare numbers are left alone, and so are
    code 0 (success) and numbers outside ZEGO's ranges. In a line whose \"Event\" is
    \"Exception\" (a callback), Data.Code is read as an event code.
    Every input byte is passed through unchanged (invalid UTF-8 too); a line with
    codes gets, before its line ending, one annotation per distinct code:
        ...\"Code\":410001031,...  # 410001031 DIGITAL_HUMAN_CONCURRENCY_LIMIT: <message> → <suggestion>
        ...\"Event\":\"Exception\"...  # event 1201 RTC_ERROR: <message> → <suggestion>
    Input is streamed in constant memory; output is flushed after every read.

EXIT STATUS:
    0  every code asked for is known (explain: every code found is known;
       search: something matched)
    1  some code is unknown; what is known of it is still printed (search:
       nothing matched)
    2  usage error, or a FILE could not be read; the reason goes to stderr

EXAMPLES:
    zego-codes 410001031
    zego-codes --lang en 100000004 410001002
    zego-codes SIGNATURE_EXPIRED --json
    zego-codes event 2204
    zego-codes list --category common
    zego-codes list --events --json
    zego-codes search 数字人
    zego-codes search signature
    zego-codes explain app.log
    kubectl logs deploy/agent-gateway | zego-codes explain --lang en
";

pub fn version() -> String {
    format!(
        "zego-codes {} (return codes {}, event codes {})\n",
        env!("CARGO_PKG_VERSION"),
        zego_codes::RETURN_CODES_REVISION,
        zego_codes::EVENT_CODES_REVISION
    )
}
