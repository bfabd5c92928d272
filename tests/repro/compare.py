#!/usr/bin/env python3
"""Compares two builds' release files: every file of either folder, byte for byte.

Prints each file that differs or is in one folder only; for an archive (tar, gzip'd tar,
.crate, .tgz, zip, wheel, jar, AAR), each member that differs in content, time, mode or
presence, and inside a member that is itself an archive (the AAR's classes.jar), its members
the same way. Exits 1 on any difference.
usage: tests/repro/compare.py DIR_A DIR_B
"""

import hashlib
import io
import os
import sys
import tarfile
import zipfile

ZIPS = (".zip", ".whl", ".jar", ".aar")
TARS = (".tar.gz", ".tgz", ".crate", ".tar")


def members(name: str, data: bytes) -> dict[str, tuple[str, bytes]] | None:
    """An archive's members: name -> (its time, mode and type, its bytes); None if not one."""
    if name.endswith(ZIPS):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {
                i.filename: (f"time {i.date_time} mode {i.external_attr >> 16:o} "
                             f"compression {i.compress_type} extra {i.extra.hex()}", z.read(i))
                for i in z.infolist()
            }
    if name.endswith(TARS):
        with tarfile.open(fileobj=io.BytesIO(data)) as t:
            out = {}
            for m in t.getmembers():
                body = t.extractfile(m).read() if m.isfile() else m.linkname.encode()
                out[m.name] = (f"time {m.mtime} mode {m.mode:o} owner {m.uid}:{m.gid} "
                               f"{m.uname}:{m.gname} type {m.type!r}", body)
            return out
    return None


def first_difference(a: bytes, b: bytes) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"{len(a)} and {len(b)} bytes, first difference at byte {at}"


def compare(label: str, a: bytes, b: bytes, depth: int = 0) -> int:
    """Prints how A and B (the bytes of LABEL) differ; returns the number of differences."""
    if a == b:
        return 0
    pad = "  " * depth
    print(f"{pad}differs: {label} ({first_difference(a, b)})")
    try:
        ma, mb = members(label, a), members(label, b)
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError):
        ma = mb = None
    if ma is None or mb is None:
        return 1
    if label.endswith((".tar.gz", ".tgz", ".crate")) and list(ma) == list(mb) and ma == mb:
        print(f"{pad}  every member agrees: the gzip layer differs (its header's time or name)")
    for name in sorted(set(ma) | set(mb)):
        if name not in ma or name not in mb:
            print(f"{pad}  only in {'the first' if name in ma else 'the second'}: {name}")
            continue
        (meta_a, body_a), (meta_b, body_b) = ma[name], mb[name]
        if meta_a != meta_b:
            print(f"{pad}  member {name}: {meta_a} against {meta_b}")
        if body_a != body_b:
            compare(f"{label}!{name}", body_a, body_b, depth + 1)
    if list(ma) != list(mb) and set(ma) == set(mb):
        print(f"{pad}  the members' order differs")
    return 1


def digest(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main() -> None:
    dir_a, dir_b = sys.argv[1], sys.argv[2]
    names = sorted(set(os.listdir(dir_a)) | set(os.listdir(dir_b)))
    differing = 0
    for name in names:
        pa, pb = os.path.join(dir_a, name), os.path.join(dir_b, name)
        if not os.path.isfile(pa) or not os.path.isfile(pb):
            print(f"only in {dir_a if os.path.isfile(pa) else dir_b}: {name}")
            differing += 1
            continue
        if digest(pa) != digest(pb):
            with open(pa, "rb") as fa, open(pb, "rb") as fb:
                differing += compare(name, fa.read(), fb.read())
    same = len(names) - differing
    print(f"repro: {same} of {len(names)} files identical in {dir_a} and {dir_b}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
