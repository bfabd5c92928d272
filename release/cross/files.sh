#!/usr/bin/env bash
# The files release/cross/build.sh writes for each target of release/cross/targets.tsv (or
# only those named), one a line: what `make dist` ships and SHA256SUMS covers.
# usage: release/cross/files.sh VERSION [TRIPLE...]
set -euo pipefail
version=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
awk -v v="$version" -v only=" $* " '
    /^#/ || NF < 8 { next }
    NR == FNR { last[$2] = $1; next }
    only != "  " && index(only, " " $1 " ") == 0 { next }
    {
        ext = ($1 ~ /windows/) ? "zip" : "tar.gz"
        # The macOS rows share one universal archive of each kind, made by the build of
        # the last of them (apple-universal.sh).
        if ($1 !~ /apple-darwin/ || last[$2] == $1) {
            print "libzego_codes-" v "-" $2 "." ext
            if ($7 == "yes") print "zego-codes-" v "-" $2 "." ext
        }
        if ($6 != "-") print "zego_codes-" v "-cp39-abi3-" $6 ".whl"
    }' "$here/targets.tsv" "$here/targets.tsv"
