#!/usr/bin/env bash
# The release artifacts where many users run: Debian 11 "bullseye" (glibc 2.31, CPython 3.9,
# pip 20.3, gcc 10, cmake 3.18), a root made with debootstrap, cached under target/debian11
# (made again only when its suite or package list changes), entered with chroot in a network
# namespace of its own, so it has no network: the Python test tools come from this machine
# (pip download, pinned in requirements-py39.txt). Each run copies the artifacts and tests into
# a new scratch folder of the root; /proc is the only mount, and it is always unmounted.
# Inside (in-debian11.sh): the wheel in a new venv and the Python suite; the C SDK unpacked at
# a folder of its own and used from C and C++ through pkg-config and CMake, shared and static;
# the command, whose output must equal the same commands' output on this machine.
# usage: tests/dist/debian11.sh DIST VERSION PYTHON   (as root, or through sudo: debootstrap, chroot)
#        tests/dist/debian11.sh --root                 only make the root (tests/cross/roots.sh all)
set -euo pipefail
if [ "${1:-}" = --root ]; then dist='' version='' python=''; else dist=$(realpath "$1") version=$2 python=$3; fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=$root/target/debian11
rootfs=$cache/root
suite=bullseye
mirror=${DEBIAN11_MIRROR:-http://deb.debian.org/debian}
packages=python3,python3-venv,gcc,g++,libc6-dev,pkg-config,cmake,make
want="$suite $packages"
triple=x86_64-linux-gnu
# shellcheck source=release/floors.env
. "$root/release/floors.env"

if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "debian11: debootstrap and chroot need root (or sudo)" >&2; exit 1; }
    exec sudo "$0" "$@"
fi

# Mounts below the root, deepest first: a run that was killed may have left /proc mounted.
mounts_below() { awk -v r="$1/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r; }
unmount_below() {
    local m
    for m in $(mounts_below "$1"); do umount "$m" || umount -l "$m"; done
    [ -z "$(mounts_below "$1")" ]
}

if [ "$(cat "$cache/stamp" 2>/dev/null)" != "$want" ]; then
    command -v debootstrap >/dev/null || "$root/tools/apt-install.sh" debootstrap
    mkdir -p "$cache"
    for old in "$rootfs" "$rootfs.new"; do
        [ -e "$old" ] || continue
        unmount_below "$old" || { echo "debian11: cannot unmount below $old" >&2; exit 1; }
        rm -rf "$old"
    done
    rm -f "$cache/stamp"
    echo "debian11: debootstrap $suite into $rootfs (once; cached)"
    start=$SECONDS
    debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs.new" "$mirror" \
        > "$cache/debootstrap.log" 2>&1 || { tail -n 30 "$cache/debootstrap.log" >&2; exit 1; }
    mv "$rootfs.new" "$rootfs"
    echo "$want" > "$cache/stamp"
    echo "debian11: root made in $((SECONDS - start)) s"
fi
[ -c "$rootfs/dev/null" ] || { echo "debian11: $rootfs/dev/null is missing" >&2; exit 1; }
[ "${1:-}" != --root ] || exit 0

# The test tools for CPython 3.9, the same as the foreign roots' (downloaded once).
wheels=$("$root/tests/cross/roots.sh" py39-wheels "$python")

scratch=$(mktemp -d "$rootfs/tmp/zego-dist.XXXXXX")
inside=${scratch#"$rootfs"}
cleanup() {
    local status=$?
    if unmount_below "$rootfs"; then rm -rf "$scratch"; else
        echo "debian11: could not unmount below $rootfs; left $scratch" >&2
        status=1
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$scratch/dist" "$scratch/python" "$scratch/tests" "$scratch/tmp"
cp "$dist/zego_codes-$version-$PY_ABI-abi3-${MANYLINUX}_x86_64.manylinux_${GLIBC_FLOOR//./_}_x86_64.whl" \
   "$dist/libzego_codes-$version-$triple.tar.gz" "$dist/zego-codes-$version-$triple.tar.gz" "$scratch/dist/"
cp -r "$wheels" "$scratch/py39"
# The Python suite and what it reads (ZEGO_CODES_ROOT, and the products oracle), where the
# repository has them.
cp -r "$root/python/tests" "$scratch/python/tests"
cp "$root/python/README.md" "$scratch/python/README.md"
cp -r "$root/data" "$scratch/data"
cp -r "$root/tests/golden" "$scratch/tests/golden"
cp "$root/tests/error-classes.tsv" "$scratch/tests/"
cp "${ZEGOCODES_PRODUCTS:?set ZEGOCODES_PRODUCTS to the products oracle}" "$scratch/products.json"
cp -r "$root/ffi/tests/consumer" "$scratch/consumer"
cp "$here/in-debian11.sh" "$here/sdk.sh" "$here/cli-cases.sh" "$scratch/"

# What the command prints here, to compare with what it prints there.
mkdir -p "$scratch/host-cli"
tar xzf "$dist/zego-codes-$version-$triple.tar.gz" -C "$scratch/host-cli" --strip-components=1
"$here/cli-cases.sh" "$scratch/host-cli/zego-codes" "$scratch/cli-expected"

mount -t proc proc "$rootfs/proc"
# A network namespace of its own (loopback only): nothing inside can reach a package index.
chroot=(chroot)
if unshare --net true 2>/dev/null; then chroot=(unshare --net chroot); else
    echo "debian11: unshare --net is not permitted here; the chroot shares this machine's network"
fi
"${chroot[@]}" "$rootfs" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin \
    HOME=/root LANG=C.UTF-8 TMPDIR="$inside/tmp" /bin/bash "$inside/in-debian11.sh" "$inside"
