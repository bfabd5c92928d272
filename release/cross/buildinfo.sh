#!/usr/bin/env bash
# What built a release archive, for its BUILDINFO file: the target, the Rust compiler and where
# its standard library came from, the linker, the source commit. Every archive of `make dist`
# carries one (release/cross/build.sh).
# usage: release/cross/buildinfo.sh TRIPLE RUSTC LINKER > BUILDINFO
#   RUSTC   /usr/bin/rustc (Debian's rustc-web) or rustup's rustc
#   LINKER  "zig:ZIG_TARGET" (zig's cc for that target, or for ZEGO_ZIG_TARGET where the
#           build set one, such as macOS's versioned aarch64-macos.11.0) or a C compiler driver (cc, mingw-w64's gcc)
set -euo pipefail
triple=$1 rustc=$2 linker=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
std="rustup's toolchain, its prebuilt standard library"
[ "$rustc" = /usr/bin/rustc ] && std="Debian rustc-web, standard library built from rust-web-src"
echo "target: $triple"
echo "rustc: $("$rustc" --version) ($std)"
case $linker in
    zig:*) echo "linker: zig $("${ZEGO_DIST_PYTHON:-python3}" -m ziglang version) cc -target ${ZEGO_ZIG_TARGET:-${linker#zig:}}" ;;
    *) echo "linker: $linker $("$linker" -dumpfullversion)" ;;
esac
# ZEGO_BUILD_SOURCE: the commit a copy of a checkout was made from (tests/repro/linux.sh).
echo "source: ${ZEGO_BUILD_SOURCE:-$(git -C "$root" rev-parse HEAD 2>/dev/null || echo unknown)}"
