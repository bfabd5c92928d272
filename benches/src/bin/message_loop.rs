//! The C benchmark's loop (benches/c/message_loop.c) in Rust, for callgrind: N lookups over
//! 64 codes, each message's length summed, so that instructions per iteration compare AI
//! Agent's `Code` with the product API: AI Agent's product as a constant (as Rust callers
//! write a product), and every product in turn, known only at run time (as a service that
//! reads it from a request).
//!
//! usage: message_loop N code|aiagent|products known|unknown   (benches/rust/callgrind.sh)

use std::hint::black_box;
use std::process::ExitCode;

use zego_codes::{Code, Family, Lang, Product, ProductCode};

const MIX: usize = 64;
const USAGE: &str = "usage: message_loop N code|aiagent|products known|unknown";

/// Known codes of `product`, or codes just past them that it does not hold.
fn codes_of(product: Product, known: bool) -> Vec<u32> {
    product
        .meanings(Family::Return)
        .iter()
        .map(|m| {
            let mut code = m.code();
            while !known && ProductCode::new(product, code).is_known() {
                code = code.wrapping_add(1);
            }
            code
        })
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let n = args.get(1).and_then(|n| n.parse::<usize>().ok());
    let known = match args.get(3).map(String::as_str) {
        Some("known") => Some(true),
        Some("unknown") => Some(false),
        _ => None,
    };
    let (Some(n), Some(what), Some(known)) = (n, args.get(2), known) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    // 64 (product, code) pairs: AI Agent's codes, or every product's in turn, each walked
    // with a stride so that consecutive lookups differ.
    let products: Vec<Product> = match what.as_str() {
        "products" => Product::ALL
            .iter()
            .copied()
            .filter(|p| p.has(Family::Return))
            .collect(),
        _ => vec![Product::DEFAULT],
    };
    let codes: Vec<Vec<u32>> = products.iter().map(|&p| codes_of(p, known)).collect();
    let pairs: [(Product, u32); MIX] = std::array::from_fn(|i| {
        let k = i % products.len();
        (products[k], codes[k][i * 7 % codes[k].len()])
    });
    let mut sum = 0usize;
    match what.as_str() {
        "code" => {
            for i in 0..n {
                sum += Code::new(black_box(pairs[i % MIX].1)).message(Lang::Zh).len();
            }
        }
        "aiagent" => {
            for i in 0..n {
                let code = black_box(pairs[i % MIX].1);
                sum += ProductCode::new(Product::AiAgent, code).message(Lang::Zh).len();
            }
        }
        "products" => {
            for i in 0..n {
                let (product, code) = black_box(pairs[i % MIX]);
                sum += ProductCode::new(product, code).message(Lang::Zh).len();
            }
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    println!("{sum}");
    ExitCode::SUCCESS
}
