#!/usr/bin/env bash
# Builds the release files of one cross target (a row of release/cross/targets.tsv) into DIST:
# the C library archive (the layout of the x86_64 Linux SDK; a zip with a DLL for Windows),
# the command's archive where the row ships it, and the abi3 wheel where it has a tag. Each
# archive carries BUILDINFO: the compilers and linker that built it. cargo's target folder
# (target/cross/TRIPLE; its wheel/ for a wheel built apart) is the cache: an unchanged source
# rebuilds nothing.
# usage: release/cross/build.sh TRIPLE DIST VERSION
set -euo pipefail
triple=$1 dist=$(realpath -m "$2") version=$3
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=release/cross/env.sh
. "$here/env.sh" "$triple"
root=$cross_root
out=$CARGO_TARGET_DIR/$triple
stage=$root/target/cross-stage/$triple
rm -rf "$stage" && mkdir -p "$stage" "$dist"
major=${version%%.*} minor=${version#*.}; minor=${minor%%.*}
abi=$([ "$major" = 0 ] && echo "0.$minor" || echo "$major")
# shellcheck source=release/cross/core-std.sh
. "$here/core-std.sh"
# Archives that depend only on their files: sorted names, no owner, SOURCE_DATE_EPOCH (a zip
# holds local times: TZ fixes them).
mtime=$("$root/tools/source-date-epoch.sh")
pack() { # FOLDER: FOLDER.tar.gz (or .zip for Windows) of stage/FOLDER into dist
    local name=$1
    find "$stage/$name" -exec touch -h -d "@$mtime" {} +
    case $triple in
        *windows*) rm -f "$dist/$name.zip"
                   (cd "$stage" && find "$name" | LC_ALL=C sort | TZ=UTC zip -X -q -D "$dist/$name.zip" -@) ;;
        *) tar --sort=name --owner=0 --group=0 --numeric-owner -cf - -C "$stage" "$name" |
               gzip -n9 > "$dist/$name.tar.gz" ;;
    esac
}
buildinfo() { # FILE: what built this archive
    "$here/buildinfo.sh" "$triple" "$RUSTC" "$cross_linker" > "$1"
}
strip_tool=llvm-strip-14

# The C library.
# musl links programs statically by default (crt-static), under which rustc builds no shared
# library: the library's own build turns it off.
ffi_flags=
[[ $triple == *-musl ]] && ffi_flags="-C target-feature=-crt-static"
log=$stage/cargo-ffi.log
ZEGO_CROSS_RUSTFLAGS=$ffi_flags "$here/cargo.sh" "$triple" rustc -p zego-codes-ffi --profile ffi \
    --locked "${core_std[@]}" -- --print native-static-libs 2> "$log" || { cat "$log" >&2; exit 1; }
native_libs=$(sed -n 's/^note: native-static-libs: //p' "$log")
sdk=libzego_codes-$version-$cross_name
mkdir -p "$stage/$sdk/include" "$stage/$sdk/lib"
cp "$root/include/zego_codes.h" "$root/include/zego_codes.hpp" "$stage/$sdk/include/"
$strip_tool --strip-debug -o "$stage/$sdk/lib/libzego_codes.a" "$out/ffi/libzego_codes_ffi.a"
case $triple in
    *windows*)
        "$here/windows-sdk.sh" "$triple" "$out/ffi" "$stage/$sdk" "$version" "$native_libs" ;;
    *apple*)
        $strip_tool -x -o "$stage/$sdk/lib/libzego_codes.dylib" "$out/ffi/libzego_codes_ffi.dylib" ;;
    *)
        so=libzego_codes.so
        $strip_tool --strip-all -o "$stage/$sdk/lib/$so.$version" "$out/ffi/libzego_codes_ffi.so"
        ln -sf "$so.$version" "$stage/$sdk/lib/$so.$abi"
        ln -sf "$so.$abi" "$stage/$sdk/lib/$so"
        "$root/ffi/dev-files.sh" "$stage/$sdk/lib" "$version" "$abi" "$native_libs" "" lib include ;;
