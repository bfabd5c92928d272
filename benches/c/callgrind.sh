#!/usr/bin/env bash
# Instructions per call of zego_code_message and of zego_product_code_message (every
# product's codes, each in its product; RTC's codes with the product a constant at the call
# site) through the shared library, next to glibc's strerror,
# from callgrind (counts repeat exactly from run to run, unlike time here):
#   per loop iteration = (instructions for N calls - instructions for 0 calls) / N
#   in the function    = instructions callgrind attributes to the function / N
#   ratio              = a product loop's per iteration over AI Agent's loop of the same mix
#
# usage: benches/c/callgrind.sh LIBDIR [N]     (LIBDIR holds libzego_codes.so: `make ffi`)
set -euo pipefail
lib=$(realpath "$1")
n=${2:-1000000}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
command -v valgrind >/dev/null || "$root/tools/apt-install.sh" valgrind

gcc -std=c99 -O2 -Wall -Wextra -Werror -I"$root/include" "$root/benches/c/message_loop.c" \
    -L"$lib" -Wl,-rpath,"$lib" -lzego_codes -o "$out/message_loop"

run() { # N WHAT: leaves the profile in $out/cg.N
    valgrind --tool=callgrind --callgrind-out-file="$out/cg.$1" "$out/message_loop" "$1" "$2" >/dev/null 2>"$out/log"
}
total() { sed -n 's/^summary: //p' "$out/cg.$1"; }
in_function() { # N FUNCTION: inclusive instructions of FUNCTION (and what it calls) in the N-call run
    callgrind_annotate --inclusive=yes "$out/cg.$1" 2>/dev/null |
        awk -v f=":$2 " 'index($0, f) { gsub(",", "", $1); print $1; exit }'
}

declare -A per_iteration
printf 'case\tper loop iteration\tin the function\tratio to AI Agent\n'
for what in zego-known zego-unknown zego-mixed product-known product-unknown product-mixed rtc-known rtc-unknown rtc-mixed strerror; do
    run 0 "$what"
    run "$n" "$what"
    inside=- ratio=-
    mix=${what#*-}
    case $what in
        zego-*) fn=zego_code_message label=$fn ;;
        product-*) fn=zego_product_code_message label=$fn ;;
        rtc-*) fn=zego_product_code_message label="$fn(ZEGO_PRODUCT_RTC, ...)" ;;
        *) fn='' label="strerror (glibc)" ;;
    esac
    case $mix in
        known) words="known codes" ;;
        unknown) words="unknown codes" ;;
        mixed) words="one unknown in four" ;;
    esac
    if [ -n "$fn" ]; then
        inside=$(awk -v i="$(in_function "$n" "$fn")" -v n="$n" 'BEGIN { printf "%.2f", i / n }')
        label="$label, $words"
    fi
    iteration=$(awk -v b="$(total 0)" -v f="$(total "$n")" -v n="$n" 'BEGIN { printf "%.2f", (f - b) / n }')
    per_iteration[$what]=$iteration
    if [ "$fn" = zego_product_code_message ]; then
        ratio=$(awk -v p="$iteration" -v z="${per_iteration[zego-$mix]}" 'BEGIN { printf "%.2fx", p / z }')
    fi
    printf '%s\t%s\t%s\t%s\n' "$label" "$iteration" "$inside" "$ratio"
done
