#!/usr/bin/env bash
# Writes zego_codes-config-version.cmake for VERSION, from the template beside this script:
# every C library archive's CMake package (ffi/dev-files.sh for Linux and `make install`,
# release/cross/windows-sdk.sh, release/cross/apple-universal.sh) takes it from here.
# usage: ffi/cmake/config-version.sh VERSION OUT_FILE
set -euo pipefail
version=$1 out=$2
major=${version%%.*} rest=${version#*.}
minor=${rest%%.*}
sed -e "s|@VERSION@|$version|g; s|@MAJOR@|$major|g; s|@MINOR@|$minor|g" \
    "$(dirname "$0")/zego_codes-config-version.cmake.in" > "$out"
