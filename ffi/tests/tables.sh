#!/usr/bin/env bash
# The tables of every constant and C++ enumerator that the C and C++ tests include, taken from
# the headers themselves: OUT/constants_table.h and OUT/enumerators_table.h.
# usage: ffi/tests/tables.sh OUT
set -euo pipefail
out=$1
include=$(cd "$(dirname "$0")/../../include" && pwd)
mkdir -p "$out"
sed -n 's/^#define ZEGO_CODE_\([A-Z0-9_]*\) \([0-9]*\)$/{'"'R'"', "\1", \2u},/p; s/^#define ZEGO_EVENT_\([A-Z0-9_]*\) \([0-9]*\)$/{'"'E'"', "\1", \2u},/p' \
    "$include/zego_codes.h" > "$out/constants_table.h"
sed -n 's/^    \([a-z0-9_]*\) = ZEGO_CODE_\([A-Z0-9_]*\),$/{zego::code::\1, "\2"},/p' \
    "$include/zego_codes.hpp" > "$out/enumerators_table.h"
test -s "$out/constants_table.h" && test -s "$out/enumerators_table.h"
