#!/usr/bin/env bash
# Prints the size figures of the library and holds them to their goals (issue 26: every
# product's codes in the library): the stripped .so at most 160 KB, and linking the static
# library into a C program with --gc-sections adding at most 160 KB for a lookup, AI Agent's
# or a product's (the difference of stripped programs with and without the call). Programs
# calling every function of AI Agent's two families, and every product function, are
# printed too, with gcc's default (PIE) and with packed relocations, whose 24 bytes per
# pointer of AI Agent's tables make most of the difference.
# usage: ffi/tests/size.sh STAGE
set -euo pipefail
stage=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out=$stage/size
mkdir -p "$out"
size_of() { stat -c %s "$1"; }

strip -o "$out/libzego_codes.so" "$stage/lib/libzego_codes.so"
so=$(size_of "$out/libzego_codes.so")

flags=(-std=c99 -Os -ffunction-sections -fdata-sections -I"$here/../../include")
# shellcheck disable=SC2054,SC2207 # the commas belong to -Wl; the file's linker flags split into words
link=(-Wl,--gc-sections "$stage/lib/libzego_codes.a" $(cat "$stage/native-static-libs"))
# cost EXTRA_FLAGS...: bytes that one.c, product.c, with.c and with_products.c add over
# without.c
cost() {
    local prog
    for prog in without one product with with_products; do
        gcc "${flags[@]}" "$@" "$here/size/$prog.c" "${link[@]}" -o "$out/$prog"
        strip "$out/$prog"
    done
    "$out/with" >/dev/null
    "$out/with_products" >/dev/null
    local base
    base=$(size_of "$out/without")
    echo $(( $(size_of "$out/one") - base )) $(( $(size_of "$out/product") - base )) \
         $(( $(size_of "$out/with") - base )) $(( $(size_of "$out/with_products") - base ))
}
read -r one product all all_products < <(cost)

goal=$((160 * 1024))
echo "size: stripped libzego_codes.so: $so bytes (goal <= $goal)"
echo "size: libzego_codes.a linked with --gc-sections adds $one bytes for an AI Agent lookup, $product bytes for a product lookup (goal <= $goal each)"
echo "size: the same, $all bytes for every function of AI Agent's two families, $all_products bytes for every product function"
if echo 'int main(void){return 0;}' | gcc -x c - -Wl,-z,pack-relative-relocs -o "$out/relr" 2>/dev/null; then
    read -r one_relr product_relr all_relr all_products_relr < <(cost -Wl,-z,pack-relative-relocs)
    echo "size: with -Wl,-z,pack-relative-relocs: $one_relr / $product_relr bytes for a lookup (AI Agent / product), $all_relr / $all_products_relr bytes for every function"
fi
[ "$so" -le "$goal" ] || { echo "size: the stripped .so exceeds 160 KB" >&2; exit 1; }
[ "$one" -le "$goal" ] || { echo "size: an AI Agent lookup links in more than 160 KB" >&2; exit 1; }
[ "$product" -le "$goal" ] || { echo "size: a product lookup links in more than 160 KB" >&2; exit 1; }
