#!/usr/bin/env bash
# The rustc flags that keep where a build ran out of what it makes. rustc writes source paths
# into panic locations (the registry's sources under CARGO_HOME, OUT_DIR's files) and into
# debug info, which the linker's GNU build ID hashes even when strip removes it afterwards:
# the checkout becomes "." and CARGO_HOME "/cargo". Every release build passes them
# (the Makefile's REPRO_RUSTFLAGS for mk/ffi.mk, release/cross/env.sh for every other).
# Space-separated, as RUSTFLAGS are: a checkout or CARGO_HOME path with a space is refused.
# usage: tools/rustflags-remap.sh   (prints the flags)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
cargo_home=${CARGO_HOME:-$HOME/.cargo}
case "$root$cargo_home" in *' '*)
    echo "rustflags-remap: a path with a space cannot go into RUSTFLAGS: $root, $cargo_home" >&2; exit 1 ;;
esac
echo "--remap-path-prefix=$root=. --remap-path-prefix=$cargo_home=/cargo"
