#!/usr/bin/env bash
# The tables of every constant and C++ enumerator that the C and C++ tests include, taken from
# the headers themselves:
#   OUT/constants_table.h             ZEGO_CODE_ and ZEGO_EVENT_ constants
#   OUT/enumerators_table.h           zego::code enumerators
#   OUT/product_constants_table.h     every other numeric constant: the products' codes
#   OUT/enum_values_table.h           the C enums' constants: {"ZEGO_GUIDANCE_", "not_found", 7u}
#   OUT/product_enumerators_table.h   zego::codes::<product>::code and ::event enumerators
# usage: ffi/tests/tables.sh OUT
set -euo pipefail
out=$1
include=$(cd "$(dirname "$0")/../../include" && pwd)
mkdir -p "$out"
sed -n 's/^#define ZEGO_CODE_\([A-Z0-9_]*\) \([0-9]*\)$/{'"'R'"', "\1", \2u},/p; s/^#define ZEGO_EVENT_\([A-Z0-9_]*\) \([0-9]*\)$/{'"'E'"', "\1", \2u},/p' \
    "$include/zego_codes.h" > "$out/constants_table.h"
sed -n 's/^    \([a-z0-9_]*\) = ZEGO_CODE_\([A-Z0-9_]*\),$/{zego::code::\1, "\2"},/p' \
    "$include/zego_codes.hpp" > "$out/enumerators_table.h"
sed -n '/^#define ZEGO_\(CODE_\|EVENT_\|CODES_VERSION\)/d; s/^#define \(ZEGO_[A-Z0-9_]*\) \([0-9]*\)$/{"\1", \2u},/p' \
    "$include/zego_codes.h" > "$out/product_constants_table.h"
# An enumerator line is "  ZEGO_<ENUM>_<NAME> = <value>,"; the enum's prefix is given, since
# ZEGO_EVENT_CATEGORY_ starts like ZEGO_EVENT_.
for prefix in ZEGO_CATEGORY_ ZEGO_EVENT_CATEGORY_ ZEGO_GUIDANCE_ ZEGO_FAMILY_ ZEGO_PRODUCT_ ZEGO_SECTION_; do
    sed -n "s/^  ${prefix}\([A-Z0-9_]*\) = \([0-9]*\),\$/{\"${prefix}\", \"\L\1\", \2u},/p" "$include/zego_codes.h"
done > "$out/enum_values_table.h"
# The enumerators of each product's enums, with the product's and the family's C values.
awk '
    /^namespace codes \{/ { codes = 1 }
    codes && /^namespace [a-z0-9_]+ \{$/ { product = $2 }
    codes && /^enum class (code|event) : std::uint32_t \{$/ { kind = $3 }
    codes && /^\};$/ { kind = "" }
    codes && kind != "" && /^    [a-z0-9_]+ = ZEGO_[A-Z0-9_]+,$/ {
        name = $1
        printf "{ZEGO_PRODUCT_%s, ZEGO_FAMILY_%s, static_cast<std::uint32_t>(zego::codes::%s::%s::%s), \"%s\"},\n",
            toupper(product), kind == "code" ? "RETURN" : "EVENT", product, kind, name, toupper(name)
    }
' "$include/zego_codes.hpp" > "$out/product_enumerators_table.h"
for table in constants enumerators product_constants enum_values product_enumerators; do
    test -s "$out/${table}_table.h" || { echo "tables.sh: no ${table} in the headers" >&2; exit 1; }
done
