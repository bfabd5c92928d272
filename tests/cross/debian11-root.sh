#!/usr/bin/env bash
# A Debian 11 "bullseye" root of a foreign architecture (arm64, armhf), for running that
# architecture's artifacts through qemu-user (`qemu-aarch64 -L ROOT`): glibc 2.31 and
# CPython 3.9, as on the x86_64 root of tests/dist/debian11.sh. Without binfmt_misc nothing
# can run the root's programs, so debootstrap only downloads (--foreign) and every package is
# unpacked with dpkg-deb -x; no maintainer script runs. Made once, cached under
# target/roots/debian11-ARCH, made again when the suite or the package list changes.
# Beside python3.9 it writes usr/bin/python3.9-qemu, a python that runs itself through qemu:
# sys.executable names it, so the suite's subprocesses of sys.executable run too; copied into
# a venv (tests/cross/venv.sh) it runs that venv.
# usage: tests/cross/debian11-root.sh QEMU     prints the root's path (QEMU: qemu-aarch64 or
#        qemu-arm, a runner of release/cross/targets.tsv; the root is of its Debian architecture)
set -euo pipefail
qemu=$1
case $qemu in
    qemu-aarch64) arch=arm64 ;;
    qemu-arm) arch=armhf ;;
    *) echo "debian11-root: no Debian 11 architecture for runner $qemu" >&2; exit 1 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rootfs=$root/target/roots/debian11-$arch
suite=bullseye
mirror=${DEBIAN11_MIRROR:-http://deb.debian.org/debian}
packages=python3.9,python3-minimal,libpython3.9-stdlib
want="$suite $arch $packages"

if [ "$(cat "$rootfs/.stamp" 2>/dev/null)" != "$want" ]; then
    missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v "$qemu" >/dev/null || missing+=(qemu-user)
    [ ${#missing[@]} -eq 0 ] || "$root/tools/apt-install.sh" "${missing[@]}" >&2
    rm -rf "$rootfs" "$rootfs.new"
    mkdir -p "$(dirname "$rootfs")"
    echo "debian11-$arch: debootstrap --foreign $suite into $rootfs (once; cached)" >&2
    start=$SECONDS
    debootstrap --arch="$arch" --foreign --variant=minbase --include="$packages" \
        "$suite" "$rootfs.new" "$mirror" > "$rootfs.log" 2>&1 || { tail -n 30 "$rootfs.log" >&2; exit 1; }
    for deb in "$rootfs.new"/var/cache/apt/archives/*.deb; do dpkg-deb -x "$deb" "$rootfs.new"; done
    rm -f "$rootfs.new"/var/cache/apt/archives/*.deb
    mv "$rootfs.new" "$rootfs"
    echo "$want" > "$rootfs/.stamp"
    echo "debian11-$arch: root made in $((SECONDS - start)) s" >&2
fi
# The root's own path is written in, so the launcher is written on every call: a root cached
# in another checkout's target/ and copied here still runs.
# Written whole, then renamed: tests of two targets may call this at once.
launcher=$rootfs/usr/bin/python3.9-qemu
cat > "$launcher.$$" <<SH
#!/bin/sh
# CPython 3.9 of $rootfs through $qemu. argv[0] is this file (or a copy of it in a venv,
# whose pyvenv.cfg names this root's usr/bin as home), so sys.executable is too.
exec $(command -v "$qemu") -L $rootfs -0 "\$0" $rootfs/usr/bin/python3.9 "\$@"
SH
chmod +x "$launcher.$$"
mv -f "$launcher.$$" "$launcher"
echo "$rootfs"
