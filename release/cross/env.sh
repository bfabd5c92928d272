# shellcheck shell=bash
# Sourced with a target triple: the environment of a release build of that triple (the compiler,
# the linker, the target folder), its row of release/cross/targets.tsv (row.sh), and core_std,
# cargo's arguments for the C library.
# usage: . release/cross/env.sh TRIPLE
# shellcheck source=release/cross/row.sh
. "$(dirname "${BASH_SOURCE[0]}")/row.sh" "$1"
# The row's Rust compiler (targets.tsv's rustc column), as BUILDINFO names it (cross_rustc_bin).
# Debian's builds get a target folder per triple: cargo locks its folder while it builds, and
# mk/cross.mk builds two triples at a time. rustup's (the host's) use the checkout's own, as
# `make ffi` does, their outputs under target/TRIPLE/.
# shellcheck disable=SC2034 # cross_rustc_bin is for the scripts that source this file
case $cross_rustc in
    debian) export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$cross_root/target/cross/$1
            cross_rustc_bin=$RUSTC ;;
    rustup) export CARGO_TARGET_DIR=$cross_root/target
            cross_rustc_bin=rustc ;;
    *) echo "cross: $1's rustc is $cross_rustc, neither debian nor rustup" >&2; return 1 ;;
esac
cross_linker_var=CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$1")_LINKER
# Target rustflags: the build's folders mapped away (tools/rustflags-remap.sh),
# ZEGO_CROSS_RUSTFLAGS (a caller's, for one build), and what the row's libc needs (targets.tsv's
# libc column):
#   musl: -C link-self-contained=no (its programs are static, and zig brings musl's start
#     files and libc, which rustc's sysroot lacks for a target built from source); a musl
#     shared object names musl's libc as musl systems install it, not zig's "libc.so";
#   mingw, mingw-dwarf: no link time in the PE header (mingw's linker writes one by default,
#     and a release file depends on the commit alone);
#   mingw-dwarf: rustc's start objects (rsbegin.o, rsend.o), which Debian's rustc lacks.
cross_rustflags="$("$cross_root/tools/rustflags-remap.sh") ${ZEGO_CROSS_RUSTFLAGS:-}"
# (;;& tests the arms below it too: mingw-dwarf gets both of its flags.)
case $cross_libc in
    musl) cross_rustflags="-C link-self-contained=no $cross_rustflags"
          export ZEGO_ZIG_AFTER=$cross_dir/musl-needed.sh ;;
    mingw*) cross_rustflags="-C link-arg=-Wl,--no-insert-timestamp $cross_rustflags" ;;&
    mingw-dwarf) cross_rustflags="-L native=$("$cross_dir/windows-rtstartup.sh" "$1") $cross_rustflags" ;;
esac
[ -z "$cross_rustflags" ] || export "CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$1")_RUSTFLAGS=$cross_rustflags"
case $cross_linker in
    zig:*) export ZEGO_ZIG_TARGET=${cross_linker#zig:} "$cross_linker_var=$cross_dir/zig-cc" ;;
    *) export "$cross_linker_var=$cross_linker" ;;
esac
# A macOS dylib's linker, deployment target and stripping (iOS rows build static libraries only).
# shellcheck source=release/cross/apple-env.sh
[ "$cross_lib" != dylib ] || . "$cross_dir/apple-env.sh" "$1"
# cargo's arguments for the C library of any cross or mobile target (release/cross/build.sh,
# release/mobile/lib.sh), one list so that both share cargo's cache.
# The library is no_std: core only, its memcpy from compiler-builtins where no libc has one.
# compiler_builtins gets one codegen unit per function, as the standard library's own profile
# gives it (lost under -Zbuild-std, which applies this workspace's codegen-units = 1): a linker
# then takes only the functions a program calls. windows-gnu objects keep all their code in
# one .text section (rustc turns function sections off there), so in one object all of it
# stayed in the DLL despite --gc-sections (lgamma, float helpers: 43 KB).
# shellcheck disable=SC2034,SC2054 # used by the scripts that source this file; the commas belong to the options
core_std=(-Zbuild-std=core,panic_abort -Zbuild-std-features=compiler-builtins-mem
    --config profile.ffi.package.compiler_builtins.codegen-units=10000)
