#!/usr/bin/env bash
# Each library exports exactly the zego_* functions of the reference (the x86_64 Linux
# libzego_codes.so) and nothing else: ELF .so (dynamic symbols), PE DLL (export table),
# Mach-O dylib (external symbols, without the leading underscore), and for a static archive
# (.a, .lib) the zego_* functions it defines.
# usage: tests/cross/exports.sh REFERENCE_SO LIB...
set -euo pipefail
# shellcheck source=release/floors.env
. "$(dirname "$0")/../../release/floors.env"
reference=$1; shift
fail() { echo "exports: $*" >&2; exit 1; }
want=$(nm -D --defined-only "$reference" | awk '{ print $3 }' | grep '^zego_' | sort)
[ -n "$want" ] || fail "$reference exports no zego_ function"
for lib in "$@"; do
    case $(file -b "$lib") in
        *PE32*) got=$(llvm-objdump-$LLVM_VERSION -p "$lib" | awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print $3 }' | sort) ;;
        # zig's Mach-O linker also exports the image's own header symbols (ld64 keeps them
        # private): the linker's, not the library's, so they are left out.
        *Mach-O*) got=$(llvm-nm-$LLVM_VERSION -g --defined-only --no-weak --format=just-symbols "$lib" | sed 's/^_//' |
                        grep -vxE '_mh_dylib_header|__dso_handle' | sort -u) ;;
        # llvm-nm 14 cannot read the bitcode newer rustc embeds in some members (not ours):
        # it reports them and goes on, and its status is ignored.
        *ar\ archive*) got=$({ llvm-nm-$LLVM_VERSION -g --defined-only "$lib" 2>/dev/null || true; } | awk '$2 == "T" && $3 ~ /^_?zego_/ { sub(/^_/, "", $3); print $3 }' | sort -u) ;;
        *) got=$(llvm-nm-$LLVM_VERSION -D --defined-only --format=just-symbols "$lib" | sort) ;;
    esac
    if [ "$got" != "$want" ]; then
        fail "$(basename "$lib") exports differ from $(basename "$reference") (< reference, > this library):
$(diff <(echo "$want") <(echo "$got") || true)"
    fi
    echo "exports: $(basename "$lib"): the $(wc -l <<<"$want") zego_* functions of the x86_64 Linux library, nothing else"
done
