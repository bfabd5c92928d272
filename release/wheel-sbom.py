#!/usr/bin/env python3
"""A wheel whose CycloneDX SBOM names no folder of the build.

maturin writes the SBOM of the Rust crates (cargo-cyclonedx) into .dist-info/sboms/. Given
SOURCE_DATE_EPOCH (the Makefile and release/cross/build.sh pass it), cargo-cyclonedx makes it
reproducible itself: that time, and no random serial number. What it still holds is the
checkout's absolute path, in the bom-ref of every workspace crate ("path+file:///...#name@V").
This copies the wheel with that path made "." (as the SBOM's purls already say: file://.),
RECORD's line for the SBOM given its new hash and size, and every other member's bytes
untouched (zip copies them as they are). The SBOM and RECORD stay the last members, in
maturin's order, with maturin's times and modes.
usage: release/wheel-sbom.py WHEEL CHECKOUT OUT
"""

import base64
import calendar
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def without_checkout(text: str, roots: list[str]) -> str:
    for root in roots:
        text = text.replace("file://" + root + "/", "file://./").replace("file://" + root + "#", "file://.#")
    for root in roots:
        if root in text:
            sys.exit(f"wheel-sbom: the SBOM still names the checkout {root}")
    if '"serialNumber"' in text:
        sys.exit("wheel-sbom: the SBOM has a serial number: maturin ran without SOURCE_DATE_EPOCH")
    json.loads(text)
    return text


def main() -> None:
    wheel, checkout, out = sys.argv[1], sys.argv[2], sys.argv[3]
    roots = sorted({os.path.abspath(checkout), os.path.realpath(checkout)}, key=len, reverse=True)
    with zipfile.ZipFile(wheel) as z:
        infos = z.infolist()
        sboms = [i for i in infos if re.search(r"\.dist-info/sboms/[^/]+\.cyclonedx\.json$", i.filename)]
        record = infos[-1]
        if not record.filename.endswith(".dist-info/RECORD") or len(sboms) != 1 or infos[-2] != sboms[0]:
            sys.exit(f"wheel-sbom: {wheel} does not end with one CycloneDX SBOM and RECORD")
        sbom = sboms[0]
        new_sbom = without_checkout(z.read(sbom).decode(), roots).encode()
        lines = z.read(record).decode().splitlines(keepends=True)
    prefix = sbom.filename + ","
    hits = [n for n, line in enumerate(lines) if line.startswith(prefix)]
    if len(hits) != 1:
        sys.exit(f"wheel-sbom: RECORD lists {sbom.filename} {len(hits)} times")
    lines[hits[0]] = f"{sbom.filename},{record_hash(new_sbom)},{len(new_sbom)}\n"
    new_record = "".join(lines).encode()

    tmp = tempfile.mkdtemp(prefix="wheel-sbom-")
    try:
        part = out + ".part"
        shutil.copyfile(wheel, part)
        subprocess.run(["zip", "-q", "-d", part, sbom.filename, record.filename], check=True)
        for info, data in ((sbom, new_sbom), (record, new_record)):
            path = os.path.join(tmp, info.filename)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            os.chmod(path, (info.external_attr >> 16) & 0o777)
            mtime = calendar.timegm(info.date_time + (0, 0, -1))
            os.utime(path, (mtime, mtime))
        # zip stores local times: in UTC they are the ones timegm read.
        subprocess.run(["zip", "-X", "-q", os.path.abspath(part), sbom.filename, record.filename],
                       check=True, cwd=tmp, env={**os.environ, "TZ": "UTC"})
        with zipfile.ZipFile(part) as z:
            names = [i.filename for i in z.infolist()]
            if names != [i.filename for i in infos] or z.testzip() is not None:
                sys.exit(f"wheel-sbom: {part} lost the members' order or a member")
        os.replace(part, out)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
