#!/usr/bin/env bash
# The universal macOS archives, from the builds of every macOS row of release/cross/targets.tsv
# (release/cross/build.sh builds each architecture into its stage, then calls this):
#   libzego_codes-VERSION-macos/  lib/libzego_codes.dylib (install name
#       @rpath/libzego_codes.dylib), lib/libzego_codes.a (release/mobile/fat.py, as the
#       XCFramework's), lib/pkgconfig/, lib/cmake/zego_codes/, include/, README.md
#       (release/cross/macos/README.md), LICENSE, BUILDINFO (every architecture's)
#   zego-codes-VERSION-macos/     zego-codes, README.md (cli/README.md and
#       release/cross/macos/command.md), LICENSE, BUILDINFO
# Only the last macOS row's build makes them; the other rows are built again first (cargo's
# cache makes that quick when nothing changed), so they never join an architecture built from
# older source. Prints the folder that holds both archives' folders (build.sh packs them), or
# nothing when TRIPLE is not the last macOS row. Joining never touches a linked file's bytes,
# so each arm64 file keeps the signature zig's linker gave it.
# usage: release/cross/apple-universal.sh TRIPLE DIST VERSION STATIC_LIBS
set -euo pipefail
triple=$1 dist=$2 version=$3 static_libs=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=release/cross/row.sh
. "$here/row.sh" "$triple"
rows=$("$here/table.sh" name="$cross_name" triple)
lipo=llvm-lipo-$LLVM_VERSION
[ "$(tail -n 1 <<<"$rows")" = "$triple" ] || exit 0
mapfile -t others < <(grep -vx "$triple" <<<"$rows")
for other in "${others[@]}"; do
    "$here/build.sh" "$other" "$dist" "$version" >&2
done
stages=$root/target/cross-stage
out=$stages/$cross_name
sdk=libzego_codes-$version-$cross_name cli=zego-codes-$version-$cross_name
rm -rf "$out" && mkdir -p "$out/$sdk/lib" "$out/$cli"
slices() { # PATH inside each row's stage: one path a row
    for t in $rows; do echo "$stages/$t/$1"; done
}
mapfile -t dylibs < <(slices "$sdk/lib/libzego_codes.dylib")
"$lipo" -create "${dylibs[@]}" -output "$out/$sdk/lib/libzego_codes.dylib"
statics=()
for t in $rows; do # from cargo's archive: zig cannot read the one llvm-strip wrote from it
    # shellcheck source=release/cross/env.sh
    "$root/release/mobile/apple-static.sh" "$(. "$here/env.sh" "$t" && echo "$CARGO_TARGET_DIR/$t/ffi")/libzego_codes_ffi.a" "$out/$t.a"
    statics+=("$out/$t.a")
done
python3 "$root/release/mobile/fat.py" "$out/$sdk/lib/libzego_codes.a" "${statics[@]}"
rm -f "${statics[@]}"
cp -r "$stages/$(head -n 1 <<<"$rows")/$sdk/include" "$out/$sdk/"
cp "$here/macos/README.md" "$root/LICENSE" "$out/$sdk/"
mkdir -p "$out/$sdk/lib/pkgconfig" "$out/$sdk/lib/cmake/zego_codes"
for f in zego_codes.pc zego_codes-static.pc; do
    sed -e "s|@VERSION@|$version|g; s|@STATIC_LIBS@|$static_libs|g" "$here/macos/$f.in" > "$out/$sdk/lib/pkgconfig/$f"
done
sed -e "s|@STATIC_LIBS_CMAKE@|$(sed 's/-l//g; s/ /;/g' <<<"$static_libs")|g" \
    "$here/macos/zego_codes-config.cmake.in" > "$out/$sdk/lib/cmake/zego_codes/zego_codes-config.cmake"
"$root/ffi/cmake/config-version.sh" "$version" "$out/$sdk/lib/cmake/zego_codes/zego_codes-config-version.cmake"
mapfile -t clis < <(slices "$cli/zego-codes")
"$lipo" -create "${clis[@]}" -output "$out/$cli/zego-codes"
cat "$root/cli/README.md" "$here/macos/command.md" > "$out/$cli/README.md"
cp "$root/LICENSE" "$out/$cli/"
for folder in "$sdk" "$cli"; do
    for t in $rows; do cat "$stages/$t/$folder/BUILDINFO"; echo; done | sed '$d' > "$out/$folder/BUILDINFO"
done
echo "$out"
