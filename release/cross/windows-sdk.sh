#!/usr/bin/env bash
# The Windows layout of the C library (a zip, see release/cross/windows/README.md):
#   bin/zego_codes.dll          the DLL, which must sit beside the program (or on PATH)
#   lib/zego_codes.lib          import library for MSVC (llvm-dlltool's short import format,
#                               which MinGW's linkers read as well)
#   lib/libzego_codes.dll.a     import library for MinGW (-lzego_codes)
#   lib/libzego_codes.a         static library, for MinGW (it expects MinGW's C runtime)
#   lib/pkgconfig/, lib/cmake/zego_codes/   pkg-config (MinGW) and CMake (MSVC or MinGW)
# Both import libraries are made from the DLL's own export table, under its shipped name.
# usage: release/cross/windows-sdk.sh TRIPLE CARGO_OUT SDK VERSION STATIC_LIBS
set -euo pipefail
triple=$1 cargo_out=$2 sdk=$3 version=$4 static_libs=$5
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=release/cross/row.sh
. "$here/row.sh" "$triple"
# llvm-dlltool's name of the row's format; mingw-w64's dlltool is its linker's sibling.
case $cross_format in
    coff-x86-64) machine=i386:x86-64 ;;
    coff-i386) machine=i386 ;;
    *) echo "windows-sdk: $triple's format $cross_format is not a Windows one" >&2; exit 1 ;;
esac
mingw=${cross_linker%-gcc}
mkdir -p "$sdk/bin" "$sdk/lib/pkgconfig" "$sdk/lib/cmake/zego_codes"
"$cross_strip" --strip-all -o "$sdk/bin/zego_codes.dll" "$cargo_out/zego_codes_ffi.dll"
def=$sdk/../zego_codes.def
{
    echo "LIBRARY zego_codes.dll"
    echo "EXPORTS"
    llvm-objdump-$LLVM_VERSION -p "$sdk/bin/zego_codes.dll" |
        awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print "    " $3 }'
} > "$def"
llvm-dlltool-$LLVM_VERSION -m "$machine" -d "$def" -D zego_codes.dll -l "$sdk/lib/zego_codes.lib"
# GNU dlltool names the archive's members after the output's path as given: run from the
# output's folder, so that they do not name the folder the release was built in.
(cd "$sdk/lib" && "$mingw-dlltool" -d "$def" -D zego_codes.dll -l libzego_codes.dll.a)
for f in zego_codes.pc zego_codes-static.pc; do
    sed -e "s|@VERSION@|$version|g; s|@STATIC_LIBS@|$static_libs|g" "$here/windows/$f.in" > "$sdk/lib/pkgconfig/$f"
done
sed -e "s|@VERSION@|$version|g; s|@STATIC_LIBS_CMAKE@|$(sed 's/-l//g; s/ /;/g' <<<"$static_libs")|g" \
    "$here/windows/zego_codes-config.cmake.in" > "$sdk/lib/cmake/zego_codes/zego_codes-config.cmake"
"$here/../../ffi/cmake/config-version.sh" "$version" "$sdk/lib/cmake/zego_codes/zego_codes-config-version.cmake"
