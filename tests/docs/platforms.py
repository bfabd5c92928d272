#!/usr/bin/env python3
"""README.md's and PLATFORMS.md's platforms agree with the release's tables.

- README.md's install table names the files `release/cross/steps.sh files` lists for the host's
  target (release/cross/targets.tsv's row whose rustc column is rustup, x86_64 Linux glibc);
  its table of other platforms names exactly the files of the other targets `make dist` builds
  (the dist column), and each row says how `make test` treats them as the targets' runner
  column does: "qemu-ARCH" for a qemu runner, "wine" for wine and wine32, "natively" for
  native, "checked, not run" for none.
- Every release file PLATFORMS.md names is one `make dist` ships.
- PLATFORMS.md's trace of a target ("Following a platform through the release") ends with the
  list of its pipeline files ("The files: ..."): at most TRACE_MOST, each tracked by git, and
  among them every file under release/, mk/ or tests/cross/ that the target's paragraph names,
  so that a step moved into a file of its own shows in the trace or fails here.
- Every floor the documents state (glibc, CPython, musl, Android's API level, macOS) is the one
  release/floors.env (or release/mobile/apple.tsv) holds, and the floors file's CPython abi3
  floor is pyo3's abi3 feature in python/Cargo.toml.

usage: tests/docs/platforms.py [ROOT]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
DOCS = ["README.md", "PLATFORMS.md", "RELEASING.md", "ffi/ANDROID.md", "ffi/APPLE.md"]
problems: list[str] = []


def read(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def run(*args: str) -> str:
    return subprocess.run(args, cwd=ROOT, check=True, capture_output=True, text=True).stdout


floors = dict(
    line.split("=", 1)
    for line in read("release/floors.env").splitlines()
    if line and not line.startswith("#")
)

# Every target `make dist` builds, its runner, and the files it writes.
runner = dict(line.split() for line in run("release/cross/steps.sh", "table", "dist=yes", "triple", "runner").splitlines())
files_of = {t: set(run("release/cross/steps.sh", "files", "V", t).split()) for t in runner}
triple_of = {f: t for t, fs in files_of.items() for f in fs}


def table(text: str, header: str) -> list[list[str]]:
    """The rows (cells) of the Markdown table under the line that starts with `header`."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(header)), None)
    if start is None:
        problems.append(f"no table headed {header!r}")
        return []
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


def named_files(text: str) -> set[str]:
    return set(re.findall(r"`((?:lib)?zego[-_]codes-V[^`]*\.(?:whl|tar\.gz|zip))`", text))


readme = read("README.md")
seen: set[str] = set()
# The host's files, in the install table above the table of other platforms.
install = named_files(readme.split("| platform | files")[0].replace("VERSION", "V"))
for host in run("release/cross/steps.sh", "table", "rustc=rustup", "triple").split():
    for name in sorted(files_of.get(host, set()) - install):
        problems.append(f"README.md's install table does not name {name}, a file of the host's target {host}")
    seen |= files_of.get(host, set())
for platform, cell, how in table(readme, "| platform | files"):
    names = named_files(cell)
    if not names:
        problems.append(f"README.md: the row {platform!r} names no release file")
    for name in names:
        if name not in triple_of:
            problems.append(f"README.md: {platform!r} names {name}, which no target of release/cross/targets.tsv writes")
            continue
        seen.add(name)
        r = runner[triple_of[name]]
        if "checked, not run" in how:
            continue
        want = {"-": "checked, not run", "native": "natively", "wine": "wine", "wine32": "wine"}.get(r, r)
        if want not in how:
            problems.append(f"README.md: {platform!r} says {how!r}, but {name}'s target runs with {r!r} ({want!r})")
for name in sorted(set(triple_of) - seen):
    problems.append(f"README.md's table of other platforms lacks {name} ({triple_of[name]})")

# Every file `make dist` ships (mk/dist.mk's DIST_FILES), with its version as the documents write it.
version = run("make", "--no-print-directory", "--eval", "zz: ; @echo $(DIST_VERSION)", "zz").strip()
shipped = {
    Path(f).name.replace(f"-{version}", "-V")
    for f in run("make", "--no-print-directory", "--eval", "zz: ; @echo $(DIST_FILES)", "zz").split()
}
for name in sorted(named_files(read("PLATFORMS.md")) - shipped):
    problems.append(f"PLATFORMS.md names {name}, which `make dist` does not ship")

