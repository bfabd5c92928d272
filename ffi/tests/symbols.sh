#!/usr/bin/env bash
# The shared library exports exactly the functions the header declares, all named zego_*,
# carries a versioned SONAME that names a link to it beside it, and imports nothing that would
# mean a reachable panic (abort) or an unwinder.
# usage: ffi/tests/symbols.sh LIBDIR
set -euo pipefail
lib=$1/libzego_codes.so
header=$(cd "$(dirname "$0")/../../include" && pwd)/zego_codes.h
fail() { echo "symbols: $*" >&2; exit 1; }

exported=$(nm -D --defined-only "$lib" | awk '{print $3}' | sort)
[ -n "$exported" ] || fail "no exported symbols"
stray=$(grep -v '^zego_' <<<"$exported" || true)
[ -z "$stray" ] || fail "symbols without the zego_ prefix: $stray"

declared=$(grep -o '\bzego_[a-z0-9_]*(' "$header" | tr -d '(' | sort -u)
[ "$exported" = "$declared" ] || fail "exported and declared functions differ:
$(diff <(echo "$declared") <(echo "$exported") || true)"

soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[[ "$soname" == libzego_codes.so.[0-9]* ]] || fail "SONAME is '$soname', want libzego_codes.so.ABI"
# The ABI suffix ffi/build.rs chooses is a leading part of the version (0.MINOR, or MAJOR), so
# the releases that keep the ABI share the SONAME and a patch release never changes it.
version=$(sed -n 's/^#define ZEGO_CODES_VERSION "\(.*\)"$/\1/p' "$header")
abi=${soname#libzego_codes.so.}
[[ "$version." == "$abi".* && "$abi" != "$version" ]] ||
    fail "SONAME $soname does not name a leading part of version $version short of the patch"
[ "$(realpath "$1/$soname")" = "$(realpath "$lib")" ] || fail "$1/$soname is not a link to $lib"

imported=$(nm -D --undefined-only "$lib" | awk '{print $2}')
bad=$(grep -E '^(abort|_Unwind_|__rust|__cxa_throw|malloc|free|pthread_)' <<<"$imported" || true)
[ -z "$bad" ] || fail "imports that break the promises (panic, allocation, locks): $bad"

echo "symbols: $(wc -l <<<"$exported") functions exported, all zego_* and declared; SONAME $soname; no abort, unwinder, allocator or lock imported"