esac
readme=$root/ffi/LINKING.md
[[ $triple == *windows* ]] && readme=$here/windows/README.md
cp "$readme" "$stage/$sdk/README.md"
cp "$root/LICENSE" "$stage/$sdk/"
buildinfo "$stage/$sdk/BUILDINFO"
# macOS links its dylib with ld64.lld (release/cross/apple-lld), its command with zig.
[[ $triple != *-apple-darwin ]] || echo "dylib linker: $(ld64.lld-14 --version)" >> "$stage/$sdk/BUILDINFO"
[[ $triple == *apple* ]] || pack "$sdk"

# The command.
if [ "$cross_cli" = yes ]; then
    "$here/cargo.sh" "$triple" build -p zego-codes-cli --bin zego-codes --release --locked \
        -Zbuild-std=std,panic_abort
    cli=zego-codes-$version-$cross_name
    exe=zego-codes; [[ $triple == *windows* ]] && exe=zego-codes.exe
    mkdir -p "$stage/$cli"
    $strip_tool --strip-all -o "$stage/$cli/$exe" "$out/release/$exe"
    cp "$root/cli/README.md" "$root/LICENSE" "$stage/$cli/"
    buildinfo "$stage/$cli/BUILDINFO"
    [[ $triple == *apple* ]] || pack "$cli"
fi

# macOS: the universal archives of every macOS row, packed with the last row's build.
if [[ $triple == *-apple-darwin ]]; then
    universal=$("$here/apple-universal.sh" "$triple" "$dist" "$version" "$native_libs")
    # shellcheck disable=SC2030 # the subshell keeps stage for the universal archives only
    [ -z "$universal" ] || (stage=$universal; pack "$sdk"; pack "$cli")
fi

# The wheel. maturin links it with the command's linker (release/cross/zig-cc: glibc 2.17, or
# musl's libc named as musl systems name it; mingw-w64 for Windows) in the command's target
# folder, so the standard library built for the command serves the wheel too: one build of std
# per target, not two. Two kinds keep a folder of their own, each cached beside the command's
# instead of replacing it: musl's, whose modules link libc dynamically (a standard library of
# other flags), and macOS's, which maturin links with its own zig (--zig): ours lacks the
# libiconv stub the libc crate names.
# shellcheck disable=SC2031 # stage changed only in the subshell above, on purpose: here it is the row's
if [ "$cross_wheel" != - ]; then
    compat=() strip=(--strip)
    case $cross_wheel in
        manylinux2014*) compat=(--compatibility manylinux2014) ;;
        musllinux_1_2*) compat=(--compatibility musllinux_1_2)
                        export CARGO_TARGET_DIR=$CARGO_TARGET_DIR/wheel ;;
        # rustc strips Apple files with rust-objcopy, which Debian's rustc lacks.
        macosx*) compat=(--zig) strip=()
                 unset ZEGO_ZIG_TARGET "$cross_linker_var"
                 export CARGO_TARGET_DIR=$CARGO_TARGET_DIR/wheel ;;
    esac
    # SOURCE_DATE_EPOCH: the members' time and the SBOM's (mk/dist.mk says why).
    PATH=$(dirname "${ZEGO_DIST_PYTHON:-python3}"):$PATH SOURCE_DATE_EPOCH=$mtime maturin build --release --locked "${strip[@]}" \
        "${compat[@]}" --target "$triple" -m "$root/python/Cargo.toml" -o "$stage/wheel" \
        -Zbuild-std=std,panic_abort
    wheel=zego_codes-$version-cp39-abi3-$cross_wheel.whl
    [ -f "$stage/wheel/$wheel" ] || { echo "cross: maturin wrote $(ls "$stage/wheel"), not $wheel" >&2; exit 1; }
    "${ZEGO_DIST_PYTHON:-python3}" "$root/release/wheel-sbom.py" "$stage/wheel/$wheel" "$root" "$dist/$wheel"
fi
echo "cross: $triple built into $dist"
