"""Checks an unpacked AAR against what Android's build tools read from it:
- AndroidManifest.xml: a manifest with uses-sdk minSdkVersion MIN_SDK;
- classes.jar: exactly the .class files of the Java library's jar, byte for byte;
- jni/ABI/libzego_codes.so for every ABI named;
- prefab/: Google's Prefab schema version 2 (prefab.json; per module module.json, include/
  and libs/android.ABI/ with abi.json and the library that abi.json's "static" names), each
  module's headers identical to the project's, each shared library identical to jni/'s.

usage: python3 aar.py AAR_DIR JAR INCLUDE_DIR VERSION MIN_SDK ABI...
"""

import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ANDROID = "{http://schemas.android.com/apk/res/android}"
# Prefab schema 2 (google/prefab, docs/index.md): the keys each file may hold, with types.
PREFAB_KEYS = {"schema_version": int, "name": str, "version": str, "dependencies": list}
MODULE_KEYS = {"export_libraries": list, "library_name": (str, type(None)), "android": dict}
MODULE_ANDROID_KEYS = {"export_libraries": (list, type(None)), "library_name": (str, type(None))}
ABI_KEYS = {"abi": str, "api": int, "ndk": int, "stl": str, "static": bool}
STLS = {"c++_shared", "c++_static", "none", "system"}
ABIS = {"arm64-v8a", "armeabi-v7a", "x86", "x86_64"}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


def keys(obj, schema, where, required):
    if not check(isinstance(obj, dict), f"{where}: not a JSON object"):
        return
    for k, v in obj.items():
        if check(k in schema, f"{where}: key {k!r} is not in Prefab's schema"):
            check(isinstance(v, schema[k]) and not (schema[k] is int and isinstance(v, bool)),
                  f"{where}: {k} is {v!r}, not of type {schema[k]}")
    for k in required:
        check(k in obj, f"{where}: lacks {k!r}")


def classes(jar):
    with zipfile.ZipFile(jar) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith(".class")}


def main(aar, jar, include, version, min_sdk, abis):
    aar, include, min_sdk = Path(aar), Path(include), int(min_sdk)
    check(set(abis) == ABIS, f"the ABIs are {sorted(abis)}, not Android's four {sorted(ABIS)}")

    manifest = ET.parse(aar / "AndroidManifest.xml").getroot()
    check(manifest.tag == "manifest" and manifest.get("package"), "AndroidManifest.xml: no manifest package")
    sdk = manifest.find("uses-sdk")
    check(sdk is not None and sdk.get(ANDROID + "minSdkVersion") == str(min_sdk),
          f"AndroidManifest.xml: minSdkVersion is not {min_sdk}")

    got, want = classes(aar / "classes.jar"), classes(jar)
    check(want and got == want, f"classes.jar holds {len(got)} classes, the jar {len(want)}, or their bytes differ")

    for abi in abis:
        check((aar / "jni" / abi / "libzego_codes.so").is_file(), f"jni/{abi}/libzego_codes.so is missing")

    prefab = json.loads((aar / "prefab/prefab.json").read_text())
    keys(prefab, PREFAB_KEYS, "prefab.json", ["schema_version", "name"])
    check(prefab.get("schema_version") == 2, "prefab.json: schema_version is not 2")
    check(prefab.get("version") == version, f"prefab.json: version {prefab.get('version')}, not {version}")
    check(re.fullmatch(r"\d+(\.\d+){0,3}", prefab.get("version", "")), "prefab.json: version is not 1 to 4 numbers")

    modules = sorted(p for p in (aar / "prefab/modules").iterdir() if p.is_dir())
    kinds = set()
    for module in modules:
        where = f"prefab/modules/{module.name}"
        meta = json.loads((module / "module.json").read_text())
        keys(meta, MODULE_KEYS, f"{where}/module.json", [])
        keys(meta.get("android", {}), MODULE_ANDROID_KEYS, f"{where}/module.json android", [])
        library = meta.get("library_name") or f"lib{module.name}"
        for header in sorted(include.iterdir()):
            check((module / "include" / header.name).read_bytes() == header.read_bytes(),
                  f"{where}/include/{header.name} differs from include/{header.name}")
        found = sorted(p.name for p in (module / "libs").iterdir())
        check(found == sorted(f"android.{a}" for a in abis), f"{where}/libs holds {found}")
        for abi in abis:
            libs = module / "libs" / f"android.{abi}"
            info = json.loads((libs / "abi.json").read_text())
            keys(info, ABI_KEYS, f"{where}/libs/android.{abi}/abi.json", ["abi", "api", "ndk", "stl"])
            check(info.get("abi") == abi, f"{libs}/abi.json names {info.get('abi')}")
            check(info.get("api") == min_sdk, f"{libs}/abi.json: api {info.get('api')}, not {min_sdk}")
            check(info.get("stl") == "none", f"{libs}/abi.json: stl {info.get('stl')}, not none")
            static = info.get("static", False)
            kinds.add(static)
            lib = libs / (library + (".a" if static else ".so"))
            if check(lib.is_file(), f"{lib.relative_to(aar)} is missing (abi.json static: {static})") and not static:
                check(lib.read_bytes() == (aar / "jni" / abi / "libzego_codes.so").read_bytes(),
                      f"{lib.relative_to(aar)} differs from jni/{abi}/libzego_codes.so")
    check(kinds == {False, True}, "prefab/ does not hold both a shared and a static module")
    names = [m.name for m in modules]
    check("zego_codes" in names, f"prefab/ has no module zego_codes: {names}")

    for f in failures:
        print(f"aar: {f}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print(f"aar: manifest minSdk {min_sdk}; classes.jar = the jar's {len(want)} classes; "
          f"Prefab schema 2, modules {', '.join(names)}, ABIs {', '.join(abis)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6:])
