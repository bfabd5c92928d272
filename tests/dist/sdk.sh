#!/usr/bin/env bash
# The C SDK as unpacked by a user at a folder of their own, used as its README (ffi/LINKING.md)
# says: C and C++ consumers (ffi/tests/consumer) built through pkg-config and through CMake's
# find_package, each shared and static, and run without LD_LIBRARY_PATH: the shared builds
# find the library through their run path. The static builds must not need the shared library,
# and CMake's static target must link as small as the README's command line (--gc-sections).
# usage: tests/dist/sdk.sh SDK_DIR CONSUMER_DIR OUT
set -euo pipefail
sdk=$(realpath "$1") consumer=$(realpath "$2") out=$(realpath -m "$3")
rm -rf "$out" && mkdir -p "$out"
run() { echo "+ $*"; "$@"; }
fail() { echo "sdk: $*" >&2; exit 1; }
needs_lib() { readelf -d "$1" | grep -q 'NEEDED.*\[libzego_codes\.so'; }
warn=(-Wall -Wextra -Werror -pedantic)

export PKG_CONFIG_PATH=$sdk/lib/pkgconfig
libdir=$(pkg-config --variable=libdir zego_codes)
[ "$(cd "$libdir" && pwd -P)" = "$(cd "$sdk/lib" && pwd -P)" ] ||
    fail "pkg-config's libdir $libdir is not the unpacked $sdk/lib"

# shellcheck disable=SC2046 # pkg-config's flags are meant to split into words
run gcc -std=c99 "${warn[@]}" "$consumer/main.c" $(pkg-config --cflags --libs zego_codes) \
    -Wl,-rpath,"$libdir" -o "$out/c-shared"
# shellcheck disable=SC2046 # pkg-config's flags are meant to split into words
run g++ -std=c++11 "${warn[@]}" "$consumer/main.cpp" $(pkg-config --cflags --libs zego_codes) \
    -Wl,-rpath,"$libdir" -o "$out/cpp-shared"
# shellcheck disable=SC2046 # pkg-config's flags are meant to split into words
run gcc -std=c99 "${warn[@]}" "$consumer/main.c" $(pkg-config --cflags --libs zego_codes-static) -o "$out/c-static"
# shellcheck disable=SC2046 # pkg-config's flags are meant to split into words
run g++ -std=c++11 "${warn[@]}" "$consumer/main.cpp" $(pkg-config --cflags --libs zego_codes-static) -o "$out/cpp-static"

run cmake -S "$consumer" -B "$out/cmake" -DCMAKE_PREFIX_PATH="$sdk" \
    -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" >/dev/null
run cmake --build "$out/cmake" >/dev/null

for prog in c-shared cpp-shared c-static cpp-static cmake/app cmake/app_cpp cmake/app_static cmake/app_version; do
    run env -u LD_LIBRARY_PATH "$out/$prog"
    case $prog in
        *static) ! needs_lib "$out/$prog" || fail "$prog needs the shared library" ;;
        *) needs_lib "$out/$prog" || fail "$prog does not record libzego_codes.so's SONAME" ;;
    esac
done

# The same program with the same (default) flags: the README's static line, CMake's static
# target, and the archive linked without --gc-sections, stripped.
# shellcheck disable=SC2046 # pkg-config's flags are meant to split into words
run gcc "$consumer/main.c" $(pkg-config --cflags --libs zego_codes-static) -o "$out/readme-static"
run gcc "$consumer/main.c" -I"$sdk/include" "$sdk/lib/libzego_codes.a" -lc -o "$out/no-gc-static"
for prog in readme-static no-gc-static cmake/app_static; do strip -o "$out/$prog.stripped" "$out/$prog"; done
readme=$(stat -c %s "$out/readme-static.stripped")
cmake=$(stat -c %s "$out/cmake/app_static.stripped")
nogc=$(stat -c %s "$out/no-gc-static.stripped")
echo "sdk: static consumer, stripped: $readme bytes by pkg-config (zego_codes-static), $cmake bytes by CMake, $nogc bytes without --gc-sections"
[ $((cmake - readme)) -le 1024 ] || fail "CMake's static target links $((cmake - readme)) bytes more than the README's command"
echo "sdk: pkg-config and CMake consumers, C and C++, shared and static, built from $sdk and ran"
