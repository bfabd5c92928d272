//! `cargo xtask gen | check | import FILE [--revision REV] [--source URL] [--dry-run]`

use std::path::Path;
use std::process::ExitCode;

use xtask::catalog::repo_root;
use xtask::gen;
use xtask::import::{self, Request};

const USAGE: &str = "\
usage: cargo xtask <command>

  gen                 check data/*.toml and data/pages.toml, then write every generated file
  check               fail if a data file is invalid, a generated file is out of date, the
                      catalog still needs review, a document quotes a text of ZEGO's that
                      the catalog no longer holds, or `products` fails
  products            fail if a product's data (data/products/*.toml) is invalid, needs review,
                      names a gateway code unlike AI Agent, or differs from its current pages
  import FILE [--revision YYYY-MM-DD] [--source URL] [--dry-run]
                      take in a revision of ZEGO's return-codes or exception-codes page
                      (Chinese or English, .md or .mdx): vendor it under data/upstream/,
                      make it the current page of its kind and language in data/pages.toml,
                      update data/*.toml (new codes get placeholders to review, codes the
                      Chinese page dropped are marked withdrawn) and regenerate. --revision
                      dates a page without front matter; --source records where it came from
                      (ZEGO's public page by default). Refuses an older page or one it cannot
                      read completely, writing nothing.
  import --product P FILE [--revision YYYY-MM-DD] [--source URL] [--dry-run]
                      the same for a page of product P of data/products.toml (rtc, zim, ...),
                      in any layout ZEGO's pages use: vendored under data/upstream/P/, the
                      codes into data/products/P.toml, keyed by kind, section and code.
                      With --api NAME [--section S]: an API's own page (OpenAPI file or API
                      page), whose codes join P only where no global page lists them.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = repo_root();
    let result = match args.first().map(String::as_str) {
        Some("gen") => generate(&root, false),
        Some("check") => generate(&root, true)
            .and_then(|()| check_quotes(&root))
            .and_then(|()| check_products(&root)),
        Some("import") => run_import(&root, &args[1..]),
        Some("products") => check_products(&root),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn generate(root: &Path, check_only: bool) -> Result<(), String> {
    for path in gen::run(root, check_only)? {
        println!("wrote {path}");
    }
    Ok(())
}

/// Every product's data: valid, reviewed, gateway codes named as AI Agent names them, and
/// every code of every current page in the catalog with its text.
fn check_products(root: &Path) -> Result<(), String> {
    let problems = xtask::products::problems(root)?;
    if problems.is_empty() {
        println!("products: every product's data is valid, reviewed and matches its pages");
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The documents' quotes of ZEGO's texts, against the catalog (xtask::quotes).
fn check_quotes(root: &Path) -> Result<(), String> {
    let catalogs = gen::Catalogs::load(root)?;
    let n = xtask::quotes::check_repo(root, &catalogs)?;
    println!("documents: {n} quotes of ZEGO's texts, all current");
    Ok(())
}

fn run_import(root: &Path, args: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut revision = None;
    let mut source = None;
    let mut dry_run = false;
    let mut product = None;
    let mut api = None;
    let mut section = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            // --since was this option's first name.
            "--revision" | "--since" => revision = Some(it.next().ok_or("--revision needs a value")?.clone()),
            "--source" => source = Some(it.next().ok_or("--source needs a value")?.clone()),
            "--dry-run" => dry_run = true,
            "--product" => product = Some(it.next().ok_or("--product needs a value")?.clone()),
            "--api" => api = Some(it.next().ok_or("--api needs a value")?.clone()),
            "--section" => section = Some(it.next().ok_or("--section needs a value")?.clone()),
            _ if file.is_none() && !arg.starts_with("--") => file = Some(arg.clone()),
            _ => return Err(USAGE.to_owned()),
        }
    }
    let file = file.ok_or(USAGE)?;
    if product.is_none() && (api.is_some() || section.is_some()) {
        return Err("--api and --section are for a product's per-API page: give --product too".into());
    }
    if api.is_none() && section.is_some() {
        return Err(
            "--section is for a per-API page (--api): a global page's headings say the section".into(),
        );
    }
    if let Some(product) = product {
        let request = xtask::product_import::ProductRequest {
            product: &product,
            file: Path::new(&file),
            revision,
            source,
            dry_run,
            api: api.map(|name| xtask::product_import::Api { name, section }),
        };
        print!("{}", xtask::product_import::run(root, &request)?);
        return Ok(());
    }
    let report = import::run(
        root,
        &Request {
            file: Path::new(&file),
            revision,
            source,
            dry_run,
        },
    )?;
    print!("{report}");
    Ok(())
}
