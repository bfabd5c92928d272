#!/usr/bin/env bash
# One architecture's static library as Apple's tools take it: without the LLVM bitcode that
# compiler_builtins' objects embed (which Xcode no longer takes), and without debug info.
# The XCFramework (release/mobile/apple.sh) and the macOS C library archive
# (release/cross/steps.sh apple-universal) both ship their archives through this.
# usage: release/mobile/apple-static.sh IN.a OUT.a
set -euo pipefail
# shellcheck source=release/floors.env
. "$(dirname "$0")/../floors.env"
llvm-objcopy-$LLVM_VERSION --remove-section=__LLVM,__bitcode --remove-section=__LLVM,__cmdline "$1" "$2"
llvm-strip-$LLVM_VERSION --strip-debug "$2"
