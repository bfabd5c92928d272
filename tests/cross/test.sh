#!/usr/bin/env bash
# The release files of one target (a row of release/cross/targets.tsv), as `make dist`
# wrote them into DIST, tested where they run: under the row's runner (qemu-user in a Debian
# 11 root of that architecture, wine, 32-bit wine in a Debian 12 i386 root, or natively), or
# checked, not run, where none exists.
#   - the C library exports exactly the x86_64 Linux library's zego_* functions (exports.sh);
#   - its size goals: shared library at most 160 KB, an AI Agent lookup and a product lookup
#     each link in at most 160 KB;
#   - the C and C++ tests of ffi/tests, built by zig for the target against the shared and the
#     static library of the archive, run against the core's expectations and the products
#     oracle (ZEGOCODES_PRODUCTS, as ffi/tests/run.sh);
#   - Windows: the CMake package builds and runs ffi/tests/consumer (windows-cmake.sh);
#   - the command's golden cases (tests/dist/cli-cases.sh) print byte for byte what the x86_64
#     command prints;
#   - the wheel's Python suite on the root's CPython 3.9;
#   - every file not run: tests/cross/check.sh (architecture, minimum OS, libraries needed).
# usage: ZEGOCODES_PRODUCTS=ORACLE.json tests/cross/test.sh TRIPLE DIST VERSION REFERENCE_SO
set -euo pipefail
triple=$1 dist=$(realpath "$2") version=$3 reference=$(realpath "$4")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=release/cross/row.sh
. "$root/release/cross/row.sh" "$triple"
python=${ZEGO_DIST_PYTHON:-python3}
out=$root/target/cross-test/$triple
rm -rf "$out" && mkdir -p "$out"
fail() { echo "cross $triple: $*" >&2; exit 1; }
say() { echo "cross $triple: $*"; }
unpack() { # ARCHIVE (tar.gz or zip) into $out
    case $cross_archive in zip) (cd "$out" && unzip -q "$1") ;; *) tar xzf "$1" -C "$out" ;; esac
}
sdk=$out/libzego_codes-$version-$cross_name
unpack "$dist/libzego_codes-$version-$cross_name.$cross_archive"
case $cross_lib in
    dll) shared=$sdk/bin/zego_codes.dll ;;
    dylib) shared=$sdk/lib/libzego_codes.dylib ;;
    so) shared=$(realpath "$sdk/lib/libzego_codes.so") ;;
esac
static=$sdk/lib/libzego_codes.a
# Rows of one name ship universal files (macOS): each row tests its own architecture's part.
if [ "$("$root/release/cross/table.sh" name="$cross_name" triple | wc -l)" -gt 1 ]; then
    universal_size=$(stat -c %s "$shared")
    shared=$("$here/apple-thin.sh" "$triple" "$shared" "$out") static=$("$here/apple-thin.sh" "$triple" "$static" "$out")
fi
# shellcheck disable=SC2015 # fails when either test is false, as meant
[ -f "$sdk/BUILDINFO" ] && grep -q '^rustc: ' "$sdk/BUILDINFO" || fail "the C library archive lacks BUILDINFO"

"$here/exports.sh" "$reference" "$shared" "$static"

# Sizes: the shared library as shipped; a static lookup's cost as ffi/tests/size.sh measures it
# on x86_64 (stripped programs with and without the call, --gc-sections).
so_size=$(stat -c %s "$shared")
# A Mach-O library counts as shipped: its architecture's part of the universal file, page
# padding and all (16 KB a segment on arm64).
[ -z "${universal_size:-}" ] ||
    say "size: libzego_codes.dylib $universal_size bytes universal; its part for $triple $so_size bytes"

cc=("$python" -m ziglang cc -target "$cross_cc")
cxx=("$python" -m ziglang c++ -target "$cross_cc")
# What the static library needs beside it, as its pkg-config file says (Libs.private).
# shellcheck disable=SC2054,SC2207 # the commas belong to -Wl; Libs.private's flags split into words
static_link=("$static" $(sed -n 's/^Libs.private: //p' "$sdk/lib/pkgconfig/zego_codes.pc") -Wl,--gc-sections)
[ "$cross_libc" != musl ] || static_link+=(-static)
for prog in without one product; do
    "${cc[@]}" -std=c99 -Os -ffunction-sections -fdata-sections -I"$sdk/include" \
        "$root/ffi/tests/size/$prog.c" "${static_link[@]}" -o "$out/size-$prog"
    llvm-strip-$LLVM_VERSION "$out/size-$prog"
