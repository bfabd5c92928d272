#!/usr/bin/env bash
# Runs a 32-bit Windows program under the wine32 of tests/cross/wine32-root.sh: chrooted
# into that root, in a mount namespace of its own (so its mounts vanish with it), where
# /proc is mounted and DIR, the folder holding the program and its files, appears at its own
# path. Paths given to the program are Windows paths of the same files (Z: is /). The wine
# prefix lives inside the root, made on the first run. Needs root (or sudo).
# usage: tests/cross/wine32-run.sh ROOTFS DIR PROGRAM [ARGS...]
set -euo pipefail
[ "$(id -u)" = 0 ] || exec sudo -n "$0" "$@"
rootfs=$1 dir=$2; shift 2
mkdir -p "$rootfs$dir"
# shellcheck disable=SC2016 # the inner shell expands its own arguments
exec unshare -m sh -c 'mount -t proc proc "$1/proc" && mount --bind "$2" "$1$2" && shift 2 && exec chroot "$0" "$@"' \
    "$rootfs" "$rootfs" "$dir" env -i PATH=/usr/bin:/bin HOME=/root LANG="${LANG:-C.UTF-8}" \
    WINEPREFIX=/var/lib/wine32-prefix WINEDEBUG=-all WINESERVER=/usr/lib/wine/wineserver32 \
    /usr/lib/wine/wine "$@"
