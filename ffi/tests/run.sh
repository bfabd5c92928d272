#!/usr/bin/env bash
# Builds the C and C++ tests against the shared and the static library in STAGE/lib (from
# `make ffi`), under every language standard the header promises, and runs them: the shared
# builds under valgrind memcheck, which also sees the Rust code of the library.
# usage: ZEGOCODES_PRODUCTS=ORACLE.json ZEGOCODES_EXPECTATIONS=EXPECTATIONS.tsv ffi/tests/run.sh STAGE
#        (both made once per build by the Makefile: the products oracle and AI Agent's
#        expectations, from the `expectations` example)
set -euo pipefail
stage=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
include=$(realpath "$here/../../include")
out=$stage/tests
expect=$(realpath "${ZEGOCODES_EXPECTATIONS:?set ZEGOCODES_EXPECTATIONS to the expectations file (make build/oracle/expectations.tsv)}")
oracle=${ZEGOCODES_PRODUCTS:?set ZEGOCODES_PRODUCTS to the products oracle (make build/oracle/products.json)}
products=$out/products.tsv
mkdir -p "$out"

# valgrind is part of the test setup; install it if a fresh machine lacks it.
if ! command -v valgrind >/dev/null; then
    "$here/../../tools/apt-install.sh" valgrind
fi

# The tables of every constant and C++ enumerator, taken from the headers themselves, and the
# products oracle as a table with the core's answers where it has no row.
"$here/tables.sh" "$out"
"$here/oracle.sh" "$oracle" "$out"

warn=(-Wall -Wextra -Werror -pedantic -O1 -g -I"$include" -I"$out" -I"$here")
# shellcheck disable=SC2054 # the commas belong to -Wl
shared=(-L"$stage/lib" -lzego_codes -Wl,-rpath,"$stage/lib")
# shellcheck disable=SC2054,SC2207 # the commas belong to -Wl; the file's linker flags split into words
static=("$stage/lib/libzego_codes.a" $(cat "$stage/native-static-libs") -Wl,--gc-sections)
memcheck=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all
          --track-origins=yes)

run() { echo "+ $*"; "$@"; }

for std in c99 c11; do
    run gcc -std=$std "${warn[@]}" "$here/test_codes.c" "${shared[@]}" -o "$out/codes-$std-shared"
    run gcc -std=$std "${warn[@]}" "$here/test_codes.c" "${static[@]}" -o "$out/codes-$std-static"
    run gcc -std=$std "${warn[@]}" "$here/test_products.c" "${shared[@]}" -o "$out/products-$std-shared"
    run gcc -std=$std "${warn[@]}" "$here/test_products.c" "${static[@]}" -o "$out/products-$std-static"
    run gcc -std=$std "${warn[@]}" -pthread "$here/test_threads.c" "${shared[@]}" -o "$out/threads-$std-shared"
    run gcc -std=$std "${warn[@]}" -pthread "$here/test_threads.c" "${static[@]}" -o "$out/threads-$std-static"
done
for std in c++11 c++17; do
    run g++ -std=$std "${warn[@]}" "$here/test_cpp.cpp" "${shared[@]}" -o "$out/cpp-$std-shared"
    run g++ -std=$std "${warn[@]}" "$here/test_cpp.cpp" "${static[@]}" -o "$out/cpp-$std-static"
done

for std in c99 c11; do
    run "${memcheck[@]}" "$out/codes-$std-shared" "$expect"
    run "$out/codes-$std-static" "$expect"
    run "${memcheck[@]}" "$out/products-$std-shared" "$products"
    run "$out/products-$std-static" "$products"
    run "${memcheck[@]}" "$out/threads-$std-shared" "$expect" 3
    run "$out/threads-$std-static" "$expect" 200
done
for std in c++11 c++17; do
    run "${memcheck[@]}" "$out/cpp-$std-shared" "$expect" "$products"
    run "$out/cpp-$std-static" "$expect" "$products"
done
echo "ffi/tests: C99, C11, C++11 and C++17 builds passed (AI Agent's expectations and every product's oracle rows), shared under valgrind memcheck: 0 errors"
