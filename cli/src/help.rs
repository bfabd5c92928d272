//! The text of `--help` and `--version`.

use zego_codes::Product;
use zego_codes_render::product::{products_help, push_wrapped, wrap_entry};

/// `--help`, with the category names of `--category`, the products and their hosts taken from
/// the core (as the parser's errors take them): a product added to the data appears here.
pub fn help() -> String {
    let category = format!(
        "list: only this category. Return codes: {}. Event codes: {}",
        crate::args::return_names(),
        crate::args::event_names()
    );
    let hosts: Vec<String> = Product::ALL
        .iter()
        .flat_map(|&p| p.hosts().map(move |h| format!("{h} ({p})")))
        .collect();
    let hosts = wrap(&format!("{}.", hosts.join(", ")), 4);
    HELP.replace("@CATEGORY@", &option("--category NAME", &category))
        .replace("@PRODUCTS@", products_help(INDENT).trim_end())
        .replace("@HOSTS@", &hosts)
        .replace("@DEFAULT@", Product::DEFAULT.id())
}

/// The column of the options' texts.
const INDENT: usize = 23;

/// `text` wrapped at 80 columns, every line indented by `indent`.
fn wrap(text: &str, indent: usize) -> String {
    let mut out = " ".repeat(indent);
    push_wrapped(&mut out, text, indent);
    out
}

/// An option's line: its name, then its text wrapped at 80 columns in the second column.
fn option(name: &str, text: &str) -> String {
    wrap_entry(name, text, INDENT)
}

const HELP: &str = "\
zego-codes: what a ZEGO AI Agent server API return code means and what to do about it,
and the codes of ZEGO's other server products (see PRODUCTS).

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
    --product ID       answer for this product (see PRODUCTS) instead of AI Agent;
                       JSON then adds the keys product, section, kind, cause_zh,
                       cause_en, withdrawn, ambiguous. A code the product's sections
                       define differently is ambiguous: each section's meaning is
                       printed (in JSON, one object each)
    --section ID       with --product, for CODE..., list and search: only that
                       section of the product's pages
    --all-products     CODE..., event, list, search: every product's and section's
                       meaning (list --all-products --json: every entry of every
                       product, the catalog for other programs)
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
    The product that answers is the one whose API host stands on the line, else
    --product's, else AI Agent's, whose annotation then ends with the other
    products that define the code differently ([also: asr (business)]). Another
    product's annotation starts with its id (# rtc 41003 ...) and covers AI Agent's
    ranges and the product's own codes. The hosts (a regional host adds a suffix
    to the first label, as in rtc-api-sha.zego.im):
@HOSTS@
    Input is streamed in constant memory; output is flushed after every read.

PRODUCTS:
    Without --product a lookup answers for @DEFAULT@, as it always did, and adds
    a line naming the other products that define the code differently.
@PRODUCTS@

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
    zego-codes --product rtc 41003
    zego-codes --product rtc --section media_files 41003
    zego-codes --all-products 3
    zego-codes event 1001 --product asr
    zego-codes list --product zim --json
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
