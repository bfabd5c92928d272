"""Checks the code signature of a thin Mach-O file as the kernel does when it maps the pages:
LC_CODE_SIGNATURE points to a superblob holding a CodeDirectory, whose code slots are the
hashes of the file's pages up to its code limit. Each is computed again here, so a file
changed after signing (stripped, patched) fails, as would one without any signature.
Prints what it found; exits 1 with the reason otherwise.

usage: python3 macho-signature.py FILE
"""

import hashlib
import struct
import sys

MH_MAGIC_64 = 0xFEEDFACF
LC_CODE_SIGNATURE = 0x1D
CSMAGIC_EMBEDDED_SIGNATURE = 0xFADE0CC0
CSMAGIC_CODEDIRECTORY = 0xFADE0C02
CSSLOT_CODEDIRECTORY = 0
CS_ADHOC = 0x2
HASHES = {1: hashlib.sha1, 2: hashlib.sha256}


def fail(message):
    raise SystemExit(f"macho-signature: {sys.argv[1]}: {message}")


def signature_blob(data):
    magic, _, _, _, ncmds, _, _, _ = struct.unpack_from("<IiiIIIII", data)
    if magic != MH_MAGIC_64:
        fail("not a thin 64-bit Mach-O file")
    at = 32
    for _ in range(ncmds):
        cmd, size = struct.unpack_from("<II", data, at)
        if cmd == LC_CODE_SIGNATURE:
            offset, length = struct.unpack_from("<II", data, at + 8)
            return offset, data[offset:offset + length]
        at += size
    fail("no LC_CODE_SIGNATURE: not signed")


def code_directory(blob):
    magic, _, count = struct.unpack_from(">III", blob)
    if magic != CSMAGIC_EMBEDDED_SIGNATURE:
        fail(f"the signature is no embedded-signature superblob (magic {magic:#x})")
    for i in range(count):
        slot, offset = struct.unpack_from(">II", blob, 12 + 8 * i)
        if slot == CSSLOT_CODEDIRECTORY:
            return blob[offset:]
    fail("the signature holds no CodeDirectory")


def main(path):
    data = open(path, "rb").read()
    sig_offset, blob = signature_blob(data)
    cd = code_directory(blob)
    (magic, _, _, flags, hash_offset, _, _, slots, code_limit,
     hash_size, hash_type, _, page_log2) = struct.unpack_from(">IIIIIIIIIBBBB", cd)
    if magic != CSMAGIC_CODEDIRECTORY:
        fail(f"CodeDirectory magic {magic:#x}")
    if hash_type not in HASHES:
        fail(f"unknown hash type {hash_type}")
    if code_limit != sig_offset:
        fail(f"the signature covers {code_limit} bytes, but the file's signed part ends at {sig_offset}")
    page = 1 << page_log2
    if slots != -(-code_limit // page):
        fail(f"{slots} code slots for {code_limit} bytes in pages of {page}")
    for i in range(slots):
        want = cd[hash_offset + i * hash_size:hash_offset + (i + 1) * hash_size]
        got = HASHES[hash_type](data[i * page:min((i + 1) * page, code_limit)]).digest()[:hash_size]
        if got != want:
            fail(f"page {i} (bytes {i * page}..) does not match its hash: changed after signing")
    kind = "ad hoc" if flags & CS_ADHOC else "with an identity"
    print(f"signed {kind}: {slots} pages of {page} bytes, {HASHES[hash_type]().name}, every hash matches")


if __name__ == "__main__":
    main(sys.argv[1])
