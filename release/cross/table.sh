#!/usr/bin/env bash
# Prints the named columns of release/cross/targets.tsv's rows (--mobile: of
# release/mobile/targets.tsv's), one row a line, in the table's order, keeping only the rows
# where each COLUMN=VALUE holds. Columns are found by the names of the table's header line,
# so no reader counts them; release/cross/row.sh reads one row the same way. @GLIBC@ and @LLVM@
# in a cell are release/floors.env's GLIBC_FLOOR and LLVM_VERSION.
# usage: release/cross/table.sh [--mobile] [COLUMN=VALUE...] COLUMN...
#   e.g. release/cross/table.sh dist=yes triple     every triple `make dist` builds
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
table=$here/targets.tsv
[ "${1:-}" != --mobile ] || { table=$here/../mobile/targets.tsv; shift; }
where=() want=()
# shellcheck source=release/floors.env
. "$here/../floors.env"
for a in "$@"; do case $a in *=*) where+=("$a") ;; *) want+=("$a") ;; esac; done
[ ${#want[@]} -gt 0 ] || { echo "usage: $0 [--mobile] [COLUMN=VALUE...] COLUMN..." >&2; exit 2; }
awk -v want="${want[*]}" -v where="${where[*]}" -v table="$table" -v glibc="$GLIBC_FLOOR" -v llvm="$LLVM_VERSION" '
    function column(name) {
        if (!(name in col)) { print "table: " table " has no column " name > "/dev/stderr"; bad = 1; exit 1 }
        return col[name]
    }
    /^# triple / {
        for (i = 2; i <= NF; i++) col[$i] = i - 1
        n = split(want, w, " "); m = split(where, f, " ")
        for (j = 1; j <= n; j++) wc[j] = column(w[j])
        for (j = 1; j <= m; j++) { eq = index(f[j], "="); fc[j] = column(substr(f[j], 1, eq - 1)); fv[j] = substr(f[j], eq + 1) }
        next
    }
    /^#/ || NF == 0 { next }
    {
        gsub(/@GLIBC@/, glibc); gsub(/@LLVM@/, llvm)
        for (j = 1; j <= m; j++) if ($fc[j] != fv[j]) next
        line = $wc[1]
        for (j = 2; j <= n; j++) line = line " " $wc[j]
        print line
    }
    END { if (!bad && !n) { print "table: " table " has no header line (# triple ...)" > "/dev/stderr"; exit 1 } }' "$table"
