#!/usr/bin/env bash
# The part of a universal Mach-O file (dylib, executable or static library) for one macOS
# row's architecture, written into OUT; prints its path.
# usage: tests/cross/apple-thin.sh TRIPLE FILE OUT
set -euo pipefail
triple=$1 file=$2 out=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=release/floors.env
. "$root/release/floors.env"
arch=$(awk -v t="$triple" '!/^#/ && $1 == t { print $5 }' "$root/release/mobile/apple.tsv")
[ -n "$arch" ] || { echo "apple-thin: $triple is not in release/mobile/apple.tsv" >&2; exit 1; }
name=$(basename "$file")
thin=$out/$arch-$name
llvm-lipo-$LLVM_VERSION -thin "$arch" "$file" -output "$thin"
echo "$thin"
