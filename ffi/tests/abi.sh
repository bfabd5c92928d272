#!/usr/bin/env bash
# The ABI guard: abidiff compares the freshly built libzego_codes.so (with its debug info, so
# function types are compared, not only symbol names) with the committed baseline. A removed
# or changed function, type or SONAME fails and prints abidiff's report; added functions pass
# and are reported. RELEASING.md says when the baseline may change.
# usage: ffi/tests/abi.sh BASELINE.abi LIB.so           check
#        ffi/tests/abi.sh --write BASELINE.abi LIB.so   rewrite the baseline (`make abi-baseline`)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
write=
if [ "${1:-}" = --write ]; then write=1; shift; fi
baseline=$1 lib=$2

# abigail-tools is part of the test setup; install it if a fresh machine lacks it.
command -v abidiff >/dev/null || "$here/../../tools/apt-install.sh" abigail-tools
# Source locations and build paths are no part of the ABI: leave them out of the baseline.
abidw_flags=(--no-show-locs --no-corpus-path --no-comp-dir-path --type-id-style hash)

if [ -n "$write" ]; then
    mkdir -p "$(dirname "$baseline")"
    abidw "${abidw_flags[@]}" --out-file "$baseline" "$lib"
    echo "abi: wrote $baseline ($(grep -c '<function-decl' "$baseline") functions)"
    exit 0
fi

grep -q '<function-decl' "$baseline" || { echo "abi: $baseline has no function types" >&2; exit 1; }
grep -q '<function-decl' <(abidw "${abidw_flags[@]}" "$lib") ||
    { echo "abi: $lib has no debug info with function types for abidiff to compare" >&2; exit 1; }

# First everything but additions: any change left is a break. abidiff's status is a bit set:
# 1 error, 2 usage, 4 ABI change, 8 incompatible change.
status=0
report=$(abidiff --no-added-syms "$baseline" "$lib") || status=$?
if [ "$status" -ne 0 ]; then
    echo "$report"
    echo "abi: libzego_codes changed incompatibly from $baseline (abidiff status $status)." >&2
    echo "abi: restore the ABI, or make it a new SONAME and run make abi-baseline (RELEASING.md)." >&2
    exit 1
fi
status=0
report=$(abidiff "$baseline" "$lib") || status=$?
if [ "$status" -ne 0 ]; then
    echo "$report"
    echo "abi: compatible additions since $baseline (abidiff status $status); they join the baseline at the next release"
else
    echo "abi: libzego_codes matches $baseline ($(grep -c '<function-decl' "$baseline") functions)"
fi
