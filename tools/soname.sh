#!/usr/bin/env bash
# Prints the SONAME of a shared library: ffi/build.rs decides it, and the make files and
# tests read it back from the library instead of restating the rule.
# usage: tools/soname.sh LIB.so
set -euo pipefail
readelf -d "$1" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p'
