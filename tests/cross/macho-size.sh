#!/usr/bin/env bash
# The bytes a thin Mach-O file holds without the zeros that align its segments to pages
# (16 KB on arm64): its sections, and the link-edit data (symbols, binding, signature) to the
# end of the file. tests/cross/test.sh measures a program's cost of one lookup with it, as the
# program pads its own segments whether it calls the library or not.
# usage: tests/cross/macho-size.sh FILE
set -euo pipefail
# shellcheck source=release/floors.env
. "$(dirname "$0")/../../release/floors.env"
file=$1
sections=$(llvm-size-$LLVM_VERSION -m "$file" | awk '$1 == "Section" { s += $NF } END { print s + 0 }')
linkedit=$(llvm-objdump-$LLVM_VERSION --macho --private-headers "$file" |
    awk '$1 == "segname" { seg = $2 } seg == "__LINKEDIT" && $1 == "fileoff" { print $2 }')
[ -n "$linkedit" ] || { echo "macho-size: $file has no __LINKEDIT segment" >&2; exit 1; }
echo $(( sections + $(stat -c %s "$file") - linkedit ))
