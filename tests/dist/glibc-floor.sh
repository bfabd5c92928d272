#!/usr/bin/env bash
# The oldest glibc each ELF file runs on: the newest GLIBC_x.y among the symbol versions it
# needs (readelf's version-needs section). Fails when one needs more than MAX.
# usage: tests/dist/glibc-floor.sh MAX FILE...
set -euo pipefail
max=$1; shift
status=0
for f in "$@"; do
    needs=$( (readelf --version-info --wide "$f" | grep -o "Name: GLIBC_[0-9.]*" || true) | sed "s/Name: GLIBC_//" | sort -uV)
    newest=$(tail -n 1 <<<"$needs")
    if [ -z "$newest" ]; then
        echo "glibc: $(basename "$f"): needs no versioned glibc symbol"
    elif [ "$(printf '%s\n' "$newest" "$max" | sort -V | tail -n 1)" != "$max" ]; then
        echo "glibc: $(basename "$f") needs GLIBC_$newest, newer than GLIBC_$max:" >&2
        objdump -T "$f" | grep "GLIBC_$newest" >&2 || true
        status=1
    else
        echo "glibc: $(basename "$f"): newest symbol version GLIBC_$newest (at most $max)"
    fi
done
exit $status
