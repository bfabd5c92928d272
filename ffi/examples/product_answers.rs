//! Prints the core's unqualified answer for each product code it reads, for ffi/tests to hold
//! the C library's product lookups to where the oracle (`zego-codes list --all-products
//! --json`) has no row: unknown codes and the ambiguous answer of a code that a product's
//! sections define differently. ffi/tests/oracle.sh picks the codes from the oracle.
//!
//! Reads lines `product<TAB>kind<TAB>code` (kind `return` or `event`) on stdin and prints, per
//! line, one record with fields separated by tabs and `\\`, `\t`, `\n`, `\r` escaped:
//! `A product kind code known ambiguous meanings name category guidance retryable message_zh
//! suggestion_zh message_en suggestion_en` (name "" if unknown or ambiguous; category and
//! guidance as the stable snake_case names the oracle uses).

use std::io::{self, BufRead, Write};

use zego_codes::{EventCategory, Family, Lang, Product, ProductCode};

fn main() {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for line in io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let fields: Vec<&str> = line.split('\t').collect();
        let [product, kind, code] = fields[..] else {
            panic!("want product<TAB>kind<TAB>code, got {line:?}");
        };
        let p = Product::from_id(product).unwrap_or_else(|| panic!("unknown product {product}"));
        let family = match kind {
            "return" => Family::Return,
            "event" => Family::Event,
            _ => panic!("unknown kind {kind}"),
        };
        let code: u32 = code.parse().expect("a u32 code");
        let c = ProductCode::of(p, family, code);
        // As the oracle (render/src/view.rs): AI Agent's events by their subsystem.
        let category = match (c.category(), p == Product::DEFAULT) {
            (Some(category), _) => category.as_str(),
            (None, true) => EventCategory::of(code).as_str(),
            (None, false) => "unknown",
        };
        let texts = [
            c.message(Lang::Zh),
            c.suggestion(Lang::Zh),
            c.message(Lang::En),
            c.suggestion(Lang::En),
        ];
        let mut record = format!(
            "A\t{product}\t{kind}\t{code}\t{}\t{}\t{}\t{}\t{category}\t{}\t{}",
            u8::from(c.is_known()),
            u8::from(c.is_ambiguous()),
            c.meanings().len(),
            c.name().unwrap_or(""),
            c.guidance(),
            u8::from(c.is_retryable()),
        );
        for t in texts {
            record.push('\t');
            record.push_str(&escape(&t));
        }
        writeln!(out, "{record}").expect("stdout");
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}
