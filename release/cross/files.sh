#!/usr/bin/env bash
# The files release/cross/build.sh writes for each target of release/cross/targets.tsv (or
# only those named), one a line: what `make dist` ships and SHA256SUMS covers.
# usage: release/cross/files.sh VERSION [TRIPLE...]
set -euo pipefail
version=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
"$here/table.sh" triple name archive exe wheel | awk -v v="$version" -v only=" $* " '
    { row[NR] = $0; last[$2] = $1 }
    END {
        for (i = 1; i <= NR; i++) {
            split(row[i], c, " ")
            if (only != "  " && index(only, " " c[1] " ") == 0) continue
            # Rows of one name share one archive of each kind, made by the build of the last
            # of them (apple-universal.sh).
            if (last[c[2]] == c[1]) {
                print "libzego_codes-" v "-" c[2] "." c[3]
                if (c[4] != "-") print "zego-codes-" v "-" c[2] "." c[3]
            }
            if (c[5] != "-") print "zego_codes-" v "-cp39-abi3-" c[5] ".whl"
        }
    }'