# The trace: each target's pipeline files, named in full, at most TRACE_MOST of them.
TRACE_MOST = 8
tracked = set(run("git", "ls-files").split())
trace = read("PLATFORMS.md").split("## Following a platform through the release", 1)[-1].split("\n## ", 1)[0]
traced = 0
for paragraph in re.split(r"\n\s*\n", trace):
    target = re.match(r"\*\*(.+?)\.\*\*", paragraph)
    if not target:
        continue
    traced += 1
    body, _, files = paragraph.partition("\nThe files: ")
    listed = re.findall(r"`([^`]+)`", files)
    if not files or not listed:
        problems.append(f"PLATFORMS.md: {target.group(1)}'s trace does not end with \"The files: ...\"")
        continue
    if len(listed) > TRACE_MOST:
        problems.append(f"PLATFORMS.md: {target.group(1)}'s trace names {len(listed)} files, more than {TRACE_MOST}")
    for f in listed:
        if f not in tracked:
            problems.append(f"PLATFORMS.md: {target.group(1)}'s trace names {f}, which git does not track")
    for f in sorted(set(re.findall(r"`((?:release|mk|tests/cross)/[^` ]+)`", body)) & tracked - set(listed)):
        problems.append(f"PLATFORMS.md: {target.group(1)}'s trace goes through {f}, but its list of files lacks it")
if not traced:
    problems.append("PLATFORMS.md traces no target (a paragraph **Target.** under \"Following a platform through the release\")")

# The floors, wherever a document states one.
py = re.search(r'"abi3-py3(\d+)"', read("python/Cargo.toml"))
if not py or floors["PY_ABI"] != f"cp3{py.group(1)}":
    problems.append(f"release/floors.env's PY_ABI {floors['PY_ABI']} is not python/Cargo.toml's abi3 feature")
python = f"3.{floors['PY_ABI'][3:]}"
macos = {
    line.split()[6]
    for line in read("release/mobile/apple.tsv").splitlines()
    if line and not line.startswith("#") and line.split()[2] == "macos"
}
checks = [
    (r"glibc (\d+\.\d+)(?:\+| or later| and later)", floors["GLIBC_FLOOR"], "GLIBC_FLOOR"),
    (r"GLIBC_(\d+\.\d+)", floors["GLIBC_FLOOR"], "GLIBC_FLOOR"),
    (r"\bPython (3\.\d+)\+", python, "PY_ABI"),
    (r"CPython (3\.\d+) (?:and|or) later", python, "PY_ABI"),
    (r"\bmusl (\d+\.\d+)", floors["MUSLLINUX"].removeprefix("musllinux_").replace("_", "."), "MUSLLINUX"),
    (r"\bAPI (\d+)(?:\+| and later|\) and later)", floors["ANDROID_MIN_SDK"], "ANDROID_MIN_SDK"),
]
for doc in DOCS:
    text = read(doc)
    for pattern, want, name in checks:
        for m in re.finditer(pattern, text):
            if m.group(1) != want:
                line = text.count("\n", 0, m.start()) + 1
                problems.append(f"{doc}:{line}: {m.group(0)!r}, but release/floors.env's {name} is {want}")
    for m in re.finditer(r"macOS (\d+(?:\.\d+)?)(?:\+| or later)", text):
        v = m.group(1) if "." in m.group(1) else m.group(1) + ".0"
        if v not in macos:
            line = text.count("\n", 0, m.start()) + 1
            problems.append(f"{doc}:{line}: {m.group(0)!r}, but release/mobile/apple.tsv's macOS floors are {sorted(macos)}")

if problems:
    print("platforms:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"platforms: README.md names the {len(seen)} files of the targets (the host's in its install table, the others' with their runners); the documents' floors are release/floors.env's; PLATFORMS.md traces {traced} targets through at most {TRACE_MOST} files each")
