# shellcheck shell=bash
# Sourced with a target triple: the environment of a cross build of that triple (the compiler,
# the linker, the target folder), and its row of release/cross/targets.tsv (row.sh).
# usage: . release/cross/env.sh TRIPLE
# shellcheck source=release/cross/row.sh
. "$(dirname "${BASH_SOURCE[0]}")/row.sh" "$1"
export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
# A target folder per triple: cargo locks its folder while it builds, and mk/cross.mk builds
# two triples at a time.
export CARGO_TARGET_DIR=$cross_root/target/cross/$1
cross_linker_var=CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$1")_LINKER
# Target rustflags: the build's folders mapped away (tools/rustflags-remap.sh),
# ZEGO_CROSS_RUSTFLAGS (a caller's, for one build), and for musl
# -C link-self-contained=no: its programs are static, and zig brings musl's start files and
# libc, which rustc's sysroot lacks for a target built from source.
cross_rustflags="$("$cross_root/tools/rustflags-remap.sh") ${ZEGO_CROSS_RUSTFLAGS:-}"
[[ $1 == *-musl ]] && cross_rustflags="-C link-self-contained=no $cross_rustflags"
# 32-bit MinGW: rustc's start objects (rsbegin.o, rsend.o), which Debian's rustc lacks.
[[ $1 == i686-*-windows-gnu ]] && cross_rustflags="-L native=$("$cross_dir/windows-rtstartup.sh" "$1") $cross_rustflags"
# A musl shared object names musl's libc as musl systems install it (not zig's "libc.so").
[[ $1 == *-musl ]] && export ZEGO_ZIG_AFTER=$cross_dir/musl-needed.sh
[ -z "$cross_rustflags" ] || export "CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$1")_RUSTFLAGS=$cross_rustflags"
case $cross_linker in
    zig:*) export ZEGO_ZIG_TARGET=${cross_linker#zig:} "$cross_linker_var=$cross_dir/zig-cc" ;;
    *) export "$cross_linker_var=$cross_linker" ;;
esac
# shellcheck source=release/cross/apple-env.sh
[[ $1 != *-apple-darwin ]] || . "$cross_dir/apple-env.sh" "$1"
