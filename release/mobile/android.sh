#!/usr/bin/env bash
# shellcheck disable=SC2031 # release/cross/steps.sh's steps run in subshells: their variables are their own
# The Android release files, from the C library of each Android row of
# release/mobile/targets.tsv (release/mobile/lib.sh) and the Java library's jar:
#   zego-codes-VERSION.aar: one Gradle dependency with both APIs: classes.jar (the Java
#     library), jni/ABI/libzego_codes.so (packed into the APK), and prefab/ (Google's Prefab
#     schema 2) with the module zego_codes (shared) and zego_codes_static, so that an app's
#     CMake or ndk-build finds them with `buildFeatures { prefab = true }`;
#   libzego_codes-VERSION-android.zip: include/, lib/ABI/libzego_codes.{so,a}, Android.mk,
#     for ndk-build or any other build without Gradle.
# usage: release/mobile/android.sh DIST VERSION JAR MIN_SDK NDK_MAJOR
set -euo pipefail
dist=$(realpath -m "$1") version=$2 jar=$(realpath "$3") min_sdk=$4 ndk=$5
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
stage=$root/target/mobile-stage/android
rm -rf "$stage" && mkdir -p "$stage" "$dist"
aar=$stage/aar zip=$stage/zip/libzego_codes-$version-android
fill() { # TEMPLATE OUT KEY=VALUE...: the template with each @KEY@ replaced
    local in=$1 out=$2 expr=(); shift 2
    for kv in "$@"; do expr+=(-e "s|@${kv%%=*}@|${kv#*=}|g"); done
    sed "${expr[@]}" "$in" > "$out"
}
headers() { mkdir -p "$1" && cp "$root/include/zego_codes.h" "$root/include/zego_codes.hpp" "$1/"; }

mkdir -p "$aar/prefab/modules"
fill "$here/android/AndroidManifest.xml.in" "$aar/AndroidManifest.xml" VERSION="$version" MIN_SDK="$min_sdk"
fill "$here/android/prefab.json.in" "$aar/prefab/prefab.json" VERSION="$version"
cp "$jar" "$aar/classes.jar"
: > "$aar/R.txt"
for module in zego_codes zego_codes_static; do
    headers "$aar/prefab/modules/$module/include"
    cp "$here/android/module.json.in" "$aar/prefab/modules/$module/module.json"
done
headers "$zip/include"
cp "$here/android/Android.mk" "$root/ffi/ANDROID.md" "$root/LICENSE" "$zip/"
mv "$zip/ANDROID.md" "$zip/README.md"

while read -r triple; do
    # shellcheck source=release/cross/steps.sh
    . "$root/release/cross/steps.sh" && row "$triple"
    abi=${cross_name#android-}
    out=$("$here/lib.sh" "$triple")
    mkdir -p "$zip/lib/$abi" "$aar/jni/$abi"
    "$cross_strip" --strip-all -o "$zip/lib/$abi/libzego_codes.so" "$out/libzego_codes_ffi.so"
    # The static library without the LLVM bitcode compiler_builtins' object embeds (no linker
    # reads it, and the NDK's LLVM is older than the rustc that wrote it).
    llvm-objcopy-$LLVM_VERSION --remove-section=.llvmbc --remove-section=.llvmcmd "$out/libzego_codes_ffi.a" "$zip/lib/$abi/libzego_codes.a"
    "$cross_strip" --strip-debug "$zip/lib/$abi/libzego_codes.a"
    cp "$zip/lib/$abi/libzego_codes.so" "$aar/jni/$abi/"
    for module in zego_codes zego_codes_static; do
        libs=$aar/prefab/modules/$module/libs/android.$abi
        mkdir -p "$libs"
        if [ $module = zego_codes ]; then
            cp "$zip/lib/$abi/libzego_codes.so" "$libs/"; static=false
        else
            cp "$zip/lib/$abi/libzego_codes.a" "$libs/"; static=true
        fi
        fill "$here/android/abi.json.in" "$libs/abi.json" ABI="$abi" MIN_SDK="$min_sdk" NDK="$ndk" STATIC=$static
    done
    echo "mobile: $abi built"
done < <("$root/release/cross/steps.sh" table --mobile lib=so triple)

"$root/release/cross/steps.sh" pack zip "$aar" "$dist/zego-codes-$version.aar" .
"$root/release/cross/steps.sh" pack zip "$stage/zip" "$dist/libzego_codes-$version-android.zip" .
echo "mobile: wrote $dist/zego-codes-$version.aar and libzego_codes-$version-android.zip"
