# shellcheck shell=bash
# Sourced by release/cross/env.sh for a macOS triple:
#   - the deployment target of release/mobile/apple.tsv (the minimum OS of the XCFramework's
#     macOS slice too), which rustc writes into each object's load commands, maturin into the
#     wheel's tag, and zig's linker (its target gets the version, e.g. aarch64-macos.11.0)
#     into the linked file's;
#   - the linker release/cross/apple-zig-cc. zig signs what it links for arm64 (an ad-hoc
#     signature, which macOS requires of arm64 code). rustc would strip Apple outputs after
#     linking with rust-objcopy, which Debian's rustc lacks: cargo's stripping is off, and
#     build.sh strips with llvm-strip, which writes a new ad-hoc signature for the file it
#     changes (tests/cross/macho-signature.py checks every page's hash).
# usage: . release/cross/apple-env.sh TRIPLE
# shellcheck disable=SC2154 # cross_dir: set by env.sh, which sources this file
# shellcheck disable=SC2154 # cross_minos: set by row.sh, which env.sh sources
export MACOSX_DEPLOYMENT_TARGET=$cross_minos ZEGO_ZIG_TARGET=$ZEGO_ZIG_TARGET.$cross_minos
# shellcheck disable=SC2154 # cross_linker_var: set by env.sh, which sources this file
export "$cross_linker_var=$cross_dir/apple-zig-cc"
export CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_FFI_STRIP=false
# A package's own profile (Cargo.toml builds the C library's crate for size) does not take
# the variable above, and cargo's environment cannot name a package with dashes: cargo.sh
# passes this as --config.
export ZEGO_CROSS_CONFIG=profile.ffi.package.zego-codes-ffi.strip=false
# Only the libraries a file calls into are loaded (the libc crate names libiconv too).
# shellcheck disable=SC2154 # cross_rustflags: set by env.sh, which sources this file
export "CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$1")_RUSTFLAGS=$cross_rustflags -C link-arg=-Wl,-dead_strip_dylibs"
