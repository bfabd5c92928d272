#!/usr/bin/env bash
# The files release/cross/build.sh writes for each target of release/cross/targets.tsv (or
# only those named), one a line: what `make dist` ships and SHA256SUMS covers.
# usage: release/cross/files.sh VERSION [TRIPLE...]
set -euo pipefail
version=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
only=" $* "
rows=$("$here/table.sh" triple name)
while read -r triple _; do
    [ "$only" = "  " ] || [[ $only == *" $triple "* ]] || continue
    # shellcheck source=release/cross/row.sh
    . "$here/row.sh" "$triple"
    # Rows of one name share one archive of each kind, made by the build of the last of them
    # (apple-universal.sh).
    if [ "$(awk -v n="$cross_name" '$2 == n { t = $1 } END { print t }' <<<"$rows")" = "$triple" ]; then
        echo "libzego_codes-$version-$cross_name.$cross_archive"
        [ "$cross_exe" = - ] || echo "zego-codes-$version-$cross_name.$cross_archive"
    fi
    [ "$cross_wheel_tag" = - ] || echo "zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl"
done <<<"$rows"
