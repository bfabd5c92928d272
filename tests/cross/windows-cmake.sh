#!/usr/bin/env bash
# The Windows zip's CMake package as a MinGW project uses it: ffi/tests/consumer configured
# with find_package(zego_codes) against the unpacked folder (built elsewhere: the package is
# relocatable), compiled by zig for windows-gnu, zego_codes.dll copied beside the programs as
# the zip's README says, then each program run (the DLL through libzego_codes.dll.a, the
# static library, C++, the header against the DLL's version).
# usage: tests/cross/windows-cmake.sh ZIG_TARGET SDK_FOLDER OUT RUNNER...
set -euo pipefail
target=$1 sdk=$(realpath "$2") out=$(realpath -m "$3"); shift 3
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${ZEGO_DIST_PYTHON:-python3}
rm -rf "$out" && mkdir -p "$out/bin"
# CMake takes one program as each compiler: zig's, for the target, behind a wrapper.
for lang in cc c++; do
    printf '#!/bin/sh\nexec %s -m ziglang %s -target %s "$@"\n' "$python" "$lang" "$target" > "$out/bin/$lang"
    chmod +x "$out/bin/$lang"
done
cmake -S "$root/ffi/tests/consumer" -B "$out/build" -DCMAKE_SYSTEM_NAME=Windows \
    -DCMAKE_C_COMPILER="$out/bin/cc" -DCMAKE_CXX_COMPILER="$out/bin/c++" \
    -DCMAKE_PREFIX_PATH="$sdk" -DCMAKE_BUILD_TYPE=Release > "$out/configure.log" 2>&1 ||
    { cat "$out/configure.log" >&2; exit 1; }
cmake --build "$out/build" > "$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
cp "$sdk/bin/zego_codes.dll" "$out/build/"
for app in app app_static app_cpp app_version; do
    "$@" "$out/build/$app.exe" > "$out/$app.log" 2>&1 || { cat "$out/$app.log" >&2; echo "cmake: $app.exe failed" >&2; exit 1; }
done
echo "cmake: find_package(zego_codes) from the zip, built by zig ($target): app, app_static, app_cpp, app_version ran"
