#!/usr/bin/env bash
# Writes the pkg-config and CMake files of libzego_codes from the templates beside this script:
# `make install` and the SDK tarball (`make dist`) both call it, so they never differ.
#   OUT/pkgconfig/zego_codes.pc           the shared library (Libs.private: what a fully static
#                                         link adds)
#   OUT/pkgconfig/zego_codes-static.pc    libzego_codes.a by its path, with --gc-sections
#   OUT/cmake/zego_codes/                 zego_codes::zego_codes and ::zego_codes_static
# usage: ffi/dev-files.sh OUT VERSION ABI STATIC_LIBS PREFIX LIBDIR INCLUDEDIR
#   PREFIX, LIBDIR, INCLUDEDIR: absolute paths the files are installed under. With PREFIX ""
#   the tree is relocatable: LIBDIR and INCLUDEDIR are relative to the prefix ("lib",
#   "include") and the .pc files name them from ${pcfiledir}, their own folder.
#   The CMake files always find the library relative to themselves.
set -euo pipefail
[ $# -eq 7 ] || { echo "usage: $0 OUT VERSION ABI STATIC_LIBS PREFIX LIBDIR INCLUDEDIR" >&2; exit 2; }
out=$1 version=$2 abi=$3 static_libs=$4 prefix=$5 libdir=$6 includedir=$7
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "$prefix" ]; then
    # Paths are computed in a stand-in root, then named from the .pc file's folder.
    root=/relocatable
    pc_prefix="\${pcfiledir}/$(realpath -m --relative-to="$root/$libdir/pkgconfig" "$root")"
    pc_libdir="\${prefix}/$libdir" pc_includedir="\${prefix}/$includedir"
    libdir=$root/$libdir includedir=$root/$includedir
else
    pc_prefix=$prefix pc_libdir=$libdir pc_includedir=$includedir
fi
cmake_dir=$libdir/cmake/zego_codes
mkdir -p "$out/pkgconfig" "$out/cmake/zego_codes"

for pc in zego_codes zego_codes-static; do
    sed -e "s|@PREFIX@|$pc_prefix|; s|@LIBDIR@|$pc_libdir|; s|@INCLUDEDIR@|$pc_includedir|" \
        -e "s|@VERSION@|$version|; s|@STATIC_LIBS@|$static_libs|" \
        "$here/$pc.pc.in" > "$out/pkgconfig/$pc.pc"
done
sed -e "s|@VERSION@|$version|g; s|@ABI@|$abi|g" \
    -e "s|@REL_LIBDIR@|$(realpath -m --relative-to="$cmake_dir" "$libdir")|" \
    -e "s|@REL_INCLUDEDIR@|$(realpath -m --relative-to="$cmake_dir" "$includedir")|" \
    -e "s|@STATIC_LIBS_CMAKE@|$(sed 's/-l//g; s/ /;/g' <<<"$static_libs")|" \
    "$here/cmake/zego_codes-config.cmake.in" > "$out/cmake/zego_codes/zego_codes-config.cmake"
"$here/cmake/config-version.sh" "$version" "$out/cmake/zego_codes/zego_codes-config-version.cmake"
