#!/usr/bin/env bash
# Prints the command prefix that runs a Linux program of a mobile row's instruction set here:
# nothing (native) or qemu-user with Debian's cross C library of that architecture as its
# root (libc6-ARCH-cross: /usr/TRIPLE holds the dynamic loader and glibc), installed
# through apt-get where missing. Programs so run test the code on the instruction set, with
# glibc, not with Android's C library.
# usage: tests/mobile/runner.sh RUNNER     (a runner of release/mobile/targets.tsv)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
case $1 in
    native) exit 0 ;;
    qemu-aarch64) gnu=aarch64-linux-gnu package=libc6-arm64-cross ;;
    # armel: Android's armeabi-v7a passes floats in integer registers (soft-float ABI), as
    # Debian's armel does; armhf's loader refuses such libraries.
    qemu-arm) gnu=arm-linux-gnueabi package=libc6-armel-cross ;;
    qemu-i386) gnu=i686-linux-gnu package=libc6-i386-cross ;;
    *) echo "runner: no runner for $1" >&2; exit 1 ;;
esac
missing=()
[ -d "/usr/$gnu/lib" ] || missing+=("$package")
command -v "$1" >/dev/null || missing+=(qemu-user)
[ ${#missing[@]} -eq 0 ] || "$root/tools/apt-install.sh" "${missing[@]}" >&2
echo "$(command -v "$1") -L /usr/$gnu"
