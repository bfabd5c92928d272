#!/usr/bin/env bash
# shellcheck disable=SC2031 # release/cross/steps.sh's steps run in subshells: their variables are their own
# Builds the C library of one mobile target (a row of release/mobile/targets.tsv) with the
# cross toolchain (release/cross/steps.sh's cross-cargo: Debian's rustc-web, core built by -Zbuild-std) and
# prints cargo's output folder. cargo's target folder (target/cross/TRIPLE) is the cache.
#   Android: libzego_codes_ffi.so and .a. The library needs no C library (it calls nothing
#     of libc; its panic handler's abort is unreachable and dropped), so rustc's -lc is
#     dropped and zig links with -nostdlib: the .so needs nothing at all. (rustc's -march
#     for armv7 is dropped too: zig takes the CPU from its target and rejects the flag.) LOAD segments are
#     aligned to 16 KB, which Android 15 devices with 16 KB pages require of 64-bit code.
#   Apple: libzego_codes_ffi.a only, for the minimum OS of release/mobile/apple.tsv (its
#     deployment target, which rustc writes into each object's LC_BUILD_VERSION).
# usage: release/mobile/lib.sh TRIPLE
set -euo pipefail
triple=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# The target's environment and row (cross-cargo sets the same environment again for cargo).
# shellcheck source=release/cross/steps.sh
. "$root/release/cross/steps.sh"
target_env "$triple"
out=$CARGO_TARGET_DIR/$triple/ffi
log=$(dirname "$out")/mobile-lib.log
mkdir -p "$(dirname "$log")"
case $cross_libc in
    none)
        ZEGO_ZIG_DROP="-lc -march=armv7-a" cross_cargo "$triple" rustc -p zego-codes-ffi --profile ffi --locked \
            "${core_std[@]}" -- -C link-arg=-nostdlib -C link-arg=-Wl,-z,max-page-size=16384 \
            > "$log" 2>&1 || { cat "$log" >&2; exit 1; } ;;
    darwin)
        read -r platform minos < <(awk -v t="$triple" '$1 == t { print $3, $7 }' "$here/apple.tsv")
        [ -n "${minos:-}" ] || { echo "mobile: $triple is not in $here/apple.tsv" >&2; exit 1; }
        case $platform in
            macos) export MACOSX_DEPLOYMENT_TARGET=$minos ;;
            ios) export IPHONEOS_DEPLOYMENT_TARGET=$minos ;;
        esac
        # A row that ships a dylib (the cross table's macOS rows) builds as the cross release
        # does (release/cross/build.sh, with its linker and arguments), so that one cargo build
        # serves both; the others build the static library alone, and no linker runs.
        only_static=(--crate-type staticlib) print=()
        [ "$cross_lib" != dylib ] || only_static=() print=(-- --print native-static-libs)
        cross_cargo "$triple" rustc -p zego-codes-ffi --profile ffi --locked "${only_static[@]}" \
            "${core_std[@]}" "${print[@]}" > "$log" 2>&1 || { cat "$log" >&2; exit 1; } ;;
    *) echo "mobile: $triple's libc $cross_libc is neither Android's (none) nor Apple's" >&2; exit 1 ;;
esac
echo "$out"
