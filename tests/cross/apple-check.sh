#!/usr/bin/env bash
# Checks, without running them (no Mac takes part in the tests), the macOS release files of one
# architecture (a macOS row of release/cross/targets.tsv) as dyld and the kernel would read them:
#   - the universal dylib, static library and command hold exactly the architectures of
#     every macOS row; the wheel's module is this row's architecture alone;
#   - in the part of each for this architecture: the platform and minimum OS of its load
#     commands (LC_BUILD_VERSION, or LC_VERSION_MIN_MACOSX below 10.14) are
#     release/mobile/apple.tsv's, as the wheel's tag says too;
#   - the libraries it loads: libSystem only; the module loads no Python library and leaves
#     the Python API it calls to dyld's lookup in the process that imports it;
#   - the dylib's install name is @rpath/libzego_codes.dylib; the module exports PyInit__native;
#   - every arm64 file is signed, every page matching its hash (macho-signature.py).
# tests/cross/test.sh runs this for macOS rows (through tests/cross/check.sh) and checks the
# exports and sizes of this architecture's parts (apple-thin.sh).
# usage: tests/cross/apple-check.sh TRIPLE DIST VERSION
set -euo pipefail
triple=$1 dist=$(realpath "$2") version=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=release/cross/row.sh
. "$root/release/cross/row.sh" "$triple"
out=$root/target/cross-test/$triple/check
rm -rf "$out" && mkdir -p "$out"
fail() { echo "check $triple: $*" >&2; exit 1; }
say() { echo "check $triple: $*"; }
table=$root/release/mobile/apple.tsv
read -r arch platform minos < <(awk -v t="$triple" '!/^#/ && $1 == t { print $5, $6, $7 }' "$table")
# shellcheck disable=SC2013 # triples: one word a line
all_archs=$(for t in $("$root/release/cross/table.sh" name="$cross_name" triple); do
    awk -v t="$t" '!/^#/ && $1 == t { print $5 }' "$table"; done | sort | tr '\n' ' ')
sdk=$out/libzego_codes-$version-$cross_name cli=$out/zego-codes-$version-$cross_name
tar xzf "$dist/libzego_codes-$version-$cross_name.tar.gz" -C "$out"
tar xzf "$dist/zego-codes-$version-$cross_name.tar.gz" -C "$out"

# The wheel: its tag names this architecture and minimum OS.
wheel=$dist/zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl
python3 -m zipfile -e "$wheel" "$out/wheel"
module=$(find "$out/wheel/zego_codes" -name '_native*' ! -name '*.pyi')
tags=$(sed -n 's/^Tag: //p' "$out/wheel/zego_codes-$version.dist-info/WHEEL" | tr '\n' ' ')
[ "$tags" = "$PY_ABI-abi3-macosx_${minos//./_}_$arch " ] ||
    fail "the wheel's WHEEL file tags it $tags, not for macOS $minos on $arch"

# Each universal file's architectures, and this architecture's part of it.
thin=()
for f in "$sdk/lib/libzego_codes.dylib" "$sdk/lib/libzego_codes.a" "$cli/zego-codes"; do
    got=$(llvm-objdump-$LLVM_VERSION --macho --universal-headers "$f" | awk '$1 == "architecture" { print $2 }' | sort | tr '\n' ' ')
    [ "$got" = "$all_archs" ] || fail "$(basename "$f") holds the architectures $got, not $all_archs"
    thin+=("$("$here/apple-thin.sh" "$triple" "$f" "$out")")
done
say "libzego_codes.dylib, libzego_codes.a and zego-codes are universal: $all_archs"
thin+=("$module")

# What each part says of itself.
commands() { llvm-objdump-$LLVM_VERSION --macho --private-headers "$1"; }
for f in "${thin[@]}"; do
    name=$(basename "$f")
    # One line per object (one for a linked file): its CPU, platform and minimum OS.
    versions=$(commands "$f" | awk '
        /:$/ && !/^ / { if (n++) print cpu, p, v; cpu = "none"; p = "none"; v = "none" }
        $1 == "MH_MAGIC_64" { cpu = tolower($2) }
        $1 == "cmd" { cmd = $2 }
        cmd == "LC_BUILD_VERSION" && $1 == "platform" { p = $2 }
        cmd == "LC_BUILD_VERSION" && $1 == "minos" { v = $2 }
        cmd == "LC_VERSION_MIN_MACOSX" && $1 == "version" { p = "macos"; v = $2 }
        END { if (n) print cpu, p, v }')
    [ -n "$versions" ] || fail "$name: no Mach-O object found"
    bad=$(awk -v a="$arch" -v p="$platform" -v v="$minos" '$1 != a || $2 != p || $3 != v' <<<"$versions")
    [ -z "$bad" ] || fail "$name: not $arch for $platform $minos (CPU, platform, minimum OS):
$bad"
    [[ $name == *.a ]] && { say "$name $arch: $(wc -l <<<"$versions") objects for $platform $minos"; continue; }
    dylibs=$(commands "$f" | awk '$1 == "cmd" { cmd = $2 } cmd ~ /^LC_(LOAD|LOAD_WEAK|REEXPORT)_DYLIB$/ && $1 == "name" { print $2 }')
    [ "$dylibs" = /usr/lib/libSystem.B.dylib ] || fail "$name loads more or other than libSystem: $dylibs"
    facts="$platform $minos, loads only libSystem"
    case $name in
        *.dylib)
            id=$(commands "$f" | awk '$1 == "cmd" { cmd = $2 } cmd == "LC_ID_DYLIB" && $1 == "name" { print $2 }')
            [ "$id" = @rpath/libzego_codes.dylib ] || fail "$name's install name is $id, not @rpath/libzego_codes.dylib"
            facts+=", install name $id" ;;
        _native*)
            grep -qx _PyInit__native <<<"$(llvm-nm-$LLVM_VERSION -g --defined-only --format=just-symbols "$f")" ||
                fail "$name does not export PyInit__native"
            # The Python API is bound by dyld's flat lookup, in whatever image defines it.
            flat=$(llvm-objdump-$LLVM_VERSION --macho --bind --lazy-bind "$f" | awk '$NF ~ /^_Py/ && $(NF-1) == "flat-namespace"' | wc -l)
            [ "$flat" -gt 0 ] || fail "$name binds no Python function by dynamic lookup"
            facts+=", exports PyInit__native, binds $flat Python functions by dynamic lookup" ;;
    esac
    if [ "$arch" = arm64 ]; then
        facts+=", $(python3 "$here/macho-signature.py" "$f")"
    fi
    say "$name $arch: $facts"
done
say "the macOS files are checked, not run"
