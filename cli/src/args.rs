//! The command line, parsed by hand: the grammar is small and clap would triple the build.

use std::ffi::OsString;
use std::fmt;

use zego_codes::{Category, EventCategory, Family, Lang};
use zego_codes_render::lookup::is_negative_number;
use zego_codes_render::{Query, QueryError, Scope};

/// What the person asked for.
#[derive(Debug, PartialEq, Eq)]
pub struct Cli {
    /// `--lang`, if given; the environment decides otherwise.
    pub lang: Option<Lang>,
    pub json: bool,
    /// `--product` (and `--section`), `--all-products`, or neither (AI Agent, as before).
    pub scope: Scope,
    pub command: Command,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
    /// `zego-codes CODE...` (return codes) or `zego-codes event CODE...`.
    Lookup {
        events: bool,
        queries: Vec<Query>,
    },
    List {
        filter: ListFilter,
    },
    Search {
        text: String,
    },
    /// Empty means stdin; `-` also means stdin.
    Explain {
        files: Vec<OsString>,
    },
}

/// Which codes `list` prints (of the product the scope names: `list --all-products` prints
/// every entry of every product).
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum ListFilter {
    Returns(Option<Category>),
    Events(Option<EventCategory>),
}

/// A usage error: printed after `zego-codes: `, exit status 2.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn usage(msg: impl Into<String>) -> UsageError {
    UsageError(msg.into())
}

