#!/usr/bin/env bash
# The products oracle (`zego-codes list --all-products --json`, ZEGOCODES_PRODUCTS) as a table
# C can read, and the core's answers where the oracle has no row: OUT/products.tsv for
# test_products.c and test_cpp.cpp.
#   P product kind section code known name category guidance retryable ambiguous
#     message_zh suggestion_zh message_en suggestion_en cause_zh cause_en since withdrawn
#                                   one per row of the oracle, in its order
#   A product kind code ...         the core's unqualified answer (ffi/examples/product_answers.rs)
#                                   for every code a row calls ambiguous, and for unknown samples:
#                                   per product and kind, the neighbours of its codes, every code
#                                   another product or kind holds, 0, 1 and UINT32_MAX, where
#                                   the product and kind hold none of them
# Fields are tab-separated with \\, \t, \n and \r escaped (jq's @tsv).
# usage: ffi/tests/oracle.sh ORACLE.json OUT
set -euo pipefail
oracle=$1 out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
command -v jq >/dev/null || "$root/tools/apt-install.sh" jq
test -s "$oracle" || { echo "oracle.sh: $oracle is missing or empty" >&2; exit 2; }

jq -r '.[] | ["P", .product, .kind, (.section // ""), (.code | tostring),
    (if .known then "1" else "0" end), (.name // ""), .category, .guidance,
    (if .retryable then "1" else "0" end), (if .ambiguous then "1" else "0" end),
    .message_zh, .suggestion_zh, .message_en, .suggestion_en, .cause_zh, .cause_en,
    (.since // ""), (.withdrawn // "")] | @tsv' "$oracle" > "$out/products.tsv.tmp"

jq -r '
    (map(.product) | unique) as $products
    | (group_by(.product, .kind)
       | map({key: "\(.[0].product)\t\(.[0].kind)", value: (map(.code) | unique)})
       | from_entries) as $held
    | (map(.code) | unique) as $all
    | ([$products[] as $p | ("return", "event") as $k
        | ($held["\($p)\t\($k)"] // []) as $own
        | (($own[] | (. - 1, . + 1)), $all[], 0, 1, 4294967295)
        | select(. >= 0 and . <= 4294967295)
        | select(IN($own[]) | not)
        | "\($p)\t\($k)\t\(.)"]
       + [.[] | select(.ambiguous) | "\(.product)\t\(.kind)\t\(.code)"])
    | unique | .[]' "$oracle" > "$out/queries.tsv"

(cd "$root" && cargo run -q --locked -p zego-codes-ffi --example product_answers) \
    < "$out/queries.tsv" >> "$out/products.tsv.tmp"
mv "$out/products.tsv.tmp" "$out/products.tsv"
echo "oracle.sh: $(grep -c '^P' "$out/products.tsv") rows, $(grep -c '^A' "$out/products.tsv") answers of the core"
