#!/usr/bin/env bash
# What `make dist` wrote: every file SHA256SUMS lists matches it, each archive holds what
# RELEASING.md promises (one top folder, LICENSE, the files users link or run), the wheel is
# tagged abi3 for the CPython and glibc floors of release/floors.env, the SDK's pkg-config and
# CMake files name no absolute path, and nothing shipped needs a glibc newer than its floor.
# usage: tests/dist/contents.sh DIST VERSION
set -euo pipefail
dist=$(realpath "$1") version=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=release/floors.env
. "$here/../../release/floors.env"
triple=x86_64-linux-gnu
out=$(realpath -m "$here/../../target/dist-test/contents")
rm -rf "$out" && mkdir -p "$out"
fail() { echo "dist: $*" >&2; exit 1; }
has() { # ARCHIVE_LISTING PATH...
    local listing=$1 p; shift
    for p in "$@"; do grep -qxF "$p" "$listing" || fail "$(basename "$listing" .list) lacks $p"; done
}

(cd "$dist" && sha256sum --check --strict --quiet SHA256SUMS) || fail "SHA256SUMS does not match"
echo "dist: SHA256SUMS matches $(wc -l < "$dist/SHA256SUMS") files"

# The wheel: abi3 from the CPython floor, manylinux (the glibc floor), LICENSE, the typed package.
tag=$PY_ABI-abi3-${MANYLINUX}_x86_64
wheel=$dist/zego_codes-$version-$tag.manylinux_${GLIBC_FLOOR//./_}_x86_64.whl
[ -f "$wheel" ] || fail "no wheel tagged $tag in $dist"
python3 -m zipfile -l "$wheel" | awk 'NR > 1 { print $1 }' > "$out/wheel.list"
info=zego_codes-$version.dist-info
has "$out/wheel.list" "$info/licenses/LICENSE" zego_codes/_native.abi3.so zego_codes/py.typed \
    zego_codes/_native.pyi zego_codes/__init__.py
python3 -m zipfile -e "$wheel" "$out/wheel"
grep -qx "Tag: $tag" "$out/wheel/$info/WHEEL" || fail "wheel WHEEL file lacks its tag"
cmp -s "$out/wheel/$info/licenses/LICENSE" "$here/../../LICENSE" || fail "wheel LICENSE differs"
# Its SBOM as release/cross/steps.sh wheel-sbom leaves it: the release's time, no folder of the build.
sbom=$(find "$out/wheel/$info/sboms" -name '*.cyclonedx.json')
[ -n "$sbom" ] || fail "the wheel has no CycloneDX SBOM"
stamp=$(date -u -d "@$("$here/../../release/cross/steps.sh" source-date-epoch)" +%Y-%m-%dT%H:%M:%S)
grep -q "\"timestamp\": \"$stamp" "$sbom" || fail "the wheel's SBOM does not carry SOURCE_DATE_EPOCH ($stamp)"
! grep -n '"serialNumber"' "$sbom" || fail "the wheel's SBOM has a serial number, which differs at each build"
! grep -n 'file:///' "$sbom" || fail "the wheel's SBOM names an absolute path (above)"

# The sdist: builds the wheel with maturin from the workspace it carries.
tar tzf "$dist/zego_codes-$version.tar.gz" > "$out/sdist.list"
sd=zego_codes-$version
has "$out/sdist.list" "$sd/pyproject.toml" "$sd/Cargo.toml" "$sd/Cargo.lock" "$sd/LICENSE" \
    "$sd/python/Cargo.toml" "$sd/python/src/lib.rs" "$sd/src/lib.rs" "$sd/zego_codes/__init__.py"
! grep -E '/(\.venv|target|build|dist)/' "$out/sdist.list" || fail "the sdist carries build outputs"

# The C SDK.
sdk=libzego_codes-$version-$triple
tar tzf "$dist/$sdk.tar.gz" | sed 's|/$||' > "$out/sdk.list"
[ "$(cut -d/ -f1 "$out/sdk.list" | sort -u)" = "$sdk" ] || fail "the SDK tarball has more than the folder $sdk"
has "$out/sdk.list" "$sdk/include/zego_codes.h" "$sdk/include/zego_codes.hpp" "$sdk/lib/libzego_codes.a" \
    "$sdk/lib/libzego_codes.so" "$sdk/lib/libzego_codes.so.$version" \
    "$sdk/lib/pkgconfig/zego_codes.pc" "$sdk/lib/pkgconfig/zego_codes-static.pc" \
    "$sdk/lib/cmake/zego_codes/zego_codes-config.cmake" \
    "$sdk/lib/cmake/zego_codes/zego_codes-config-version.cmake" "$sdk/README.md" "$sdk/LICENSE" \
    "$sdk/BUILDINFO"
tar xzf "$dist/$sdk.tar.gz" -C "$out"
# The links a loader and a linker follow: SONAME -> the file, libzego_codes.so -> SONAME
# (ffi/tests/symbols.sh checks the SONAME itself).
soname=$(readelf -d "$out/$sdk/lib/libzego_codes.so.$version" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
# shellcheck disable=SC2015 # fails when either test is false, as meant
[ "$(readlink "$out/$sdk/lib/$soname")" = "libzego_codes.so.$version" ] &&
    [ "$(readlink "$out/$sdk/lib/libzego_codes.so")" = "$soname" ] ||
    fail "the SDK's library links do not lead libzego_codes.so -> $soname -> libzego_codes.so.$version"
if grep -nE '(=|")/' "$out/$sdk/lib/pkgconfig/"*.pc "$out/$sdk/lib/cmake/zego_codes/"*.cmake; then
    fail "the SDK's pkg-config or CMake files name an absolute path (above)"
fi
# shellcheck disable=SC2016 # pkg-config's own variable, literally
grep -qx 'prefix=${pcfiledir}/../..' "$out/$sdk/lib/pkgconfig/zego_codes.pc" || fail "zego_codes.pc is not relative to itself"
if readelf --debug-dump=info "$out/$sdk/lib/libzego_codes.so.$version" 2>/dev/null | grep -q DW_TAG; then
    fail "the SDK's shared library carries debug info"
fi

# The command.
cli=zego-codes-$version-$triple
tar tzf "$dist/$cli.tar.gz" | sed 's|/$||' > "$out/cli.list"
[ "$(cut -d/ -f1 "$out/cli.list" | sort -u)" = "$cli" ] || fail "the command's tarball has more than the folder $cli"
has "$out/cli.list" "$cli/zego-codes" "$cli/README.md" "$cli/LICENSE" "$cli/BUILDINFO"
tar xzf "$dist/$cli.tar.gz" -C "$out"
"$out/$cli/zego-codes" --version | grep -qF "$version" || fail "zego-codes --version does not print $version"

# The crate.
tar tzf "$dist/zego-codes-$version.crate" > "$out/crate.list"
has "$out/crate.list" "zego-codes-$version/Cargo.toml" "zego-codes-$version/src/lib.rs" \
    "zego-codes-$version/LICENSE" "zego-codes-$version/README.md"

echo "dist: wheel, sdist, C SDK, command and crate hold their files; the wheel is $tag"
"$here/glibc-floor.sh" "$GLIBC_FLOOR" "$out/wheel/zego_codes/_native.abi3.so" "$out/$cli/zego-codes" \
    "$out/$sdk/lib/libzego_codes.so.$version"
