#!/usr/bin/env bash
# shellcheck disable=SC2031 # release/cross/steps.sh's steps run in subshells: their variables are their own
# The Android release files as `make dist` wrote them:
#   - the AAR's layout, manifest, classes.jar and Prefab metadata (aar.py), the plain zip
#     holding the same libraries;
#   - every .so: the object format of its row (release/mobile/targets.tsv), SONAME libzego_codes.so, nothing needed beyond
#     Android's libc, a SysV hash table (API 21 and 22 loaders read no other), each LOAD
#     segment of a 64-bit library aligned to 16 KB; exports exactly the x86_64 Linux
#     library's zego_* functions (tests/cross/test.sh's check_exports), as does each .a;
#   - run: the C tests of ffi/tests, built by zig for each ABI's instruction set against its
#     .so (shared) and .a (static), against the core's expectations, under the row's runner
#     (tests/mobile/runner.sh: natively, or qemu-user with glibc); test_products.c against
#     the products oracle (ZEGOCODES_PRODUCTS, as ffi/tests/run.sh and tests/cross/test.sh).
# usage: ZEGOCODES_PRODUCTS=ORACLE.json tests/mobile/android.sh DIST VERSION REFERENCE_SO JAR EXPECTATIONS MIN_SDK
set -euo pipefail
dist=$(realpath "$1") version=$2 reference=$(realpath "$3") jar=$(realpath "$4") expect=$(realpath "$5") min_sdk=$6
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${ZEGO_DIST_PYTHON:-python3}
out=$root/target/mobile-test/android
rm -rf "$out" && mkdir -p "$out/aar" "$out/zip"
fail() { echo "android: $*" >&2; exit 1; }
say() { echo "android: $*"; }
(cd "$out/aar" && unzip -q "$dist/zego-codes-$version.aar")
(cd "$out/zip" && unzip -q "$dist/libzego_codes-$version-android.zip")
sdk=$out/zip/libzego_codes-$version-android
triples=$("$root/release/cross/steps.sh" table --mobile lib=so triple)
abis=$("$root/release/cross/steps.sh" table --mobile lib=so name | sed 's/^android-//')
# shellcheck disable=SC2086
"$python" "$here/aar.py" "$out/aar" "$jar" "$root/include" "$version" "$min_sdk" $abis
for f in include/zego_codes.h include/zego_codes.hpp Android.mk README.md LICENSE; do
    [ -f "$sdk/$f" ] || fail "libzego_codes-$version-android.zip lacks $f"
done

"$root/ffi/tests/tables.sh" "$out/tables"
"$root/ffi/tests/oracle.sh" "${ZEGOCODES_PRODUCTS:?set ZEGOCODES_PRODUCTS to the products oracle}" "$out/tables"
products=$out/tables/products.tsv
flags=(-Wall -Wextra -Werror -pedantic -O1 -I"$root/include" -I"$out/tables" -I"$root/ffi/tests")
while read -r triple; do
    # shellcheck source=release/cross/steps.sh
    . "$root/release/cross/steps.sh" && row "$triple"
    abi=${cross_name#android-}
    so=$out/aar/jni/$abi/libzego_codes.so a=$sdk/lib/$abi/libzego_codes.a
    cmp -s "$so" "$sdk/lib/$abi/libzego_codes.so" || fail "$abi: the zip's .so differs from the AAR's"
    header=$(llvm-readelf-$LLVM_VERSION -h "$so")
    machine=$(sed -n 's/^ *Machine: *//p' <<<"$header") class=$(sed -n 's/^ *Class: *//p' <<<"$header")
    format=$(llvm-objdump-$LLVM_VERSION -f "$so" | sed -n 's/.*file format //p' | tr ' ' -)
    [ "$format" = "$cross_format" ] || fail "$abi: libzego_codes.so is $format, not $cross_format"
    dynamic=$(llvm-readelf-$LLVM_VERSION -d "$so")
    soname=$(sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p' <<<"$dynamic")
    [ "$soname" = libzego_codes.so ] || fail "$abi: SONAME is '$soname', not libzego_codes.so"
    needed=$(sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' <<<"$dynamic" | tr '\n' ' ')
    # shellcheck disable=SC2143 # comparing the output keeps grep reading all of it (pipefail)
    [ -z "$(tr ' ' '\n' <<<"$needed" | grep -vx -e '' -e 'libc.so')" ] || fail "$abi: needs $needed"
    grep -q '(HASH)' <<<"$dynamic" || fail "$abi: no DT_HASH, which Android before API 23 needs"
    # Each LOAD segment's alignment (its last field): 16 KB or a multiple, for 64-bit ABIs.
    aligns=$(llvm-readelf-$LLVM_VERSION -lW "$so" | awk '$1 == "LOAD" { print $NF }' | sort -u)
    if [ "$class" = ELF64 ]; then
        for align in $aligns; do
            (( align >= 16384 && align % 16384 == 0 )) ||
                fail "$abi: a LOAD segment is aligned to $((align)) bytes, not 16 KB (devices with 16 KB pages refuse it)"
        done
    fi
    "$root/tests/cross/test.sh" exports "$reference" "$so" "$a" > /dev/null
    say "$abi: $machine $class, $(stat -c %s "$so") bytes, SONAME $soname, needs ${needed:-nothing}, LOAD aligned to $(for align in $aligns; do echo $((align)); done | tr '\n' ' ')bytes, exports the x86_64 library's zego_* functions"

    # Run: the C tests built for this instruction set, against the .so and the .a.
    read -r -a run <<<"$("$here/runner.sh" "$cross_runner")"
    cc_=("$python" -m ziglang cc -target "$cross_cc")
    mkdir -p "$out/$abi" && cp "$so" "$out/$abi/"
    # shellcheck disable=SC2054 # the commas belong to -Wl
    shared=(-L"$out/$abi" -lzego_codes -Wl,-rpath,"$out/$abi")
    "${cc_[@]}" -std=c99 "${flags[@]}" "$root/ffi/tests/test_codes.c" "${shared[@]}" -o "$out/$abi/codes-shared"
    "${cc_[@]}" -std=c11 -pthread "${flags[@]}" "$root/ffi/tests/test_threads.c" "${shared[@]}" -o "$out/$abi/threads-shared"
    "${cc_[@]}" -std=c99 "${flags[@]}" "$root/ffi/tests/test_products.c" "${shared[@]}" -o "$out/$abi/products-shared"
    "${cc_[@]}" -std=c99 "${flags[@]}" "$root/ffi/tests/test_codes.c" "$a" -Wl,--gc-sections -o "$out/$abi/codes-static"
    "${cc_[@]}" -std=c99 "${flags[@]}" "$root/ffi/tests/test_products.c" "$a" -Wl,--gc-sections -o "$out/$abi/products-static"
    for prog in codes-shared threads-shared products-shared codes-static products-static; do
        case $prog in
            threads*) args=("$expect" 3) ;;
            products*) args=("$products") ;;
            *) args=("$expect") ;;
        esac
        "${run[@]}" "$out/$abi/$prog" "${args[@]}" > "$out/$abi/$prog.log" 2>&1 ||
            { cat "$out/$abi/$prog.log" >&2; fail "$abi: $prog failed under ${run[*]:-native}"; }
    done
    say "$abi: C tests (codes, threads, products; shared and static) built by zig for $cross_cc ran ${run[*]:+under }${run[*]:-natively}"
done <<<"$triples"
