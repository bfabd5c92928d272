//! Writes the synthetic log of the explain benchmark to stdout:
//! `cargo run --release -p zego-codes-cli --example gen-log -- MEGABYTES [SEED] > test.log`.

#[path = "../tests/support/loggen.rs"]
mod loggen;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let parsed = match args.as_slice() {
        [mb] => mb.parse::<u64>().ok().map(|mb| (mb, 1)),
        [mb, seed] => mb.parse::<u64>().ok().zip(seed.parse::<u64>().ok()),
        _ => None,
    };
    let Some((mb, seed)) = parsed else {
        eprintln!("usage: gen-log MEGABYTES [SEED]");
        return ExitCode::from(2);
    };
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let result = loggen::write_log(&mut out, mb << 20, seed).and_then(|s| out.flush().map(|_| s));
    match result {
        Ok(s) => {
            eprintln!(
                "gen-log: {} bytes, {} lines, {} with a code",
                s.bytes, s.lines, s.code_lines
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-log: {e}");
            ExitCode::FAILURE
        }
    }
}
