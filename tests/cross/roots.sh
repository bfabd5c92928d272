#!/usr/bin/env bash
# Makes every root the given cross targets' files are tested in (their runners' roots:
# debian11-root.sh, wine32-root.sh), the x86_64 Debian 11 root of tests/dist/debian11.sh and
# the Python suite's tools for the roots' CPython 3.9 (py39-wheels.sh). Each is made once and
# cached under target/; an existing one costs nothing. Making them is mostly downloading, so
# `make test` runs this beside the cross builds (mk/cross.mk), and the tests, two targets at a
# time, find them made.
# usage: tests/cross/roots.sh TRIPLE...     (PYTHON: ZEGO_DIST_PYTHON, or python3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runner_of() { # TRIPLE: its row's runner
    # shellcheck source=release/cross/row.sh
    . "$root/release/cross/row.sh" "$1" && echo "$cross_runner"
}
runners=$(for triple in "$@"; do (runner_of "$triple"); done | sort -u)
for runner in $runners; do
    case $runner in
        qemu-*) "$here/debian11-root.sh" "$runner" > /dev/null ;;
        wine32) "$here/wine32-root.sh" > /dev/null ;;
    esac
done
"$root/tests/dist/debian11.sh" --root
"$here/py39-wheels.sh" "${ZEGO_DIST_PYTHON:-python3}" > /dev/null
