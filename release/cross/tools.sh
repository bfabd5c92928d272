#!/usr/bin/env bash
# Installs, through apt-get, the cross toolchain `make dist` and `make test` use where this
# machine lacks it: Debian's rustc-web with rust-web-src (a rustc whose standard library
# builds for any target), qemu-user and debootstrap (foreign roots and programs), mingw-w64
# (Windows DLLs and import libraries), wine, llvm (strip, nm, objdump, lipo for every
# object format), lld (the macOS dylib, release/cross/apple-lld), zip, unzip and patchelf
# (release/cross/musl-needed.sh). zig comes from PyPI (python/requirements-dist.txt).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=release/floors.env
. "$here/../floors.env"
missing=()
need() { # COMMAND_OR_PATH PACKAGE...
    local what=$1; shift
    case $what in
        /*) [ -e "$what" ] || missing+=("$@") ;;
        *) command -v "$what" >/dev/null || missing+=("$@") ;;
    esac
}
need /usr/bin/rustc rustc-web
need /usr/lib/rustlib/src/rust/library/core rust-web-src
need qemu-aarch64 qemu-user
need debootstrap debootstrap
need x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64
need i686-w64-mingw32-gcc gcc-mingw-w64-i686
need wine wine wine64
need "llvm-strip-$LLVM_VERSION" "llvm-$LLVM_VERSION"
need "ld64.lld-$LLVM_VERSION" "lld-$LLVM_VERSION"
need zip zip
need unzip unzip
need file file
need patchelf patchelf
if [ ${#missing[@]} -gt 0 ]; then
    echo "cross: installing ${missing[*]}"
    "$here/../../tools/apt-install.sh" "${missing[@]}"
fi
