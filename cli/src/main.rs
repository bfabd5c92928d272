//! `zego-codes`: look up, list and search ZEGO AI Agent return codes and callback event
//! codes, and explain the codes in logs. See `zego-codes --help`.

mod args;
mod explain;
mod help;

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use zego_codes::{CatalogCode, Code, EventCode, Family, Lang, Product};
use zego_codes_render::{json, lang, show, CodeView, Query, Scope};

use args::{Cli, Command, ListFilter};

/// Exit statuses, as documented in `--help`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Status {
    Ok = 0,
    Unknown = 1,
    Usage = 2,
}

fn main() -> ExitCode {
    let status = match run(std::env::args_os().skip(1)) {
        Ok(status) => status,
        // The reader went away (`| head`): nothing more to say to anybody.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Status::Ok,
        Err(e) => {
            eprintln!("zego-codes: cannot write the output: {e}");
            Status::Usage
        }
    };
    ExitCode::from(status as u8)
}

fn run(argv: impl IntoIterator<Item = OsString>) -> io::Result<Status> {
    let cli = match args::parse(argv) {
        Ok(cli) => cli,
        Err(e) => return Ok(usage_error(&e.0)),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let Cli {
        lang,
        json,
        scope,
        command,
    } = cli;
    let status = match command {
        Command::Help => out.write_all(help::help().as_bytes()).map(|_| Status::Ok)?,
        Command::Version => out.write_all(help::version().as_bytes()).map(|_| Status::Ok)?,
        command => {
            let lang = match lang::choose(lang, |name| std::env::var_os(name)) {
                Ok(lang) => lang,
                Err(e) => return Ok(usage_error(&e)),
            };
            match command {
                Command::Lookup { events, queries } => lookup(&mut out, scope, events, &queries, json, lang)?,
                Command::List { filter } => list(&mut out, scope, filter, json, lang)?,
                Command::Search { text } => search(&mut out, scope, &text, json, lang)?,
                Command::Explain { files } => {
                    let product = match scope {
                        Scope::Product(p, _) => Some(p),
                        _ => None,
                    };
                    explain(&mut out, &files, product, lang)?
                }
                Command::Help | Command::Version => Status::Ok,
            }
        }
    };
    out.flush()?;
    Ok(status)
}

fn usage_error(msg: &str) -> Status {
    eprintln!("zego-codes: {msg}");
    Status::Usage
}

fn lookup(
    out: &mut impl Write,
    scope: Scope,
    events: bool,
    queries: &[Query],
    json: bool,
    lang: Lang,
) -> io::Result<Status> {
    let all_known =
        zego_codes_render::lookup_in(out, &mut io::stderr().lock(), scope, events, queries, json, lang)?;
    Ok(if all_known { Status::Ok } else { Status::Unknown })
}

fn list(
    out: &mut impl Write,
    scope: Scope,
    filter: ListFilter,
    json: bool,
    lang: Lang,
) -> io::Result<Status> {
    let entries = match scope {
        Scope::Default => match filter {
            ListFilter::Returns(category) => listed::<Code>(category),
            ListFilter::Events(category) => listed::<EventCode>(category),
        },
        Scope::AllProducts => CodeView::all_products().collect(),
        Scope::Product(product, section) => {
            let (family, category) = match filter {
                ListFilter::Returns(c) => (Family::Return, c.map(|c| c.as_str())),
                ListFilter::Events(c) => (Family::Event, c.map(|c| c.as_str())),
            };
            product
                .meanings(family)
                .iter()
                .filter(|m| section.is_none() || m.section() == section)
                .map(CodeView::of_meaning)
                .filter(|e| category.is_none_or(|c| e.category == c))
                .collect()
        }
    };
    if json {
        json::write_array(out, &entries)?;
    } else {
        show::write_table(out, &entries, lang)?;
    }
    Ok(Status::Ok)
}

/// Every known code of family `C`, of `category` if given.
fn listed<C: CatalogCode>(category: Option<C::Category>) -> Vec<CodeView> {
    C::all()
        .filter(|c| category.is_none_or(|k| c.category() == k))
        .map(CodeView::of)
        .collect()
}

fn search(out: &mut impl Write, scope: Scope, text: &str, json: bool, lang: Lang) -> io::Result<Status> {
    let needle = text.trim().to_lowercase();
    let matches = |e: &CodeView| {
        let code = e.code.to_string();
        let cause = e.origin.map_or(["", ""], |o| o.cause);
        let fields = [
            e.name.unwrap_or(""),
            &code,
            &e.message[0],
            &e.message[1],
            &e.suggestion[0],
            &e.suggestion[1],
            cause[0],
            cause[1],
        ];
        fields.iter().any(|f| f.to_lowercase().contains(&needle))
    };
    let candidates: Box<dyn Iterator<Item = CodeView>> = match scope {
        Scope::Default => Box::new(CodeView::all()),
        Scope::AllProducts => Box::new(CodeView::all_products()),
        Scope::Product(product, section) => Box::new(
            [Family::Return, Family::Event]
                .into_iter()
                .flat_map(move |f| product.meanings(f))
                .filter(move |m| section.is_none() || m.section() == section)
                .map(CodeView::of_meaning),
        ),
    };
    let entries: Vec<CodeView> = candidates.filter(matches).collect();
    if json {
        json::write_array(out, &entries)?;
    } else if !entries.is_empty() {
        show::write_table(out, &entries, lang)?;
    }
    if entries.is_empty() {
        eprintln!("zego-codes: no code matches '{}'", text.trim());
        return Ok(Status::Unknown);
    }
    Ok(Status::Ok)
}

fn explain(
    out: &mut impl Write,
    files: &[OsString],
    product: Option<Product>,
    lang: Lang,
) -> io::Result<Status> {
    let mut explainer = explain::Explainer::new(lang).product(product);
    let mut unreadable = false;
    let stdin_only = [OsString::from("-")];
    let files = if files.is_empty() { &stdin_only[..] } else { files };
    for file in files {
        let result = if file == "-" {
            explainer.run(&mut io::stdin().lock(), out)
        } else {
            match File::open(file) {
                Ok(mut f) => explainer.run(&mut f, out),
                Err(e) => Err(explain::Failure::Read(e)),
            }
        };
        match result {
            Ok(()) => {}
            Err(explain::Failure::Read(e)) => {
                unreadable = true;
                let name = if file == "-" {
                    "standard input".into()
                } else {
                    Path::new(file).display().to_string()
                };
                eprintln!("zego-codes: cannot read {name}: {e}");
            }
            Err(explain::Failure::Write(e)) => return Err(e),
        }
    }
    Ok(if unreadable {
        Status::Usage
    } else if explainer.saw_unknown {
        Status::Unknown
    } else {
        Status::Ok
    })
}
