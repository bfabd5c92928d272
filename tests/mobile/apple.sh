#!/usr/bin/env bash
# The Apple release files as `make dist` wrote them, checked, not run (no Apple system here):
#   - Info.plist and each slice's module map (xcframework.py);
#   - each slice's architectures (its universal header, or its objects' Mach headers for a
#     single architecture), and in every object of every architecture the
#     platform and minimum OS its load commands carry (LC_BUILD_VERSION, or the older
#     LC_VERSION_MIN_* that LLVM writes below macOS 10.14), against release/mobile/apple.tsv;
#   - each architecture defines exactly the x86_64 Linux library's zego_* functions, with
#     Mach-O's leading underscore;
#   - Package.swift's checksum and the podspec's sha256 are the SHA-256 of the zip they name;
#     their minimum OS versions are the table's.
# usage: tests/mobile/apple.sh DIST VERSION REFERENCE_SO
set -euo pipefail
dist=$(realpath "$1") version=$2 reference=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=release/floors.env
. "$root/release/floors.env"
table=$root/release/mobile/apple.tsv
out=$root/target/mobile-test/apple
rm -rf "$out" && mkdir -p "$out"
fail() { echo "apple: $*" >&2; exit 1; }
say() { echo "apple: $*"; }
zip=$dist/zego-codes-$version.xcframework.zip
(cd "$out" && unzip -q "$zip")
xcf=$out/ZegoCodes.xcframework
want=$(nm -D --defined-only "$reference" | awk '$3 ~ /^zego_/ { print "_" $3 }' | sort)
[ -n "$want" ] || fail "$reference exports no zego_ function"

rows=$(python3 "$here/xcframework.py" "$xcf" "$table")
for slice in $(awk '{ print $1 }' <<<"$rows" | uniq); do
    lib=$xcf/$slice/libzego_codes.a
    # (llvm-lipo 14 crashes reading archives: llvm-objdump reads the headers instead.)
    archs=$({ llvm-objdump-$LLVM_VERSION --macho --universal-headers "$lib" | awk '$1 == "architecture" { print $2 }'
              llvm-objdump-$LLVM_VERSION --macho --private-headers "$lib" | awk '$1 == "MH_MAGIC_64" { print tolower($2) }'
            } | sort -u | tr '\n' ' ')
    [ "$archs" = "$(awk -v s="$slice" '$1 == s { print $2 }' <<<"$rows" | sort | tr '\n' ' ')" ] ||
        fail "$slice: libzego_codes.a holds $archs"
    while read -r _ arch macho minos; do
        thin=$out/$slice-$arch.a
        if [ "$(wc -w <<<"$archs")" -gt 1 ]; then llvm-lipo-$LLVM_VERSION -thin "$arch" "$lib" -output "$thin"; else cp "$lib" "$thin"; fi
        # One line per object: its platform and minimum OS, from whichever command it carries.
        versions=$(llvm-objdump-$LLVM_VERSION --macho --private-headers "$thin" | awk '
            /^.*\.a\(.*\.o\):$/ { if (obj != "") print obj, p, v; obj = $0; p = "none"; v = "none" }
            $1 == "cmd" { cmd = $2 }
            cmd == "LC_BUILD_VERSION" && $1 == "platform" { p = $2 }
            cmd == "LC_BUILD_VERSION" && $1 == "minos" { v = $2 }
            cmd == "LC_VERSION_MIN_MACOSX" && $1 == "version" { p = "macos"; v = $2 }
            cmd == "LC_VERSION_MIN_IPHONEOS" && $1 == "version" { p = "ios"; v = $2 }
            END { if (obj != "") print obj, p, v }')
        [ -n "$versions" ] || fail "$slice $arch: no object found"
        bad=$(awk -v p="$macho" -v v="$minos" '$(NF-1) != p || $NF != v' <<<"$versions")
        [ -z "$bad" ] || fail "$slice $arch: objects not for $macho $minos:
$bad"
        got=$({ llvm-nm-$LLVM_VERSION -g --defined-only "$thin" 2>/dev/null || true; } | awk '$2 == "T" && $3 ~ /^_?zego_/ { print $3 }' | sort -u)
        [ "$got" = "$want" ] || fail "$slice $arch: zego_ functions differ from the Linux library's:
$(diff <(echo "$want") <(echo "$got") || true)"
        say "$slice $arch: $(wc -l <<<"$versions") objects for $macho, minimum $minos; defines the $(wc -l <<<"$want") _zego_* functions"
    done < <(awk -v s="$slice" '$1 == s' <<<"$rows")
done

package=$dist/Package.swift
sum=$(sha256sum "$zip" | cut -d' ' -f1)
grep -q "checksum: \"$sum\"" "$package" || fail "Package.swift's checksum is not the zip's SHA-256 $sum"
grep -q "url: \"[^\"]*/$(basename "$zip")\"" "$package" || fail "Package.swift's url does not name $(basename "$zip")"
ios=$(awk '!/^#/ && $3 == "ios" { print $7 }' "$table" | sort -V | head -n 1)
macos=$(awk '!/^#/ && $3 == "macos" { print $7 }' "$table" | sort -V | head -n 1)
for p in "$package" "$root/Package.swift"; do
    grep -q "platforms: \[.iOS(\"$ios\"), .macOS(\"$macos\")\]" "$p" || fail "$p does not declare iOS $ios and macOS $macos"
done
podspec=$dist/ZegoCodes.podspec
grep -q ":sha256 => '$sum'" "$podspec" || fail "ZegoCodes.podspec's sha256 is not the zip's SHA-256 $sum"
grep -q ":http => '[^']*/$(basename "$zip")'" "$podspec" || fail "ZegoCodes.podspec's source does not name $(basename "$zip")"
# shellcheck disable=SC2015 # fails when either test is false, as meant
grep -q "s.ios.deployment_target = '$ios'" "$podspec" && grep -q "s.osx.deployment_target = '$macos'" "$podspec" ||
    fail "ZegoCodes.podspec does not declare iOS $ios and macOS $macos"
say "Package.swift and ZegoCodes.podspec: checksum $sum is the zip's; Info.plist, module maps and slices as release/mobile/apple.tsv says (checked, not run)"
