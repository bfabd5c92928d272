#!/usr/bin/env bash
# `make test-repro`: the x86_64 Linux files that are compiled (the C SDK, the command's
# tarball, the wheel) built in two folders of different path lengths and compared byte for
# byte (tests/repro/compare.py), so that a path of the build that reaches a file fails here
# and not only in `make repro`. Each folder holds a copy of the working tree (tracked and new
# files, with their times, so cargo rebuilds only what changed) and its own cargo target
# folder, kept under target/repro-check/ between runs: a shared one would give both builds
# the same paths (OUT_DIR, deps/) and hide exactly what this looks for. The pinned tools'
# .venv is the checkout's, shared (make repro builds with a .venv per clone).
# usage: tests/repro/linux.sh VENV SOURCE_DATE_EPOCH TARGET...   (make's targets that write them
#   into dist/: the host's row's build, cross-build-TRIPLE)
set -euo pipefail
venv=$1 epoch=$2; shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
base=$root/target/repro-check
copies=("$base/a" "$base/a-second-folder-with-a-longer-path")
for dir in "${copies[@]}"; do
    mkdir -p "$dir"
    find "$dir" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
    (cd "$root" && git ls-files -z --cached --others --exclude-standard |
        tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -C "$dir" -xf -
    log=$dir.log
    # The copies are no git checkout, and lie inside this one: git must not find it, whose
    # HEAD may move between the two builds (BUILDINFO's source line says "unknown" in both).
    if ! GIT_CEILING_DIRECTORIES=$base env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -C "$dir" --no-print-directory \
            PY_VENV="$venv" SOURCE_DATE_EPOCH="$epoch" "$@" > "$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "test-repro: the build in $dir failed (log $log)" >&2
        exit 1
    fi
done
python3 "$root/tests/repro/compare.py" "${copies[0]}/dist" "${copies[1]}/dist"
