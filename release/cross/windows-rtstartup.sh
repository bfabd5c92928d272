#!/usr/bin/env bash
# rsbegin.o and rsend.o for a 32-bit windows-gnu target: rustc links them into every i686
# MinGW binary (they register its DWARF unwind tables with libgcc), and looks for them in the
# target's sysroot, which Debian's rustc-web lacks for i686-pc-windows-gnu. They are compiled
# here from rust-web-src's library/rtstartup (#![no_core] sources), once per rustc version,
# into target/cross/rtstartup/TRIPLE, which release/cross/env.sh hands rustc as a search path.
# usage: release/cross/windows-rtstartup.sh TRIPLE     prints the folder
set -euo pipefail
triple=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
rustc=${RUSTC:-/usr/bin/rustc}
src=/usr/lib/rustlib/src/rust/library/rtstartup
out=$root/target/cross/rtstartup/$triple
version=$("$rustc" --version)
if [ "$(cat "$out/.stamp" 2>/dev/null)" != "$version" ]; then
    mkdir -p "$out"
    for obj in rsbegin rsend; do
        RUSTC_BOOTSTRAP=1 "$rustc" --target "$triple" --emit=obj -C panic=abort -C opt-level=3 \
            -o "$out/$obj.o" "$src/$obj.rs" >&2
    done
    echo "$version" > "$out/.stamp"
fi
echo "$out"
