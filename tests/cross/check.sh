#!/usr/bin/env bash
# Checks, without running them, what the release files of one cross target are, as its row of
# release/cross/targets.tsv says: each binary's object format (the format column); by the libc
# column, for glibc no symbol newer than release/floors.env's GLIBC_FLOOR, for musl a command with no dynamic loader
# at all, a shared library and a wheel module needing only musl's libc, for mingw what
# tests/cross/windows-check.sh checks, for darwin what tests/cross/apple-check.sh checks; the
# wheel's tag and its module's PyInit__native.
# usage: tests/cross/check.sh TRIPLE DIST VERSION
set -euo pipefail
triple=$1 dist=$(realpath "$2") version=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=release/cross/row.sh
. "$root/release/cross/row.sh" "$triple"
# macOS: Mach-O and universal files, checked by their own script.
[ "$cross_libc" != darwin ] || exec "$here/apple-check.sh" "$@"
out=$root/target/cross-test/$triple/check
rm -rf "$out" && mkdir -p "$out"
fail() { echo "check $triple: $*" >&2; exit 1; }
say() { echo "check $triple: $*"; }
is_format() {
    local got
    got=$(llvm-objdump-$LLVM_VERSION -f "$1" | sed -n 's/.*file format //p' | tr ' ' -)
    [ "$got" = "$cross_format" ] || fail "$(basename "$1") is $got, not $cross_format"
}
unpack() { # ARCHIVE (tar.gz or zip) into $out
    case $cross_archive in zip) (cd "$out" && unzip -q "$1") ;; *) tar xzf "$1" -C "$out" ;; esac
}
unpack "$dist/libzego_codes-$version-$cross_name.$cross_archive"
files=()
while IFS= read -r f; do files+=("$f"); done < <(find "$out" -type f \( -name '*.so.*' -o -name '*.dll' -o -name '*.a' \) | sort)
if [ "$cross_exe" != - ]; then
    unpack "$dist/zego-codes-$version-$cross_name.$cross_archive"
    cli=$out/zego-codes-$version-$cross_name/$cross_exe
    files+=("$cli")
fi
if [ "$cross_wheel" != - ]; then
    wheel=$dist/zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl
    python3 -m zipfile -e "$wheel" "$out/wheel"
    module=$(find "$out/wheel/zego_codes" -name '_native*' ! -name '*.pyi')
    files+=("$module")
    tags=$(sed -n 's/^Tag: //p' "$out/wheel/zego_codes-$version.dist-info/WHEEL" | sort | tr '\n' ' ')
    want=$(tr . '\n' <<<"$cross_wheel_tag" | sed "s/^/$PY_ABI-abi3-/" | sort | tr '\n' ' ')
    [ "$tags" = "$want" ] || fail "the wheel's WHEEL file tags it $tags, not $want"
    case $cross_lib in
        dll) exports=$(llvm-objdump-$LLVM_VERSION -p "$module" | awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print $3 }') ;;
        *) exports=$(llvm-nm-$LLVM_VERSION -D --defined-only --format=just-symbols "$module") ;;
    esac
    grep -qx 'PyInit__native' <<<"$exports" || fail "$(basename "$module") does not export PyInit__native"
    say "wheel tagged $tags, its module exports PyInit__native"
fi
for f in "${files[@]}"; do
    case $f in *.a) continue ;; esac
    is_format "$f"
done
say "$(printf '%s\n' "${files[@]##*/}" | grep -vc '\.a$') binaries are $cross_format"

needed() { llvm-readelf-$LLVM_VERSION -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
case $cross_libc in
    glibc)
        # shellcheck disable=SC2046 # one argument a file (paths under target/, no spaces)
        "$root/tests/dist/glibc-floor.sh" "$GLIBC_FLOOR" $(printf '%s\n' "${files[@]}" | grep -v '\.a$') ;;
    musl)
        if [ -n "${cli:-}" ]; then
            # shellcheck disable=SC2015 # fails when either test is false, as meant
            ! llvm-readelf-$LLVM_VERSION -l "$cli" | grep -q 'INTERP' && [ -z "$(needed "$cli")" ] ||
                fail "the musl command is not fully static: $(needed "$cli")"
            say "zego-codes is fully static (no interpreter, no shared library)"
        fi
        # The shared library and the wheel's module: at most musl's libc, by the name musl
        # systems give it (release/cross/musl-needed.sh names it from the linker's target).
        arch=${cross_linker#zig:}
        libc=libc.musl-${arch%%-*}.so.1
        for f in "${files[@]}"; do
            case $f in *.a|"${cli:-}") continue ;; esac
            libs=$(needed "$f")
            bad=$(grep -vxF "$libc" <<<"$libs" || true)
            [ -z "$bad" ] || fail "$(basename "$f") needs more than musl's libc ($libc): $bad"
            say "$(basename "$f") needs ${libs:-no shared library}"
        done ;;
    mingw*)
        pe=(); for f in "${files[@]}"; do [[ $f == *.a ]] || pe+=("$f"); done
        "$here/windows-check.sh" "$out/libzego_codes-$version-$cross_name" "${pe[@]}" ;;
    *) fail "no checks for libc $cross_libc" ;;
esac