done
one=$(( $(stat -c %s "$out/size-one") - $(stat -c %s "$out/size-without") ))
product=$(( $(stat -c %s "$out/size-product") - $(stat -c %s "$out/size-without") ))
# A Mach-O program's cost counts without the zeros that align its segments to pages
# (macho-size.sh): the program's own segments pad, whether it calls the library or not.
if [ -n "${universal_size:-}" ]; then
    one=$(( $("$here/macho-size.sh" "$out/size-one") - $("$here/macho-size.sh" "$out/size-without") ))
    product=$(( $("$here/macho-size.sh" "$out/size-product") - $("$here/macho-size.sh" "$out/size-without") ))
fi
goal=$((160 * 1024))
say "size: $(basename "$shared") $so_size bytes; libzego_codes.a adds $one bytes for an AI Agent lookup, $product bytes for a product lookup (goal <= $goal each)"
# A size over its goal fails the target once its other tests have run, to report them too.
over=()
[ "$so_size" -le "$goal" ] || over+=("the shared library is larger than 160 KB")
[ "$one" -le "$goal" ] || over+=("an AI Agent lookup links in more than 160 KB")
[ "$product" -le "$goal" ] || over+=("a product lookup links in more than 160 KB")

# The runner: a command prefix that runs one of the target's programs here.
case $cross_runner in
    qemu-*)
        rootfs=$("$here/debian11-root.sh" "$cross_runner")
        run=("$(command -v "$cross_runner")" -L "$rootfs") ;;
    wine)
        command -v wine >/dev/null || "$root/tools/apt-install.sh" wine wine64
        export WINEPREFIX=$root/target/roots/wine-$cross_name WINEDEBUG=-all
        mkdir -p "$(dirname "$WINEPREFIX")"
        [ -f "$WINEPREFIX/system.reg" ] || wineboot --init >/dev/null 2>&1
        run=("$(command -v wine)") ;;
    wine32) run=("$here/wine32-run.sh" "$("$here/wine32-root.sh")" "$out") ;;
    native) run=() ;;
    -) "$here/check.sh" "$triple" "$dist" "$version"
       [ ${#over[@]} -eq 0 ] || fail "size: ${over[*]}"
       exit 0 ;;
esac

# The C and C++ tests against the archive's libraries, shared and static.
tables=$out/tables
"$root/ffi/tests/tables.sh" "$tables"
"$root/ffi/tests/oracle.sh" "${ZEGOCODES_PRODUCTS:?set ZEGOCODES_PRODUCTS to the products oracle}" "$tables"
flags=(-Wall -Wextra -Werror -pedantic -O1 -I"$sdk/include" -I"$tables" -I"$root/ffi/tests")
# shellcheck disable=SC2054 # the commas belong to -Wl
case $cross_lib in
    dll) link_shared=(-L"$sdk/lib" -lzego_codes); cp "$shared" "$out/" ;;
    *) link_shared=(-L"$sdk/lib" -lzego_codes -Wl,-rpath,"$sdk/lib") ;;
esac
built=()
build() { # NAME COMPILER... : builds $out/NAME, shared or static as its name ends
    local name=$1; shift
    local link=("${link_shared[@]}")
    case $name in
        *-static) link=("${static_link[@]}") ;;
        *-implib) link=("$sdk/lib/zego_codes.lib") ;; # Windows: the import library for MSVC
    esac
    "$@" "${flags[@]}" "${link[@]}" -o "$out/$name"
    built+=("$name")
}
# musl programs are tested as musl users link them, fully static: no musl loader exists here
# to run one that needs libzego_codes.so (whose exports are checked above).
kinds=(shared static)
[ "$cross_libc" != musl ] || kinds=(static)
for kind in "${kinds[@]}"; do
    build "codes-c99-$kind" "${cc[@]}" -std=c99 "$root/ffi/tests/test_codes.c"
    build "products-c99-$kind" "${cc[@]}" -std=c99 "$root/ffi/tests/test_products.c"
    build "threads-c11-$kind" "${cc[@]}" -std=c11 -pthread "$root/ffi/tests/test_threads.c"
    build "cpp-c++17-$kind" "${cxx[@]}" -std=c++17 "$root/ffi/tests/test_cpp.cpp"
