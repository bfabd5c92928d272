#!/usr/bin/env bash
# Instructions per call of zego_code_message through the shared library, next to glibc's
# strerror, from callgrind (counts repeat exactly from run to run, unlike time here):
#   per loop iteration = (instructions for N calls - instructions for 0 calls) / N
#   in the function    = instructions callgrind attributes to zego_code_message / N
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
in_function() { # self instructions of zego_code_message in the N-call run
    callgrind_annotate "$out/cg.$1" 2>/dev/null | awk '/:zego_code_message /{ gsub(",", "", $1); print $1; exit }'
}

printf 'case\tper loop iteration\tin the function\n'
for what in zego-known zego-unknown zego-mixed strerror; do
    run 0 "$what"
    run "$n" "$what"
    inside=-
    if [ "$what" != strerror ]; then inside=$(awk -v i="$(in_function "$n")" -v n="$n" 'BEGIN { printf "%.2f", i / n }'); fi
    case $what in
        zego-known) label="zego_code_message, known codes" ;;
        zego-unknown) label="zego_code_message, unknown codes" ;;
        zego-mixed) label="zego_code_message, one unknown in four" ;;
        *) label="strerror (glibc)" ;;
    esac
    awk -v l="$label" -v b="$(total 0)" -v f="$(total "$n")" -v n="$n" -v i="$inside" \
        'BEGIN { printf "%s\t%.2f\t%s\n", l, (f - b) / n, i }'
done
