#!/usr/bin/env bash
# The C and C++ tests of ffi/tests under sanitizers, against the static library built again
# with the same sanitizer (nightly rustc, the `ffi` profile: panic = "abort", no_std), so the
# checks also see the library's own reads and writes of the caller's buffers:
#   gcc -fsanitize=address,undefined: test_codes.c and test_products.c (C11), test_cpp.cpp
#                                     (C++17), test_threads.c
#   gcc -fsanitize=thread:            test_threads.c (8 threads), against the shipped static
#                                     library: gcc 12's TSan runtime lacks the __tsan_memcpy
#                                     that rustc's instrumentation calls. The library shares
#                                     nothing mutable; TSan checks the threads' use of it.
# Any report fails the run.
# usage: ZEGOCODES_EXPECTATIONS=EXPECTATIONS.tsv tests/sanitize/run.sh STAGE
#        (after ffi/tests/run.sh STAGE, which writes the constant tables into STAGE/tests)
set -euo pipefail
stage=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(realpath "$here/../..")
tests=$root/ffi/tests
out=$stage/sanitize
expect=$(realpath "${ZEGOCODES_EXPECTATIONS:?set ZEGOCODES_EXPECTATIONS to the expectations file}")
products=$stage/tests/products.tsv
mkdir -p "$out"
test -s "$stage/tests/constants_table.h" || { echo "run ffi/tests/run.sh $1 first" >&2; exit 2; }
test -s "$products" || { echo "run ffi/tests/run.sh $1 first" >&2; exit 2; }

run() { echo "+ $*"; "$@"; }

# The static library instrumented by rustc's AddressSanitizer, whose calls gcc's runtime
# serves. The prebuilt core stays uninstrumented (the nightly has no rust-src for
# -Zbuild-std); the library's own code, which writes the caller's buffers, is instrumented.
asan_dir=$root/target/sanitize-address
(cd "$root" && RUSTFLAGS="-Zsanitizer=address -Cforce-frame-pointers=yes" run cargo +nightly rustc -q \
    -p zego-codes-ffi --profile ffi --locked --target x86_64-unknown-linux-gnu \
    --target-dir "$asan_dir" --crate-type staticlib)
asan_lib=$asan_dir/x86_64-unknown-linux-gnu/ffi/libzego_codes_ffi.a
tsan_lib=$stage/lib/libzego_codes.a

flags=(-Wall -Wextra -Werror -pedantic -O1 -g -fno-omit-frame-pointer
       -I"$root/include" -I"$stage/tests" -I"$tests")
# shellcheck disable=SC2207 # the file's linker flags split into words
native=($(cat "$stage/native-static-libs"))
# shellcheck disable=SC2054 # the commas belong to -fsanitize
asan=(-fsanitize=address,undefined -fno-sanitize-recover=all "$asan_lib" "${native[@]}")
tsan=(-fsanitize=thread "$tsan_lib" "${native[@]}")
# Reports end the run with a failure; leaks count (the library allocates nothing, the tests
# free what they load).
export ASAN_OPTIONS=detect_leaks=1:exitcode=98:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=halt_on_error=1:exitcode=97

run gcc -std=c11 "${flags[@]}" "$tests/test_codes.c" "${asan[@]}" -o "$out/codes-asan"
run gcc -std=c11 "${flags[@]}" "$tests/test_products.c" "${asan[@]}" -o "$out/products-asan"
run g++ -std=c++17 "${flags[@]}" "$tests/test_cpp.cpp" "${asan[@]}" -o "$out/cpp-asan"
run gcc -std=c11 "${flags[@]}" -pthread "$tests/test_threads.c" "${asan[@]}" -o "$out/threads-asan"
run gcc -std=c11 "${flags[@]}" -pthread "$tests/test_threads.c" "${tsan[@]}" -o "$out/threads-tsan"

run "$out/codes-asan" "$expect"
run "$out/products-asan" "$products"
run "$out/cpp-asan" "$expect" "$products"
run "$out/threads-asan" "$expect" 20
run "$out/threads-tsan" "$expect" 20
echo "tests/sanitize: C11 (AI Agent's and every product's), C++17 and 8-thread tests under ASan+UBSan (the library instrumented too), 8 threads under TSan: 0 reports"
