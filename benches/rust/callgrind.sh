#!/usr/bin/env bash
# Instructions per iteration of benches/src/bin/message_loop.rs (the C benchmark's loop in
# Rust) from callgrind, which repeats exactly from run to run:
#   per iteration = (instructions for N lookups - instructions for 0) / N
#   ratio         = a product loop's per iteration over AI Agent's `Code` loop of the same mix
#
# usage: benches/rust/callgrind.sh [N]
set -euo pipefail
n=${1:-100000}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v valgrind >/dev/null || "$root/tools/apt-install.sh" valgrind
cargo build -q --release --locked -p zego-codes-bench --bin message_loop --manifest-path "$root/Cargo.toml"
target=$(cargo metadata --format-version 1 --no-deps --manifest-path "$root/Cargo.toml" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
loop=$target/release/message_loop

instructions() { # N WHAT MIX
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$loop" "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : *//p'
}

printf 'case\tper iteration\tratio to Code\n'
for mix in known unknown; do
    base=
    for what in code aiagent products; do
        per=$(awk -v a="$(instructions 0 "$what" "$mix")" -v b="$(instructions "$n" "$what" "$mix")" \
            -v n="$n" 'BEGIN { printf "%.2f", (b - a) / n }')
        ratio=-
        if [ -z "$base" ]; then base=$per; else ratio=$(awk -v p="$per" -v b="$base" 'BEGIN { printf "%.2fx", p / b }'); fi
        case $what in
            code) label="Code::new(c).message" ;;
            aiagent) label="ProductCode::new(Product::AiAgent, c).message" ;;
            products) label="ProductCode::new(p, c).message, every product in turn" ;;
        esac
        printf '%s, %s codes\t%s\t%s\n' "$label" "$mix" "$per" "$ratio"
    done
done
