#!/usr/bin/env bash
# After zig links a shared object for musl (release/cross/zig-cc): names musl's C library as
# musl systems install it, libc.musl-ARCH.so.1 (Alpine; what musllinux wheels need), instead
# of "libc.so", the name of zig's stub, which only a musl-dev package installs.
# usage: release/cross/musl-needed.sh ZIG_TARGET LINKER_ARGS...   (does nothing unless -shared)
set -euo pipefail
# shellcheck source=release/floors.env
. "$(dirname "$0")/../floors.env"
arch=${1%%-*}; shift
out='' shared=''
while [ $# -gt 0 ]; do
    case $1 in
        -shared) shared=1 ;;
        -o) out=$2; shift ;;
    esac
    shift
done
[ -n "$shared" ] && [ -n "$out" ] || exit 0
if llvm-readelf-$LLVM_VERSION -d "$out" | grep -q '(NEEDED).*\[libc\.so\]'; then
    patchelf --replace-needed libc.so "libc.musl-$arch.so.1" "$out"
fi
