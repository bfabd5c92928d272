#!/usr/bin/env bash
# Checks, without running them, what the release files of one cross target are: each binary's
# architecture; for glibc, no symbol newer than GLIBC_2.17; for musl, a command with no dynamic
# loader at all, a shared library and a wheel module needing only musl's libc; for Windows, what
# tests/cross/windows-check.sh checks; the wheel's tag and its module's PyInit__native.
# usage: tests/cross/check.sh TRIPLE DIST VERSION
set -euo pipefail
triple=$1 dist=$(realpath "$2") version=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=release/cross/row.sh
. "$root/release/cross/row.sh" "$triple"
# macOS: Mach-O and universal files, checked by their own script.
[[ $triple != *-apple-darwin ]] || exec "$here/apple-check.sh" "$@"
out=$root/target/cross-test/$triple/check
rm -rf "$out" && mkdir -p "$out"
fail() { echo "check $triple: $*" >&2; exit 1; }
say() { echo "check $triple: $*"; }
case $triple in
    aarch64-*) arch='ARM aarch64' ;;
    armv7-*) arch='ARM, EABI5' ;;
    x86_64-pc-windows*) arch='PE32\+ executable.*x86-64' ;;
    i686-pc-windows*) arch='PE32 executable.*Intel 80386' ;;
    x86_64-*) arch='x86-64' ;;
esac
is_arch() { file -b "$1" | grep -Eq "$arch" || fail "$(basename "$1") is not $arch: $(file -b "$1")"; }
ext=tar.gz; [[ $triple == *windows* ]] && ext=zip
case $ext in
    zip) (cd "$out" && unzip -q "$dist/libzego_codes-$version-$cross_name.zip") ;;
    *) tar xzf "$dist/libzego_codes-$version-$cross_name.tar.gz" -C "$out" ;;
esac
files=()
while IFS= read -r f; do files+=("$f"); done < <(find "$out" -type f \( -name '*.so.*' -o -name '*.dll' -o -name '*.a' \) | sort)
if [ "$cross_cli" = yes ]; then
    case $ext in
        zip) (cd "$out" && unzip -q "$dist/zego-codes-$version-$cross_name.zip") ;;
        *) tar xzf "$dist/zego-codes-$version-$cross_name.tar.gz" -C "$out" ;;
    esac
    cli=$(find "$out/zego-codes-$version-$cross_name" -name 'zego-codes*' -type f)
    files+=("$cli")
fi
if [ "$cross_wheel" != - ]; then
    wheel=$dist/zego_codes-$version-cp39-abi3-$cross_wheel.whl
    python3 -m zipfile -e "$wheel" "$out/wheel"
    module=$(find "$out/wheel/zego_codes" -name '_native*' ! -name '*.pyi')
    files+=("$module")
    tags=$(sed -n 's/^Tag: //p' "$out/wheel/zego_codes-$version.dist-info/WHEEL" | sort | tr '\n' ' ')
    want=$(tr . '\n' <<<"$cross_wheel" | sed 's/^/cp39-abi3-/' | sort | tr '\n' ' ')
    [ "$tags" = "$want" ] || fail "the wheel's WHEEL file tags it $tags, not $want"
    case $module in
        *.pyd) exports=$(llvm-objdump-14 -p "$module" | awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print $3 }') ;;
        *) exports=$(llvm-nm-14 -D --defined-only --format=just-symbols "$module") ;;
    esac
    grep -qx 'PyInit__native' <<<"$exports" || fail "$(basename "$module") does not export PyInit__native"
    say "wheel tagged $tags, its module exports PyInit__native"
fi
for f in "${files[@]}"; do
    case $f in *.a) continue ;; esac
    is_arch "$f"
done
say "$(printf '%s\n' "${files[@]##*/}" | grep -vc '\.a$') binaries are $arch"

needed() { llvm-readelf-14 -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
case $triple in
    *linux-gnu*)
        # shellcheck disable=SC2046 # one argument a file (paths under target/, no spaces)
        "$root/tests/dist/glibc-floor.sh" 2.17 $(printf '%s\n' "${files[@]}" | grep -v '\.a$') ;;
    *linux-musl*)
        if [ -n "${cli:-}" ]; then
            # shellcheck disable=SC2015 # fails when either test is false, as meant
            ! llvm-readelf-14 -l "$cli" | grep -q 'INTERP' && [ -z "$(needed "$cli")" ] ||
                fail "the musl command is not fully static: $(needed "$cli")"
            say "zego-codes is fully static (no interpreter, no shared library)"
        fi
        # The shared library and the wheel's module: at most musl's libc, by the name musl systems give it.
        for f in "${files[@]}"; do
            case $f in *.a|"${cli:-}") continue ;; esac
            libs=$(needed "$f")
            bad=$(grep -vx "libc\.musl-${triple%%-*}\.so\.1" <<<"$libs" || true)
            [ -z "$bad" ] || fail "$(basename "$f") needs more than musl's libc (libc.musl-${triple%%-*}.so.1): $bad"
            say "$(basename "$f") needs ${libs:-no shared library}"
        done ;;
    *windows*)
        pe=(); for f in "${files[@]}"; do [[ $f == *.a ]] || pe+=("$f"); done
        "$here/windows-check.sh" "$out/libzego_codes-$version-$cross_name" "${pe[@]}" ;;
esac
