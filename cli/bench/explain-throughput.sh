#!/usr/bin/env bash
# explain's throughput beside `grep -c Code`, both reading the same synthetic log (one line in
# ten carries a code) from the page cache. Prints MB/s (MB = 10^6 bytes), best of RUNS runs.
#   bash cli/bench/explain-throughput.sh [MEGABYTES, default 512] [RUNS, default 5]
set -euo pipefail

mb=${1:-512}
runs=${2:-5}
cd "$(dirname "$0")/../.."
target=${CARGO_TARGET_DIR:-target}

cargo build --release --locked -q -p zego-codes-cli --bin zego-codes --example gen-log
bin=$target/release/zego-codes

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
log=$dir/test.log
"$target/release/examples/gen-log" "$mb" >"$log"
bytes=$(stat -c %s "$log")
cat "$log" >/dev/null

# best_seconds SNIPPET: the shortest wall time of $runs runs of a shell snippet.
best_seconds() {
    local best="" start end t
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        bash -c "$1"
        end=$(date +%s%N)
        t=$((end - start))
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    done
    echo "$best"
}

report() { # name nanoseconds
    awk -v n="$1" -v b="$bytes" -v t="$2" \
        'BEGIN { printf "%-44s %8.3f s  %8.1f MB/s\n", n, t / 1e9, b / 1e6 / (t / 1e9) }'
}

echo "log: $(nproc) cores, $bytes bytes, $(grep -c '' "$log") lines, $(grep -c 'ode' "$log") containing 'ode'; best of $runs runs"
# GNU grep stops at the first match when its output is /dev/null, so its count goes to a file.
report "grep -c Code FILE > count" "$(best_seconds "grep -c Code '$log' >'$dir/count' || true")"
report "zego-codes explain FILE > /dev/null" "$(best_seconds "'$bin' explain '$log' >/dev/null")"
report "zego-codes explain < FILE | cat > /dev/null" "$(best_seconds "'$bin' explain <'$log' | cat >/dev/null")"

if [ -x /usr/bin/time ]; then
    rss=$(/usr/bin/time -f %M "$bin" explain "$log" 2>&1 >/dev/null | tail -1)
    echo "zego-codes explain peak RSS: $rss KB"
fi
