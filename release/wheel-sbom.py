#!/usr/bin/env python3
"""A wheel whose CycloneDX SBOM depends on the commit alone.

maturin writes the SBOM of the Rust crates (cargo-cyclonedx) into .dist-info/sboms/ with a
random serial number, the build's time and the checkout's absolute path in every workspace
crate's bom-ref: two builds of one commit never agree. This copies the wheel with that SBOM
made reproducible, every other member's bytes untouched (zip copies them as they are):
  - timestamp: SOURCE_DATE_EPOCH;
  - the checkout's folder in the bom-refs: ".", as the purls already say (file://.);
  - serialNumber: a UUID (version 5) of the rest of the document, so that it stays one
    number per distinct SBOM, which is what CycloneDX asks of it;
and RECORD's line for it with its new hash and size. The SBOM and RECORD stay the last
members, in maturin's order, with maturin's times and modes.
usage: release/wheel-sbom.py WHEEL CHECKOUT SOURCE_DATE_EPOCH OUT
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
import time
import uuid
import zipfile


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def reproducible_sbom(text: str, roots: list[str], epoch: int) -> str:
    for root in roots:
        text = text.replace("file://" + root + "/", "file://./").replace("file://" + root + "#", "file://.#")
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
    text, stamps = re.subn(r'("timestamp": )"[^"]*"', lambda m: f'{m.group(1)}"{stamp}"', text, count=1)
    text, serials = re.subn(r'("serialNumber": )"urn:uuid:[^"]*"', r'\1"urn:uuid:SERIAL"', text, count=1)
    if stamps != 1 or serials != 1:
        sys.exit(f"wheel-sbom: the SBOM has {stamps} timestamp and {serials} serialNumber, not one each")
    serial = uuid.uuid5(uuid.NAMESPACE_URL, "sha256:" + hashlib.sha256(text.encode()).hexdigest())
    text = text.replace('"urn:uuid:SERIAL"', f'"urn:uuid:{serial}"')
    for root in roots:
        if root in text:
            sys.exit(f"wheel-sbom: the SBOM still names the checkout {root}")
    json.loads(text)
    return text


def main() -> None:
    wheel, checkout, epoch, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    roots = sorted({os.path.abspath(checkout), os.path.realpath(checkout)}, key=len, reverse=True)
    with zipfile.ZipFile(wheel) as z:
        infos = z.infolist()
        sboms = [i for i in infos if re.search(r"\.dist-info/sboms/[^/]+\.cyclonedx\.json$", i.filename)]
        record = infos[-1]
        if not record.filename.endswith(".dist-info/RECORD") or len(sboms) != 1 or infos[-2] != sboms[0]:
            sys.exit(f"wheel-sbom: {wheel} does not end with one CycloneDX SBOM and RECORD")
        sbom = sboms[0]
        new_sbom = reproducible_sbom(z.read(sbom).decode(), roots, epoch).encode()
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
