#!/usr/bin/env bash
# Packs release archives so that they depend only on the files in them: every file's time is
# SOURCE_DATE_EPOCH (tools/source-date-epoch.sh, also the Go module's zip's in mk/go.mk),
# names are sorted bytewise, tar records no owner, gzip no name or time, zip no extra
# attributes, no folder entries and UTC times (a link is stored as the file it names). Every
# archive of `make dist` but the Go module's zip is packed here.
# usage: release/pack.sh FORMAT BASE OUT NAME...   FORMAT tar.gz or zip; each NAME (a file or
#                                                  folder under BASE, or "." for all of BASE's
#                                                  content) is stored under its path from BASE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mtime=$("$here/../tools/source-date-epoch.sh")
format=$1 base=$2 out=$(realpath -m "$3"); shift 3
[ $# -gt 0 ] || { echo "pack: no NAME to pack into $out" >&2; exit 2; }
cd "$base"
find "$@" -exec touch -h -d "@$mtime" {} +
rm -f "$out"
case $format in
    tar.gz) tar --sort=name --owner=0 --group=0 --numeric-owner -cf - "$@" | gzip -n9 > "$out" ;;
    zip) find "$@" ! -type d | sed 's|^\./||' | LC_ALL=C sort | TZ=UTC zip -X -q -D "$out" -@ ;;
    *) echo "pack: no archive format $format (tar.gz or zip)" >&2; exit 2 ;;
esac