const COMMANDS: [&str; 5] = ["event", "list", "search", "explain", "help"];

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, UsageError> {
    let mut lang = None;
    let mut json = false;
    let mut events = false;
    let mut category: Option<String> = None;
    let mut positionals: Vec<OsString> = Vec::new();
    let mut options_done = false;
    let mut help = false;
    let mut version = false;
    let mut all_products = false;
    let mut product: Option<String> = None;
    let mut section: Option<String> = None;

    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if options_done {
            positionals.push(arg);
            continue;
        }
        let Some(text) = arg.to_str() else {
            // Only explain's FILE arguments may be other than UTF-8; checked below.
            positionals.push(arg);
            continue;
        };
        if text == "--" {
            options_done = true;
            continue;
        }
        if !text.starts_with('-') || text == "-" {
            positionals.push(arg);
            continue;
        }
        let (flag, inline) = match text.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (text, None),
        };
        let mut value = |name: &str| -> Result<String, UsageError> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            match args.next() {
                Some(v) => v
                    .into_string()
                    .map_err(|_| usage(format!("the value of {name} is not valid UTF-8"))),
                None => Err(usage(format!("{name} needs a value"))),
            }
        };
        let takes_no_value = |name: &str| -> Result<(), UsageError> {
            match inline {
                Some(_) => Err(usage(format!("{name} takes no value"))),
                None => Ok(()),
            }
        };
        match flag {
            "-h" | "--help" => help = true,
            "-V" | "--version" => {
                takes_no_value(flag)?;
                version = true
            }
            "--json" => {
                takes_no_value(flag)?;
                json = true
            }
            "--events" => {
                takes_no_value(flag)?;
                events = true
            }
            "--all-products" => {
                takes_no_value(flag)?;
                all_products = true
            }
            "--lang" => {
                let v = value("--lang")?;
                lang = Some(
                    v.parse::<Lang>()
                        .map_err(|_| usage(format!("--lang must be zh or en, not '{v}'")))?,
                );
            }
            "--category" => category = Some(value("--category")?),
            "--product" => product = Some(value("--product")?),
            "--section" => section = Some(value("--section")?),
            _ if is_negative_number(text) => {
                return Err(usage(QueryError::Negative(text.to_owned()).to_string()))
            }
            _ => return Err(usage(format!("unknown option '{text}' (see zego-codes --help)"))),
        }
    }

    if help || version {
        return Ok(Cli {
            lang,
            json,
            scope: Scope::Default,
            command: if help { Command::Help } else { Command::Version },
        });
    }
    let scope = Scope::parse(product.as_deref(), section.as_deref(), all_products).map_err(usage)?;

    let mut positionals = positionals.into_iter();
    let first = positionals.next();
    let command_word = first
        .as_ref()
        .and_then(|f| f.to_str())
        .filter(|f| COMMANDS.contains(f));
    let command = match command_word {
        None => {
            let queries: Vec<OsString> = first.into_iter().chain(positionals).collect();
            if queries.is_empty() {
                return Err(usage(
                    "no code given (try zego-codes 410001031, or zego-codes --help)",
                ));
            }
            Command::Lookup {
                events: false,
                queries: parse_queries(queries)?,
            }
        }
        Some("help") => Command::Help,
        Some("event") => {
            let queries: Vec<OsString> = positionals.collect();
            if queries.is_empty() {
                return Err(usage(
                    "event needs at least one event code (try zego-codes event 1201)",
                ));
            }
            Command::Lookup {
                events: true,
                queries: parse_queries(queries)?,
            }
        }
        Some("list") => {
            if let Some(extra) = positionals.next() {
                return Err(usage(format!(
                    "list takes no argument, got '{}'",
                    extra.to_string_lossy()
                )));
            }
            if all_products && (events || category.is_some()) {
                return Err(usage(
                    "--all-products lists every kind and category: it takes no --events or --category",
                ));
            }
            let filter = list_filter(events, category.take())?;
            scope.check_family(family(events)).map_err(usage)?;
            Command::List { filter }
        }
        Some("search") => {
            let words = positionals
                .map(|w| {
                    w.into_string()
                        .map_err(|_| usage("the search text is not valid UTF-8"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let text = words.join(" ");
            if text.trim().is_empty() {
                return Err(usage("search needs a text (try zego-codes search signature)"));
            }
            Command::Search { text }
        }
        Some(_explain) => {
            if json {
                return Err(usage("--json does not apply to explain"));
            }
            match scope {
                Scope::AllProducts => {
                    return Err(usage(
                        "--all-products does not apply to explain: a host on the line, else --product, else AI Agent answers",
                    ))
                }
                Scope::Product(_, Some(_)) => {
                    return Err(usage("--section does not apply to explain: give --product alone"))
                }
                _ => {}
            }
            Command::Explain {
                files: positionals.collect(),
            }
        }
    };
    if !matches!(command, Command::List { .. }) {
        if events {
            return Err(usage("--events applies only to list"));
        }
        if category.is_some() {
            return Err(usage("--category applies only to list"));
        }
    }
    if let Command::Lookup { events, .. } = &command {
        scope.check_family(family(*events)).map_err(usage)?;
    }
    Ok(Cli {
        lang,
        json,
        scope,
        command,
    })
}

fn family(events: bool) -> Family {
    if events {
        Family::Event
    } else {
        Family::Return
    }
}

fn parse_queries(args: Vec<OsString>) -> Result<Vec<Query>, UsageError> {
    args.into_iter().map(parse_query).collect()
}

fn parse_query(arg: OsString) -> Result<Query, UsageError> {
    let Some(text) = arg.to_str() else {
        return Err(usage(format!("'{}' is not a code", arg.to_string_lossy())));
    };
    Query::parse(text).map_err(|e| match e {
        // Here a word may also be a command: say which, and that names are upper case.
        QueryError::NotACode(_) => {
            let upper = text.to_ascii_uppercase();
            let hint = if zego_codes::Code::from_name(&upper).is_some()
                || zego_codes::EventCode::from_name(&upper).is_some()
            {
                format!(" (names are upper case: {upper})")
            } else {
                String::new()
            };
            usage(format!("{e}{hint}; commands: event, list, search, explain, help"))
        }
        e => usage(e.to_string()),
    })
}

fn list_filter(events: bool, category: Option<String>) -> Result<ListFilter, UsageError> {
    let Some(name) = category else {
        return Ok(if events {
            ListFilter::Events(None)
        } else {
            ListFilter::Returns(None)
        });
    };
    if let Some(c) = Category::from_name(&name).filter(|c| *c != Category::Unknown) {
        if events {
            return Err(usage(format!(
                "'{name}' is a return-code category; event categories are {}",
                event_names()
            )));
        }
        return Ok(ListFilter::Returns(Some(c)));
    }
    if let Some(c) = EventCategory::from_name(&name).filter(|c| *c != EventCategory::Unknown) {
        return Ok(ListFilter::Events(Some(c)));
    }
    Err(usage(format!(
        "unknown category '{name}': return-code categories are {}; event categories are {}",
        return_names(),
        event_names()
    )))
}

pub(crate) fn return_names() -> String {
    Category::ALL
        .iter()
        .filter(|c| **c != Category::Unknown)
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn event_names() -> String {
    EventCategory::ALL
        .iter()
        .filter(|c| **c != EventCategory::Unknown)
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Cli, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn cmd(args: &[&str]) -> Command {
        p(args).unwrap().command
    }

    #[test]
    fn codes_and_names() {
        assert_eq!(
            cmd(&["410001031", "SIGNATURE_EXPIRED"]),
            Command::Lookup {
                events: false,
                queries: vec![Query::Number(410001031), Query::Name("SIGNATURE_EXPIRED".into())]
            }
        );
        assert_eq!(
            cmd(&["event", "1201"]),
            Command::Lookup {
                events: true,
                queries: vec![Query::Number(1201)]
            }
        );
    }

    #[test]
    fn options_anywhere_and_inline_values() {
        let cli = p(&["410001031", "--lang=en", "--json"]).unwrap();
        assert_eq!(cli.lang, Some(Lang::En));
        assert!(cli.json);
        let cli = p(&["--lang", "zh", "list", "--category", "business"]).unwrap();
        assert_eq!(cli.lang, Some(Lang::Zh));
        assert_eq!(
            cli.command,
            Command::List {
                filter: ListFilter::Returns(Some(Category::Business))
            }
        );
        assert_eq!(
            cmd(&["list", "--category=llm"]),
            Command::List {
                filter: ListFilter::Events(Some(EventCategory::Llm))
            }
        );
        assert_eq!(
            cmd(&["list", "--events"]),
            Command::List {
                filter: ListFilter::Events(None)
            }
        );
    }

    #[test]
    fn double_dash_ends_options() {
        assert_eq!(
            cmd(&["explain", "--", "--json", "-"]),
            Command::Explain {
                files: vec!["--json".into(), "-".into()]
            }
        );
    }

    #[test]
    fn help_wins_over_other_arguments() {
        assert_eq!(cmd(&["list", "--help"]), Command::Help);
        assert_eq!(cmd(&["help"]), Command::Help);
        assert_eq!(cmd(&["-V"]), Command::Version);
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        let err = |args: &[&str]| p(args).unwrap_err().0;
        assert!(err(&[]).contains("no code given"));
        assert!(err(&["--lang", "fr", "1"]).contains("zh or en"));
        assert!(err(&["--lang"]).contains("needs a value"));
        assert!(err(&["4294967296"]).contains("out of range"));
        assert!(err(&["-5"]).contains("not a code"));
        assert!(err(&["--bogus"]).contains("unknown option"));
        assert!(err(&["lsit"]).contains("neither a command nor a code"));
        assert!(err(&["signature_expired"]).contains("SIGNATURE_EXPIRED"));
        assert!(err(&["list", "--category", "nope"]).contains("unknown category"));
        assert!(err(&["list", "--events", "--category", "common"]).contains("return-code category"));
        assert!(err(&["list", "extra"]).contains("no argument"));
        assert!(err(&["search"]).contains("needs a text"));
        assert!(err(&["explain", "--json"]).contains("--json"));
        assert!(err(&["410001031", "--events"]).contains("only to list"));
        assert!(err(&["event"]).contains("at least one"));
        assert!(err(&["--json=1", "1"]).contains("takes no value"));
    }

    #[test]
    fn search_joins_words() {
        assert_eq!(
            cmd(&["search", "digital", "human"]),
            Command::Search {
                text: "digital human".into()
            }
        );
    }

    fn scope(args: &[&str]) -> Scope {
        p(args).unwrap().scope
    }

    /// A product with sections and one of them: the tests take their ids from the core, not
    /// from today's data.
    fn product_with_sections() -> (zego_codes::Product, zego_codes::Section) {
        let p = *zego_codes::Product::ALL
            .iter()
            .find(|p| p.sections().len() > 0)
            .expect("some product has sections");
        (p, p.sections().last().unwrap())
    }

    #[test]
    fn products_and_sections() {
        use zego_codes::Product;
        assert_eq!(scope(&["410001031"]), Scope::Default);
        for &product in Product::ALL {
            assert_eq!(
                scope(&["--product", product.id(), "1"]),
                Scope::Product(product, None)
            );
            assert_eq!(
                scope(&["list", &format!("--product={}", product.id())]),
                Scope::Product(product, None)
            );
            assert_eq!(
                scope(&["search", "x", "--product", product.id()]),
                Scope::Product(product, None)
            );
            assert_eq!(
                scope(&["explain", "--product", product.id()]),
                Scope::Product(product, None)
            );
            assert_eq!(
                scope(&["event", "1", "--product", product.id()]),
                Scope::Product(product, None)
            );
        }
        let (product, section) = product_with_sections();
        assert_eq!(
            scope(&["--section", section.id(), "--product", product.id(), "3"]),
            Scope::Product(product, Some(section))
        );
        assert_eq!(
            scope(&["list", "--product", product.id(), "--section", section.id()]),
            Scope::Product(product, Some(section))
        );
        assert_eq!(scope(&["--all-products", "3"]), Scope::AllProducts);
        assert_eq!(scope(&["event", "--all-products", "1001"]), Scope::AllProducts);
        assert_eq!(scope(&["search", "--all-products", "x"]), Scope::AllProducts);
        assert_eq!(scope(&["list", "--all-products"]), Scope::AllProducts);
        assert_eq!(
            cmd(&["list", "--all-products"]),
            Command::List {
                filter: ListFilter::Returns(None)
            }
        );
        // --help needs no valid product.
        assert_eq!(cmd(&["--product", "nope", "--help"]), Command::Help);
    }

    #[test]
    fn product_usage_errors_say_what_is_wrong() {
        use zego_codes::Product;
        let err = |args: &[&str]| p(args).unwrap_err().0;
        let e = err(&["--product", "nope", "1"]);
        assert!(e.contains("unknown product 'nope'"), "{e}");
        for &product in Product::ALL {
            assert!(e.contains(product.id()), "{e} lacks {product}");
        }
        assert!(err(&["--product"]).contains("--product needs a value"));
        assert!(err(&["--section", "common", "1"]).contains("--section needs --product"));
        let (product, section) = product_with_sections();
        let e = err(&["--all-products", "--product", product.id(), "1"]);
        assert!(e.contains("exclude"), "{e}");
        let e = err(&["--product", product.id(), "--section", "nope", "1"]);
        for s in product.sections() {
            assert!(e.contains(s.id()), "{e} lacks {}", s.id());
        }
        // A section of another product is no section of this one.
        if let Some(other) = Product::ALL
            .iter()
            .find(|p| p.section(section.id()).is_none() && **p != product)
        {
            let e = err(&["--product", other.id(), "--section", section.id(), "1"]);
            assert!(e.contains(&format!("'{}'", section.id())), "{e}");
        }
        let e = err(&["explain", "--all-products"]);
        assert!(e.contains("--all-products does not apply to explain"), "{e}");
        let e = err(&["explain", "--product", product.id(), "--section", section.id()]);
        assert!(e.contains("--section does not apply to explain"), "{e}");
        let e = err(&["list", "--all-products", "--events"]);
        assert!(e.contains("--all-products lists every kind"), "{e}");
        // A section holds codes of one kind: asking it for the other kind is an error.
        if section.family() == Family::Return {
            let e = err(&["event", "--product", product.id(), "--section", section.id(), "1"]);
            assert!(e.contains("holds return codes, not event codes"), "{e}");
        }
    }
}
