"""Checks ZegoCodes.xcframework's Info.plist as Xcode reads it (plistlib), against the slices
of release/mobile/apple.tsv: the bundle type, one library per slice with its identifier,
architectures, platform and variant, and a LibraryPath and HeadersPath that exist; each
Headers/module.modulemap declares the module ZegoCodes with a header that exists there.
Prints "SLICE ARCH PLATFORM-IN-MACHO MINOS" per architecture, for tests/mobile/apple.sh.

usage: python3 xcframework.py XCFRAMEWORK APPLE_TSV
"""

import plistlib
import re
import sys
from collections import defaultdict
from pathlib import Path

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


def main(xcf, table):
    xcf = Path(xcf)
    slices = defaultdict(list)
    for line in Path(table).read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        triple, slice_, platform, variant, arch, macho, minos = line.split()
        slices[slice_].append((platform, variant, arch, macho, minos))

    with open(xcf / "Info.plist", "rb") as f:
        info = plistlib.load(f)
    check(info.get("CFBundlePackageType") == "XFWK", "CFBundlePackageType is not XFWK")
    check(isinstance(info.get("XCFrameworkFormatVersion"), str), "no XCFrameworkFormatVersion")
    libraries = {lib.get("LibraryIdentifier"): lib for lib in info.get("AvailableLibraries", [])}
    check(sorted(libraries) == sorted(slices), f"libraries {sorted(libraries)}, slices {sorted(slices)}")
    for name, rows in slices.items():
        lib = libraries.get(name, {})
        platform, variant = rows[0][0], rows[0][1]
        check(lib.get("SupportedPlatform") == platform, f"{name}: platform {lib.get('SupportedPlatform')}")
        check(lib.get("SupportedPlatformVariant") == (None if variant == "-" else variant),
              f"{name}: variant {lib.get('SupportedPlatformVariant')}")
        check(sorted(lib.get("SupportedArchitectures", [])) == sorted(r[2] for r in rows),
              f"{name}: architectures {lib.get('SupportedArchitectures')}")
        path, headers = xcf / name / lib.get("LibraryPath", "?"), xcf / name / lib.get("HeadersPath", "?")
        check(path.is_file(), f"{name}: LibraryPath {path} does not exist")
        if check(headers.is_dir(), f"{name}: HeadersPath {headers} does not exist"):
            modulemap = (headers / "module.modulemap").read_text()
            check(re.search(r"^module ZegoCodes \{", modulemap, re.M), f"{name}: module map declares no module ZegoCodes")
            named = re.findall(r'^\s*header "([^"]+)"', modulemap, re.M)
            check("zego_codes.h" in named, f"{name}: the module map does not name zego_codes.h")
            for header in named:
                check((headers / header).is_file(), f"{name}: the module map names {header}, which Headers/ lacks")
        for platform_, variant_, arch, macho, minos in rows:
            print(name, arch, macho, minos)

    for f in failures:
        print(f"xcframework: {f}", file=sys.stderr)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
