#!/usr/bin/env bash
# `make install` into a staged prefix (PREFIX and DESTDIR), then builds the consumer in
# ffi/tests/consumer against it with pkg-config and with CMake's find_package, shared and
# static, and runs what it built.
# usage: ffi/tests/install.sh STAGE
set -euo pipefail
stage=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$stage/install
rm -rf "$tmp"
prefix=$tmp/usr/local
dest=$tmp/dest
run() { echo "+ $*"; "$@"; }
# run_to FILE COMMAND...: run, with the output kept in FILE too.
run_to() { local out=$1; shift; echo "+ $*"; "$@" | tee "$out"; }

# cmake and pkg-config are part of the test setup; install them if a fresh machine lacks them.
missing=()
command -v cmake >/dev/null || missing+=(cmake)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ ${#missing[@]} -eq 0 ] || "$here/../../tools/apt-install.sh" "${missing[@]}"

run "${MAKE:-make}" -s -C "$root" install PREFIX="$prefix" DESTDIR="$dest"
staged=$dest$prefix
for f in lib/libzego_codes.so lib/libzego_codes.a include/zego_codes.h include/zego_codes.hpp \
         lib/pkgconfig/zego_codes.pc lib/pkgconfig/zego_codes-static.pc \
         lib/cmake/zego_codes/zego_codes-config.cmake \
         lib/cmake/zego_codes/zego_codes-config-version.cmake; do
    [ -e "$staged/$f" ] || { echo "install: $f missing" >&2; exit 1; }
done
if grep -rl "$dest" "$staged/lib/pkgconfig" "$staged/lib/cmake"; then
    echo "install: DESTDIR leaked into the files above" >&2
    exit 1
fi

# pkg-config, the way a packager's staged tree is used: paths re-rooted by the sysroot.
export PKG_CONFIG_SYSROOT_DIR=$dest PKG_CONFIG_LIBDIR=$staged/lib/pkgconfig
[ "$(pkg-config --modversion zego_codes)" = "$(sed -n 's/^#define ZEGO_CODES_VERSION "\(.*\)"$/\1/p' "$root/include/zego_codes.h")" ]
# shellcheck disable=SC2046 # pkg-config's flags are meant to split into words
run gcc -std=c99 -Wall -Wextra -Werror -pedantic "$here/consumer/main.c" \
    $(pkg-config --cflags --libs zego_codes) -o "$tmp/app-pkg-config"
LD_LIBRARY_PATH=$staged/lib run "$tmp/app-pkg-config"
unset PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_LIBDIR

# CMake: find_package(zego_codes) with the prefix as staged.
run cmake -S "$here/consumer" -B "$tmp/cmake" -DCMAKE_PREFIX_PATH="$staged" \
    -DCMAKE_C_FLAGS="-Wall -Wextra -Werror" -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" >/dev/null
run cmake --build "$tmp/cmake" >/dev/null
LD_LIBRARY_PATH=$staged/lib run_to "$tmp/app.out" "$tmp/cmake/app"
run "$tmp/cmake/app_static"
LD_LIBRARY_PATH=$staged/lib run "$tmp/cmake/app_version"
LD_LIBRARY_PATH=$staged/lib run "$tmp/cmake/app_cpp"
run_to "$tmp/app_products.out" "$tmp/cmake/app_products"
LD_LIBRARY_PATH=$staged/lib run "$tmp/cmake/app_products_cpp"
# The README's C and C++ examples are these files, word for word: each fenced block that
# follows a "<!-- ffi/tests/consumer/FILE -->" line.
for example in main.c products.c products.cpp; do
    awk -v mark="<!-- ffi/tests/consumer/$example -->" '
        $0 == mark { found = 1; next }
        found && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }
    ' "$root/ffi/README.md" | diff -u "$here/consumer/$example" - ||
        { echo "install: ffi/README.md's copy of ffi/tests/consumer/$example differs" >&2; exit 1; }
done
# What the README says they print. main.c: each comment that stands on the lines after a
# printf is a line that printf printed (blanks collapsed). products.c: the text block after
# it, up to its "..." line, is how the output begins.
squeeze() { tr -s ' \n' ' ' | sed 's/^ //; s/ $//'; }
awk '/^ *printf\(/ { after = 1; next }
     after && /^ *\/\*/ { shown = 1 }
     shown { sub(/^ *\/\* ?/, ""); end = sub(/ *\*\/ *$/, ""); printf "%s ", $0; if (end) { print ""; shown = 0; after = 0 }; next }
     { after = 0 }' "$here/consumer/main.c" > "$tmp/app.shown"
[ -s "$tmp/app.shown" ] || { echo "install: main.c shows no output in comments" >&2; exit 1; }
while IFS= read -r shown; do
    shown=$(printf '%s' "$shown" | squeeze)
    while IFS= read -r line; do
        [ "$(printf '%s' "$line" | squeeze)" = "$shown" ] && continue 2
    done < "$tmp/app.out"
    echo "install: ffi/README.md's main.c shows \"$shown\", which it does not print" >&2
    exit 1
done < "$tmp/app.shown"
awk -v mark="<!-- ffi/tests/consumer/products.c -->" '
    $0 == mark { found = 1; next }
    found && n < 2 && /^```/ { n++; next }
    n == 2 && /^```text$/ { n = 3; next }
    n == 3 && (/^```/ || /^ *\.\.\.$/) { exit }
    n == 3 { print }
' "$root/ffi/README.md" > "$tmp/app_products.shown"
[ -s "$tmp/app_products.shown" ] || { echo "install: ffi/README.md shows no output of products.c" >&2; exit 1; }
head -n "$(wc -l < "$tmp/app_products.shown")" "$tmp/app_products.out" | diff -u "$tmp/app_products.shown" - ||
    { echo "install: ffi/README.md shows products.c printing what it does not" >&2; exit 1; }
if readelf -d "$tmp/cmake/app_static" | grep -q 'libzego_codes'; then
    echo "install: app_static depends on the shared library" >&2
    exit 1
fi
readelf -d "$tmp/cmake/app" | grep -q 'NEEDED.*\[libzego_codes.so.' || {
    echo "install: app does not record the SONAME" >&2
    exit 1
}
echo "install: make install PREFIX DESTDIR; pkg-config and CMake consumers (shared, static, C++, the README's examples, the version) built and ran, the examples' output as the README shows it"
