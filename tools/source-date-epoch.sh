#!/usr/bin/env bash
# The one time every release file carries (archive members' times, the jars' entries, the
# wheels' SBOM): SOURCE_DATE_EPOCH where the caller set it (the reproducible-builds
# convention), else the last commit's time, so that two builds of one commit agree whenever
# and wherever they run. Outside a git checkout: 1980-01-01, the earliest time a zip holds.
# The Makefile exports it; a script run on its own asks here.
# usage: tools/source-date-epoch.sh   (prints seconds since 1970)
set -euo pipefail
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    echo "$SOURCE_DATE_EPOCH"
else
    git -C "$(dirname "$0")/.." log -1 --format=%ct 2>/dev/null || echo 315532800
fi
