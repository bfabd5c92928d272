#!/usr/bin/env bash
# Prints the size figures of the library and holds them to their goals: the stripped .so at
# most 64 KB, and linking the static library into a C program with --gc-sections adding at
# most 32 KB for a lookup (the difference of stripped programs with and without the call).
# A program calling every function of both families pulls in both tables; that figure is
# printed, with gcc's default (PIE) and with packed relocations, whose 24 bytes per pointer
# of the tables make most of the difference.
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
# cost EXTRA_FLAGS...: bytes that one.c and with.c add over without.c
cost() {
    local prog
    for prog in without one with; do
        gcc "${flags[@]}" "$@" "$here/size/$prog.c" "${link[@]}" -o "$out/$prog"
        strip "$out/$prog"
    done
    "$out/with" >/dev/null
    echo $(( $(size_of "$out/one") - $(size_of "$out/without") )) \
         $(( $(size_of "$out/with") - $(size_of "$out/without") ))
}
read -r one all < <(cost)

echo "size: stripped libzego_codes.so: $so bytes (goal <= 65536)"
echo "size: libzego_codes.a linked with --gc-sections adds $one bytes for a lookup (goal <= 32768), $all bytes for every function of both families"
if echo 'int main(void){return 0;}' | gcc -x c - -Wl,-z,pack-relative-relocs -o "$out/relr" 2>/dev/null; then
    read -r one_relr all_relr < <(cost -Wl,-z,pack-relative-relocs)
    echo "size: with -Wl,-z,pack-relative-relocs: $one_relr bytes for a lookup, $all_relr bytes for every function"
fi
[ "$so" -le 65536 ] || { echo "size: the stripped .so exceeds 64 KB" >&2; exit 1; }
[ "$one" -le 32768 ] || { echo "size: a lookup links in more than 32 KB" >&2; exit 1; }
