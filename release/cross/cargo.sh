#!/usr/bin/env bash
# cargo for any target triple, with the standard library built from source: rustup holds only
# x86_64 Linux's, so cross builds use Debian's rustc-web (/usr/bin/rustc), whose rust-web-src
# lets cargo build core or std for the target (-Zbuild-std, unlocked by RUSTC_BOOTSTRAP).
# Outputs go to target/cross/TRIPLE/, apart from the rustup toolchain's. The linker comes from the
# target's row in release/cross/targets.tsv ("zig:ZIG_TARGET" links with release/cross/zig-cc).
# usage: release/cross/cargo.sh TRIPLE SUBCOMMAND [CARGO_ARGS...]
#   e.g. release/cross/cargo.sh aarch64-unknown-linux-gnu build --release -Zbuild-std=std,panic_abort
set -euo pipefail
triple=$1 sub=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=release/cross/env.sh
. "$here/env.sh" "$triple"
# ZEGO_CROSS_CONFIG: a cargo --config the target's environment needs (apple-env.sh).
exec "${CARGO:-cargo}" "$sub" --target "$triple" ${ZEGO_CROSS_CONFIG:+--config "$ZEGO_CROSS_CONFIG"} "$@"
