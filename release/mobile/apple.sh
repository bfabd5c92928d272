#!/usr/bin/env bash
# The Apple release files, from the static C library of each Apple row of
# release/mobile/targets.tsv (release/mobile/lib.sh), grouped into the slices of
# release/mobile/apple.tsv (one universal archive per slice of two architectures, fat.py),
# each as Apple's tools take it (apple-static.sh):
#   OUT/ZegoCodes.xcframework: SLICE/libzego_codes.a and SLICE/Headers/ (both headers and
#     module.modulemap, for `import ZegoCodes`), and Info.plist, written from templates as
#     xcodebuild -create-xcframework would (no Apple toolchain runs here);
#   with DIST: DIST/zego-codes-VERSION.xcframework.zip, and the release's DIST/Package.swift
#     (a binary target) and DIST/ZegoCodes.podspec, both naming the zip at
#     URL_BASE/zego-codes-VERSION.xcframework.zip with its SHA-256.
# usage: release/mobile/apple.sh OUT VERSION [DIST URL_BASE HOMEPAGE]
set -euo pipefail
out=$(realpath -m "$1") version=$2 dist=${3:+$(realpath -m "$3")} url_base=${4:-} homepage=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
table=$here/apple.tsv
xcf=$out/ZegoCodes.xcframework
rm -rf "$xcf" && mkdir -p "$xcf"
libraries=$out/libraries.plist
: > "$libraries"
for slice in $(awk '!/^#/ { print $2 }' "$table" | uniq); do
    mkdir -p "$xcf/$slice/Headers"
    cp "$root/include/zego_codes.h" "$root/include/zego_codes.hpp" "$here/apple/module.modulemap" "$xcf/$slice/Headers/"
    thin=() archs=""
    while read -r triple _ platform variant arch _; do
        lib=$("$here/lib.sh" "$triple")/libzego_codes_ffi.a
        "$here/apple-static.sh" "$lib" "$out/$triple.a"
        thin+=("$out/$triple.a") slice_platform=$platform slice_variant=$variant
        archs+=$'\t\t\t\t'"<string>$arch</string>"$'\n'
    done < <(awk -v s="$slice" '$2 == s' "$table")
    if [ ${#thin[@]} = 1 ]; then
        cp "${thin[0]}" "$xcf/$slice/libzego_codes.a"
    else
        python3 "$here/fat.py" "$xcf/$slice/libzego_codes.a" "${thin[@]}"
    fi
    rm -f "${thin[@]}"
    variant_keys=""
    [ "$slice_variant" = - ] || variant_keys=$'\t\t\t<key>SupportedPlatformVariant</key>\n\t\t\t'"<string>$slice_variant</string>"
    # One library's dict per slice, its placeholders filled in by awk (values hold newlines).
    awk -v slice="$slice" -v archs="${archs%$'\n'}" -v platform="$slice_platform" -v variant="$variant_keys" '
        /@ARCHS@/ { print archs; next }
        /@VARIANT@/ { if (variant != "") print variant; next }
        { gsub(/@SLICE@/, slice); gsub(/@PLATFORM@/, platform); print }' \
        "$here/apple/library.plist.in" >> "$libraries"
    echo "mobile: $slice built"
done
awk -v f="$libraries" '/@LIBRARIES@/ { while ((getline l < f) > 0) print l; next } { print }' \
    "$here/apple/Info.plist.in" > "$xcf/Info.plist"
rm -f "$libraries"
[ -n "$dist" ] || exit 0

# The release: the zip, its Package.swift and podspec.
zip=$dist/zego-codes-$version.xcframework.zip
mkdir -p "$dist"
"$root/release/cross/steps.sh" pack zip "$out" "$zip" ZegoCodes.xcframework
ios_min=$(awk '!/^#/ && $3 == "ios" { print $7 }' "$table" | sort -V | head -n 1)
macos_min=$(awk '!/^#/ && $3 == "macos" { print $7 }' "$table" | sort -V | head -n 1)
for template in Package.swift ZegoCodes.podspec; do
    sed -e "s|@VERSION@|$version|g; s|@URL@|$url_base/$(basename "$zip")|g; s|@HOMEPAGE@|$homepage|g" \
        -e "s|@CHECKSUM@|$(sha256sum "$zip" | cut -d' ' -f1)|g" \
        -e "s|@IOS_MIN@|$ios_min|g; s|@MACOS_MIN@|$macos_min|g" \
        "$here/apple/$template.in" > "$dist/$template"
done
echo "mobile: wrote $zip, $dist/Package.swift and $dist/ZegoCodes.podspec"