done
# zego_codes.lib, the MSVC import library, read by zig's linker (lld, as MSVC's link would).
[ "$cross_lib" != dll ] || build codes-c99-implib "${cc[@]}" -std=c99 "$root/ffi/tests/test_codes.c"
# The build's expectations copied beside the programs: wine32 sees only their folder.
cp "${ZEGOCODES_EXPECTATIONS:?set ZEGOCODES_EXPECTATIONS to the expectations file}" "$out/expectations.tsv"
expect=$out/expectations.tsv products=$tables/products.tsv
# Windows programs get the Windows path of the same file (wine's Z: is /).
[ "$cross_lib" != dll ] || expect="Z:${expect//\//\\}" products="Z:${products//\//\\}"
for name in "${built[@]}"; do
    case $name in
        threads*) args=("$expect" 3) ;;
        products*) args=("$products") ;;
        cpp*) args=("$expect" "$products") ;;
        *) args=("$expect") ;;
    esac
    "${run[@]}" "$out/$name" "${args[@]}" > "$out/$name.log" 2>&1 || { cat "$out/$name.log" >&2; fail "$name failed"; }
done
say "C and C++ tests built by zig ($cross_cc), ${kinds[*]}, ran under ${cross_runner}: ${built[*]}"
# Windows: the zip's CMake package, as a MinGW project uses it.
[ "$cross_lib" != dll ] || "$here/windows-cmake.sh" "$cross_cc" "$sdk" "$out/cmake" "${run[@]}"

# The command: the golden cases print what the x86_64 command prints, byte for byte.
if [ "$cross_exe" != - ]; then
    unpack "$dist/zego-codes-$version-$cross_name.$cross_archive"
    cli=$out/zego-codes-$version-$cross_name/$cross_exe
    launcher=$out/zego-codes-run
    printf '#!/bin/sh\n%s\nexec %s "$@"\n' \
        "$( [ -n "${WINEPREFIX:-}" ] && echo "export WINEPREFIX=$WINEPREFIX WINEDEBUG=-all HOME=$HOME" )" \
        "${run[*]} $cli" > "$launcher"
    chmod +x "$launcher"
    mkdir -p "$out/host-cli"
    # The reference: the host's row's command (rustc column rustup), x86_64 Linux glibc's.
    host=$("$root/release/cross/table.sh" rustc=rustup name)
    tar xzf "$dist/zego-codes-$version-$host.tar.gz" -C "$out/host-cli" --strip-components=1
    "$root/tests/dist/cli-cases.sh" "$out/host-cli/zego-codes" "$out/cli-expected"
    "$root/tests/dist/cli-cases.sh" "$launcher" "$out/cli-got"
    diff -r "$out/cli-expected" "$out/cli-got" || fail "the command prints differently from the x86_64 command (above)"
    # shellcheck disable=SC2012 # a count for the message; ls counts what a reader would see
    say "zego-codes ran $(ls "$out/cli-got" | wc -l) golden cases under $cross_runner, byte for byte as on x86_64"
    # A static musl command runs on glibc systems too: again inside the x86_64 Debian 11 root
    # of tests/dist/debian11.sh (qemu's runs above already use the foreign root's files).
    debian11=$root/target/debian11/root
    if [ "$cross_libc" = musl ] && [ "$cross_runner" = native ] && [ -d "$debian11/tmp" ] && [ "$(id -u)" = 0 ]; then
        mkdir -p "$debian11/tmp/zego-cross" && cp "$cli" "$debian11/tmp/zego-cross/zego-codes"
        printf '#!/bin/sh\nexec %s %s /tmp/zego-cross/zego-codes "$@"\n' "$(command -v chroot)" "$debian11" > "$out/zego-codes-debian11"
        chmod +x "$out/zego-codes-debian11"
        "$root/tests/dist/cli-cases.sh" "$out/zego-codes-debian11" "$out/cli-debian11"
        rm -rf "$debian11/tmp/zego-cross"
        diff -r "$out/cli-expected" "$out/cli-debian11" || fail "the command prints differently in the Debian 11 root (above)"
        say "zego-codes ran the golden cases inside the Debian 11 root (glibc, no musl) too"
    fi
fi

# The wheel's Python suite, on the root's CPython 3.9 (glibc roots only).
if [ "$cross_wheel" != - ] && [ -n "${rootfs:-}" ] && [ "$cross_libc" = glibc ]; then
    wheels=$("$here/py39-wheels.sh" "$python")
    "$here/venv.sh" "$rootfs" "$out/venv" "$dist/zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl" "$wheels"/*.whl
    (cd "$root/python/tests" && ZEGO_CODES_ROOT=$root "$out/venv/bin/python" -m pytest -q -p no:cacheprovider) ||
        fail "the Python suite failed on the Debian 11 root's CPython 3.9"
    say "the wheel's Python suite passed on $("$out/venv/bin/python" --version) under $cross_runner"
fi
"$here/check.sh" "$triple" "$dist" "$version"
[ ${#over[@]} -eq 0 ] || fail "size: ${over[*]}"
