#!/usr/bin/env bash
# The catalog-update drill with every language's suites: on a fresh clone of this repository,
# ZEGO withdraws a code (its row deleted from the current Chinese return-codes page, the page
# re-dated), then a second one, then lists the first again. After each `cargo xtask import`
# the clone runs `make $DRILL_TARGETS` (default: test, every suite) with no test file changed.
# xtask/tests/drill.rs rehearses the same updates inside `make test` with the Rust suites;
# this runs C, C++, Python, Java and the release tests on them too, which takes a while.
#
#   bash tests/catalog-drill.sh [CLONE_DIR]     (`make drill`)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
clone=${1:-$root/target/catalog-drill}
targets=${DRILL_TARGETS:-test}

rm -rf "$clone"
git clone -q "$root" "$clone"
cd "$clone"

# A field (file or revision) of AI Agent's current Chinese return-codes page, from data/pages.toml.
current() {
    awk -v want="$1" '/^\[\[page\]\]/ { f = ""; r = ""; k = ""; l = ""; p = "" }
         /^file = / { f = $3 } /^revision = / { r = $3 }
         /^product = "aiagent"/ { p = 1 } /^kind = "return"/ { k = 1 } /^lang = "zh"/ { l = 1 }
         /^current = true/ && p && k && l { v = (want == "file" ? f : r); gsub(/"/, "", v); print v; exit }' \
        data/pages.toml
}

# A row of that page in its middle (not the first rows, which the other drills reword).
middle_code() {
    grep -E '^\| *[0-9]{9} *\|' "$1" | awk -F'|' 'NR > 3 { gsub(/ /, "", $2); print $2 }' \
        | sed -n "$2p"
}

step=0
run_step() { # $1: what, $2: page text file
    step=$((step + 1))
    local date
    # A day after the current page's, or today for a revision that is not a date.
    date=$(date -u -d "$(current revision) + 1 day" +%F 2>/dev/null || date -u +%F)
    sed -i "s/^date: .*/date: \"$date\"/" "$2"
    echo "== drill step $step ($1), page of $date"
    cargo xtask import "$2"
    # Test files of every language: tests/, ffi/tests/, java/src/test/, *_test.go, node/test/.
    git status --short -- '*test*' | grep . && { echo "the drill changed a test" >&2; exit 1; }
    # shellcheck disable=SC2086 # a list of make targets, split into words
    make $targets
    git add -A && git -c user.name=drill -c user.email=drill@localhost commit -q -m "drill step $step: $1"
    echo "== drill step $step ($1): make $targets passed"
}

page=$(current file)
[ -n "$page" ] || { echo "no current Chinese return-codes page in data/pages.toml" >&2; exit 1; }
incoming=$(mktemp -d)
trap 'rm -rf "$incoming"' EXIT
first=$(middle_code "$page" 5)
second=$(middle_code "$page" 9)
original=$(grep -E "^\| *$first *\|" "$page")

grep -vE "^\| *$first *\|" "$page" > "$incoming/step1.mdx"
run_step "withdraw $first" "$incoming/step1.mdx"

grep -vE "^\| *$second *\|" "$(current file)" > "$incoming/step2.mdx"
run_step "withdraw $second" "$incoming/step2.mdx"

# The first code's row back, after the last row of the table.
awk -v row="$original" 'FNR == NR { if ($0 ~ /^\| *[0-9]+ *\|/) last = FNR; next }
     { print } FNR == last { print row }' "$(current file)" "$(current file)" > "$incoming/step3.mdx"
run_step "list $first again" "$incoming/step3.mdx"
echo "catalog drill: three updates, make $targets passed after each"
