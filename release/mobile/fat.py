"""Writes a universal ("fat") Mach-O file of thin static archives, as `lipo -create` does:
llvm-lipo 14 (Debian 12's) crashes on reading any archive, so the fat header is written here.
The architecture of each archive is its first Mach-O object's (cputype, cpusubtype).

usage: python3 fat.py OUTPUT ARCHIVE...
"""

import struct
import sys

FAT_MAGIC = 0xCAFEBABE
MH_MAGIC_64 = 0xFEEDFACF
ALIGN = 3  # 2^3, what lipo writes for static archives


def cpu_of(archive):
    """The cputype and cpusubtype of the first Mach-O member of a BSD or GNU ar archive."""
    data = open(archive, "rb").read()
    if not data.startswith(b"!<arch>\n"):
        raise SystemExit(f"fat.py: {archive} is not an ar archive")
    at = 8
    while at + 60 <= len(data):
        name, size = data[at:at + 16], int(data[at + 48:at + 58])
        body = at + 60
        # BSD long names (#1/LEN) put the name before the member's data.
        skip = int(name[3:].strip()) if name.startswith(b"#1/") else 0
        member = data[body + skip:body + size]
        if len(member) >= 12 and struct.unpack("<I", member[:4])[0] == MH_MAGIC_64:
            return struct.unpack("<ii", member[4:12])
        at = body + size + (size & 1)
    raise SystemExit(f"fat.py: {archive} holds no 64-bit Mach-O object")


def main(output, archives):
    slices = [(cpu_of(a), open(a, "rb").read()) for a in archives]
    offset = 8 + 20 * len(slices)
    header, body = struct.pack(">II", FAT_MAGIC, len(slices)), b""
    for (cputype, subtype), data in slices:
        start = -(-offset // (1 << ALIGN)) * (1 << ALIGN)
        body += b"\0" * (start - offset) + data
        header += struct.pack(">iiIII", cputype, subtype, start, len(data), ALIGN)
        offset = start + len(data)
    with open(output, "wb") as f:
        f.write(header + body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
