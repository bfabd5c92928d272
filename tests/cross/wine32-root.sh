#!/usr/bin/env bash
# A Debian 12 i386 root holding Debian's 32-bit wine (wine32), for running x86 Windows
# programs here: installing wine32 on the host itself needs i386 multiarch, which upgrades
# the host's own packages to match. Made once with debootstrap --foreign (every package
# unpacked with dpkg-deb -x, no maintainer script runs), cached under
# target/roots/debian12-i386-wine32, made again when the suite or the package list changes.
# tests/cross/wine32-run.sh runs a program in it.
# usage: tests/cross/wine32-root.sh     prints the root's path
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rootfs=$root/target/roots/debian12-i386-wine32
suite=bookworm
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages=wine32
want="$suite i386 $packages"

if [ "$(cat "$rootfs/.stamp" 2>/dev/null)" != "$want" ]; then
    command -v debootstrap >/dev/null || "$root/tools/apt-install.sh" debootstrap >&2
    rm -rf "$rootfs" "$rootfs.new"
    mkdir -p "$(dirname "$rootfs")"
    echo "wine32: debootstrap --foreign $suite i386 into $rootfs (once; cached)" >&2
    start=$SECONDS
    debootstrap --arch=i386 --foreign --variant=minbase --include="$packages" \
        "$suite" "$rootfs.new" "$mirror" > "$rootfs.log" 2>&1 || { tail -n 30 "$rootfs.log" >&2; exit 1; }
    for deb in "$rootfs.new"/var/cache/apt/archives/*.deb; do dpkg-deb -x "$deb" "$rootfs.new"; done
    rm -f "$rootfs.new"/var/cache/apt/archives/*.deb
    # What libwine's maintainer script does: zlib1.dll (from libz-mingw-w64), marked as a
    # wine builtin DLL, among wine's own; user32.dll needs it.
    in=$rootfs.new/usr/i686-w64-mingw32/lib/zlib1.dll
    { head -c 64 "$in"; printf 'Wine builtin DLL'; head -c 16 /dev/zero; tail -c +97 "$in"; } \
        > "$rootfs.new/usr/lib/i386-linux-gnu/wine/i386-windows/zlib1.dll"
    mv "$rootfs.new" "$rootfs"
    echo "$want" > "$rootfs/.stamp"
    echo "wine32: root made in $((SECONDS - start)) s" >&2
fi
echo "$rootfs"
