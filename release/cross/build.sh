#!/usr/bin/env bash
# shellcheck disable=SC2031 # release/cross/steps.sh's steps run in subshells: their variables are their own
# Builds the release files of one target (a row of release/cross/targets.tsv, x86_64 Linux
# glibc's too) into DIST: the C library archive (a zip with a DLL for Windows), the command's
# archive where the row ships it, and the abi3 wheel where it has a tag. Each archive carries
# BUILDINFO: the compilers and linker that built it. Every step shared with other scripts
# (the row, the environment, packing, BUILDINFO, the pkg-config and CMake files, the Windows
# and macOS layouts) is a function of release/cross/steps.sh. cargo's target folder
# (target-env: target/cross/TRIPLE, or target/ for the rustup row; its wheel/ for a wheel
# built apart) is the cache: an unchanged source rebuilds nothing.
# usage: release/cross/build.sh TRIPLE DIST VERSION
set -euo pipefail
triple=$1 dist=$(realpath -m "$2") version=$3
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=release/cross/steps.sh
. "$here/steps.sh"
target_env "$triple"
root=$cross_root
out=$CARGO_TARGET_DIR/$triple
stage=$root/target/cross-stage/$triple
rm -rf "$stage" && mkdir -p "$stage" "$dist"
pack_folder() { # FOLDER: FOLDER.ARCHIVE of stage/FOLDER into dist
    pack "$cross_archive" "$stage" "$dist/$1.$cross_archive" "$1"
}
write_buildinfo() { # FILE [LINKER]: what built this archive (LINKER: the linker column's unless named)
    buildinfo "$triple" "$cross_rustc_bin" "${2:-$cross_linker}" > "$1"
}
# Rows of one name are joined into one archive of each kind (apple-universal), not packed.
joined=$(table name="$cross_name" triple | wc -l)

# The C library.
sdk=libzego_codes-$version-$cross_name
mkdir -p "$stage/$sdk/include" "$stage/$sdk/lib"
cp "$root/include/zego_codes.h" "$root/include/zego_codes.hpp" "$stage/$sdk/include/"
so=libzego_codes.so lib_linker=$cross_linker
if [ "$cross_rustc" = rustup ]; then
    # The host's library is `make ffi`'s (mk/dist.mk makes it first), not built again here: it
    # is the one test-c tests and the ABI guard reads (its debug copy), and a second build
    # would give the same bytes only from the same cargo command, flags and folder (crate
    # hashes in its symbols change with --target), so it would be that build twice. make ffi
    # links it with rustc's default linker, cc, and strips debug info only.
    ffi=$root/build/ffi
    native_libs=$(cat "$ffi/native-static-libs")
    cp "$ffi/lib/libzego_codes.a" "$ffi/lib/$so.$version" "$stage/$sdk/lib/"
    lib_linker=cc
else
    # musl links programs statically by default (crt-static), under which rustc builds no
    # shared library: the library's own build turns it off.
    ffi_flags=
    [ "$cross_libc" != musl ] || ffi_flags="-C target-feature=-crt-static"
    log=$stage/cargo-ffi.log
    ZEGO_CROSS_RUSTFLAGS=$ffi_flags cross_cargo "$triple" rustc -p zego-codes-ffi --profile ffi \
        --locked "${core_std[@]}" -- --print native-static-libs 2> "$log" || { cat "$log" >&2; exit 1; }
    native_libs=$(sed -n 's/^note: native-static-libs: //p' "$log")
    "$cross_strip" --strip-debug -o "$stage/$sdk/lib/libzego_codes.a" "$out/ffi/libzego_codes_ffi.a"
    case $cross_lib in
        dylib) "$cross_strip" -x -o "$stage/$sdk/lib/libzego_codes.dylib" "$out/ffi/libzego_codes_ffi.dylib" ;;
        so) "$cross_strip" --strip-all -o "$stage/$sdk/lib/$so.$version" "$out/ffi/libzego_codes_ffi.so" ;;
    esac
fi
readme=$root/ffi/LINKING.md
case $cross_lib in
    dll)
        windows_sdk "$triple" "$out/ffi" "$stage/$sdk" "$version" "$native_libs"
        readme=$here/windows/README.md ;;
    so)
        # The SONAME ffi/build.rs gave the library, read back: its rule is written there only.
        soname=$(soname "$stage/$sdk/lib/$so.$version")
        ln -sf "$so.$version" "$stage/$sdk/lib/$soname"
        ln -sf "$soname" "$stage/$sdk/lib/$so"
        dev_files "$stage/$sdk/lib" "$version" "${soname#"$so."}" "$native_libs" "" lib include ;;
