#!/usr/bin/env bash
# A venv of a foreign root's CPython 3.9 (tests/cross/debian11-root.sh) without running pip
# there: pyvenv.cfg names the root's python as home, bin/python is the root's qemu launcher,
# and each wheel is unpacked into its site-packages, as pip would install a pure or abi3 wheel.
# usage: tests/cross/venv.sh ROOTFS VENV WHEEL...
set -euo pipefail
rootfs=$1 venv=$2; shift 2
site=$venv/lib/python3.9/site-packages
rm -rf "$venv" && mkdir -p "$venv/bin" "$site"
printf 'home = %s\ninclude-system-site-packages = false\nversion = 3.9\n' "$rootfs/usr/bin" > "$venv/pyvenv.cfg"
cp "$rootfs/usr/bin/python3.9-qemu" "$venv/bin/python"
for wheel in "$@"; do python3 -m zipfile -e "$wheel" "$site"; done
