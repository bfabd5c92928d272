#!/usr/bin/env bash
# `make test-repro`: the x86_64 Linux files that are compiled (the C SDK, the command's
# tarball, the wheel: the host's row of release/cross/targets.tsv), as this checkout built them
# into dist/, against the same files built again in a copy of the working tree whose folder has
# another path length, compared byte for byte (tests/repro/compare.py): a path of the build
# that reaches a file fails here and not only in `make repro`. The copy (tracked and new
# files, with their times, so cargo rebuilds only what changed) keeps its own cargo target
# folder under target/repro-check/ between runs: a shared one would give both builds the same
# paths (OUT_DIR, deps/) and hide exactly what this looks for. The pinned tools' .venv is the
# checkout's, shared (make repro builds with a .venv per clone).
# usage: tests/repro/linux.sh VENV SOURCE_DATE_EPOCH DIST TRIPLE
set -euo pipefail
venv=$1 epoch=$2 dist=$3 triple=$4
root=$(cd "$(dirname "$0")/../.." && pwd)
base=$root/target/repro-check
copy=$base/a-second-folder-with-a-longer-path
here=$base/checkout
mkdir -p "$copy"
find "$copy" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
    tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -C "$copy" -xf -
# The copy is no git checkout, and lies inside this one: git must not find it. BUILDINFO's
# source line is this checkout's commit in both builds (release/cross/steps.sh buildinfo).
source=$(git -C "$root" rev-parse HEAD)
log=$copy.log
if ! ZEGO_BUILD_SOURCE=$source GIT_CEILING_DIRECTORIES=$base env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS \
        make -C "$copy" --no-print-directory PY_VENV="$venv" SOURCE_DATE_EPOCH="$epoch" "cross-build-$triple" > "$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "test-repro: the build in $copy failed (log $log)" >&2
    exit 1
fi
# This checkout's files of the row, beside the copy's.
rm -rf "$here" && mkdir -p "$here"
for f in $(cd "$copy/dist" && ls); do cp "$dist/$f" "$here/"; done
python3 "$root/tests/repro/compare.py" "$here" "$copy/dist"