esac
cp "$readme" "$stage/$sdk/README.md"
cp "$root/LICENSE" "$stage/$sdk/"
write_buildinfo "$stage/$sdk/BUILDINFO" "$lib_linker"
# macOS links its dylib with ld64.lld (release/cross/apple-lld), its command with zig.
[ "$cross_lib" != dylib ] || echo "dylib linker: $(ld64.lld-$LLVM_VERSION --version)" >> "$stage/$sdk/BUILDINFO"
[ "$joined" -gt 1 ] || pack_folder "$sdk"

# Debian's rustc builds the standard library for the target from source; rustup's has it.
build_std=()
# shellcheck disable=SC2054 # the comma belongs to the option
[ "$cross_rustc" != debian ] || build_std=(-Zbuild-std=std,panic_abort)

# The command.
if [ "$cross_exe" != - ]; then
    cross_cargo "$triple" build -p zego-codes-cli --bin zego-codes --release --locked "${build_std[@]}"
    cli=zego-codes-$version-$cross_name
    mkdir -p "$stage/$cli"
    "$cross_strip" --strip-all -o "$stage/$cli/$cross_exe" "$out/release/$cross_exe"
    cp "$root/cli/README.md" "$root/LICENSE" "$stage/$cli/"
    write_buildinfo "$stage/$cli/BUILDINFO"
    [ "$joined" -gt 1 ] || pack_folder "$cli"
fi

# The universal archives of the rows of one name, packed with the last row's build.
if [ "$joined" -gt 1 ]; then
    universal=$(apple_universal "$triple" "$dist" "$version" "$native_libs")
    # shellcheck disable=SC2030 # the subshell keeps stage for the universal archives only
    [ -z "$universal" ] || (stage=$universal; pack_folder "$sdk"; pack_folder "$cli")
fi

# The wheel (targets.tsv's wheellink column). maturin links it with the command's linker
# (release/cross/zig-cc: glibc's floor, or musl's libc named as musl systems name it;
# mingw-w64 for Windows) in the command's target folder, so the standard library built for the
# command serves the wheel too: one build of std per target, not two; or with its own zig
# (--zig, which sets the linker itself) in a folder of its own. musl's keeps a folder of its own
# too, its modules linking libc dynamically (a standard library of other flags). A folder of
# its own is cached beside the command's instead of replacing it.
# shellcheck disable=SC2031 # stage changed only in the subshell above, on purpose: here it is the row's
if [ "$cross_wheel" != - ]; then
    compat=() strip=(--strip) target=(--target "$triple")
    case $cross_libc in
        glibc) compat=(--compatibility "$MANYLINUX") ;;
        musl) compat=(--compatibility "$MUSLLINUX")
              export CARGO_TARGET_DIR=$CARGO_TARGET_DIR/wheel ;;
        # rustc strips Apple files with rust-objcopy, which Debian's rustc lacks.
        darwin) strip=() ;;
    esac
    if [ "$cross_wheellink" = maturin ]; then
        compat+=(--zig)
        unset ZEGO_ZIG_TARGET "$cross_linker_var"
        export CARGO_TARGET_DIR=$CARGO_TARGET_DIR/wheel
    fi
    # rustup's wheel is the host's: built for this Python, without --target (cargo's
    # rustflags then reach build scripts too), as `make python` builds the wheel of the tests.
    [ "$cross_rustc" != rustup ] || target=(-i "${ZEGO_DIST_PYTHON:-python3}")
    # maturin gives the wheel's members SOURCE_DATE_EPOCH's time, and cargo-cyclonedx the SBOM
    # it writes into .dist-info/sboms/ (without it: the build's time and a random serial
    # number); wheel-sbom takes the checkout's path out of that SBOM, rewriting two members
    # with zip.
    PATH=$(dirname "${ZEGO_DIST_PYTHON:-python3}"):$PATH SOURCE_DATE_EPOCH=$(source_date_epoch) maturin build --release --locked "${strip[@]}" \
        "${compat[@]}" "${target[@]}" -m "$root/python/Cargo.toml" -o "$stage/wheel" "${build_std[@]}"
    wheel=zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl
    [ -f "$stage/wheel/$wheel" ] || { echo "cross: maturin wrote $(ls "$stage/wheel"), not $wheel" >&2; exit 1; }
    wheel_sbom "$stage/wheel/$wheel" "$root" "$dist/$wheel"
fi
echo "cross: $triple built into $dist"
