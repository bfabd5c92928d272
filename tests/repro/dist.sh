#!/usr/bin/env bash
# `make repro`: the release files depend on the commit alone. HEAD is cloned into two
# folders of different path lengths under target/repro/, `make dist` runs in one and then in
# the other (so at different times, with each clone's own .venv, node_modules and cargo
# target folders), and the two SHA256SUMS are compared; tests/repro/compare.py names each
# differing file and, inside archives, each differing member. Uncommitted changes are not in
# the clones: commit first. A clone is kept as the next run's cache (fetched and cleaned,
# its build folders kept); REPRO_FRESH=1 starts both from new clones, REPRO_STAGGER=SECONDS
# builds both at once, the second that many seconds after the first.
# usage: tests/repro/dist.sh [MAKE_ARGS...]   (e.g. CROSS="aarch64-unknown-linux-gnu")
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=$root/target/repro
commit=$(git -C "$root" rev-parse HEAD)
[ -z "$(git -C "$root" status --porcelain --untracked-files=no)" ] ||
    echo "repro: the working tree has uncommitted changes; the clones build $commit without them" >&2
# Two names of different lengths: a path's length moves what follows it in any string or
# section that holds it, which a same-length folder would hide.
clones=("$base/a" "$base/a-second-folder-with-a-longer-path")
mkdir -p "$base"

clone() { # DIR: DIR at HEAD, with no file of an earlier run but its build caches
    local dir=$1
    if [ -n "${REPRO_FRESH:-}" ] || [ ! -d "$dir/.git" ]; then
        rm -rf "$dir"
        git clone -q --no-hardlinks "$root" "$dir"
    fi
    git -C "$dir" fetch -q "$root" "$commit"
    git -C "$dir" checkout -q --force --detach "$commit"
    git -C "$dir" clean -q -ffdx -e /target/ -e /.venv/ -e /node/node_modules/ -e /site/node_modules/
    rm -rf "$dir/dist" "$dir/build"
}

build() { # DIR MAKE_ARGS...: make dist in DIR, its output in DIR.log
    local dir=$1 log=$1.log start
    shift
    start=$(date +%s)
    echo "repro: make dist in $dir ($(date -u +%H:%M:%S), log $log)"
    # Not the outer make's variables or jobserver: each clone builds as a release does.
    if ! env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS nice -n 5 make -C "$dir" --no-print-directory dist "$@" > "$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "repro: make dist failed in $dir (log $log)" >&2
        return 1
    fi
    echo "repro: $dir: $(wc -l < "$dir/dist/SHA256SUMS") files in $(( $(date +%s) - start )) s"
}

for dir in "${clones[@]}"; do clone "$dir"; done
if [ -z "${REPRO_STAGGER:-}" ]; then
    for dir in "${clones[@]}"; do build "$dir" "$@"; done
else
    # REPRO_STAGGER=SECONDS: both builds at once, the second that much later, so that every
    # time either build reads still differs; on a machine other work keeps busy the two then
    # take about the time of one.
    build "${clones[0]}" "$@" & first=$!
    sleep "$REPRO_STAGGER"
    status=0
    build "${clones[1]}" "$@" || status=1
    wait "$first" || status=1
    [ "$status" = 0 ] || exit 1
fi

a=${clones[0]}/dist b=${clones[1]}/dist
if cmp -s "$a/SHA256SUMS" "$b/SHA256SUMS"; then
    echo "repro: the two SHA256SUMS agree ($(wc -l < "$a/SHA256SUMS") files, commit $commit)"
else
    echo "repro: the two SHA256SUMS differ:"
    diff "$a/SHA256SUMS" "$b/SHA256SUMS" || true
fi
python3 "$root/tests/repro/compare.py" "$a" "$b"
