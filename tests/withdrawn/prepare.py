#!/usr/bin/env python3
"""A copy of the project whose catalog holds withdrawn codes, for `make test-withdrawn`.

Today's data may hold no withdrawn code, so the withdrawn branches of the bindings would never
run in `make test`. This copies the project's files (git's tracked and new ones, as in the
working tree) into DEST, a git repository of its own, and withdraws three codes there the way
ZEGO would: one AI Agent return code, one AI Agent event code and one return code of the first
other product with a Chinese page of its own, each by deleting the code's row from a copy of
its current Chinese page, dating that page a day after the current one, and running `cargo
xtask import` on it. Then `cargo xtask gen` and the copy's products oracle (`make
products-oracle`), which must hold exactly those three rows as withdrawn, with their page's
revision, known, and with the texts the data held before; the copy's expectations (AI Agent's
codes) and every language's generated sources must withdraw them too. Every choice is derived
from the data, so the step keeps working whatever ZEGO's next pages hold. The suites then run
in DEST (mk/withdrawn.mk).

usage: tests/withdrawn/prepare.py DEST   (CARGO_TARGET_DIR: where the copy's cargo builds)
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\|\s*(\d+)\s*\|")


def run(args: list[str], cwd: Path) -> str:
    print("+", " ".join(args), flush=True)
    done = subprocess.run(args, cwd=cwd, text=True, capture_output=True)
    sys.stdout.write(done.stdout)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(f"withdrawn: {' '.join(args)} failed in {cwd}")
    return done.stdout


def copy_project(dest: Path) -> None:
    """The files git would commit, as they are in the working tree, in a repository of its own."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout
    if dest.exists():
        shutil.rmtree(dest)
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    git = ["git", "-c", "user.name=withdrawn", "-c", "user.email=withdrawn@localhost"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", "the project"]):
        subprocess.run(git + args, cwd=dest, check=True)


def next_day(revision: str) -> str:
    return (datetime.date.fromisoformat(revision) + datetime.timedelta(days=1)).isoformat()


def current_page(pages: list[dict], product: str, kind: str) -> dict | None:
    for p in pages:
        if (p["product"], p["kind"], p["lang"], p.get("current")) == (product, kind, "zh", True) and "api" not in p:
            return p
    return None


def candidates(text: str, allowed: set[int]) -> list[int]:
    """The codes of the page's table rows that one row alone lists, among `allowed`."""
    rows = [int(m.group(1)) for m in map(ROW.match, text.splitlines()) if m]
    return [c for c in rows if rows.count(c) == 1 and c in allowed]


def without_row(text: str, code: int, revision: str) -> str:
    """The page without its row of `code`, its front-matter date (if any) set to `revision`."""
    out, front = [], False
    for i, line in enumerate(text.splitlines(keepends=True)):
        if i == 0 and line.strip() == "---":
            front = True
        elif front and line.strip() == "---":
            front = False
        elif front and line.lstrip().startswith("date:"):
            line = f'date: "{revision}"\n'
        m = ROW.match(line)
        if not (m and int(m.group(1)) == code):
            out.append(line)
    return "".join(out)


def data_entries(dest: Path, product: str) -> list[dict]:
    """Every entry of a product's data, with its kind."""
    if product == "aiagent":
        out = []
        for kind, file in (("return", "return_codes.toml"), ("event", "event_codes.toml")):
            for e in tomllib.loads((dest / "data" / file).read_text())["code"]:
                out.append({**e, "kind": kind})
        return out
    return tomllib.loads((dest / "data" / "products" / f"{product}.toml").read_text())["code"]


def choose(dest: Path) -> list[tuple[str, str, int, dict]]:
    """(product, kind, code, page record) of each code to withdraw."""
    pages = tomllib.loads((dest / "data" / "pages.toml").read_text())["page"]
    products = [p["id"] for p in tomllib.loads((dest / "data" / "products.toml").read_text())["product"]]
    aiagent = data_entries(dest, "aiagent")
    aiagent_codes = {e["code"] for e in aiagent}
    plan = []
    # AI Agent's: a code its current Chinese page lists, neither 0 nor a code ZEGO's gateway
    # shares with every product (the page's first rows); the middle one of those left.
    for kind in ("return", "event"):
        page = current_page(pages, "aiagent", kind)
        assert page, f"no current Chinese {kind} page of AI Agent in data/pages.toml"
        own = {e["code"] for e in aiagent if e["kind"] == kind and e["code"] != 0}
        found = candidates((dest / page["file"]).read_text(), own)
        assert found, f"{page['file']}: no row to withdraw"
        plan.append(("aiagent", kind, found[len(found) // 2], page))
    # Another product's: the first one (registry order) whose current Chinese return-codes
    # page lists, in one row, a code of its own (one entry, no per-API page, not AI Agent's).
    for product in products[1:]:
        page = current_page(pages, product, "return")
        if page is None:
            continue
        entries = [e for e in data_entries(dest, product) if e["kind"] == "return"]
        single = {
            e["code"]
            for e in entries
            if "api" not in e and e["code"] != 0 and e["code"] not in aiagent_codes
            and sum(o["code"] == e["code"] for o in entries) == 1
        }
        found = candidates((dest / page["file"]).read_text(), single)
        if found:
            plan.append((product, "return", found[len(found) // 2], page))
            break
    else:
        sys.exit("withdrawn: no product other than AI Agent has a row to withdraw")
    return plan


def withdraw(dest: Path, product: str, kind: str, code: int, page: dict) -> tuple[str, dict]:
    """Imports the page without `code`; returns the revision and the code's entry before."""
    before = next(e for e in data_entries(dest, product) if e["kind"] == kind and e["code"] == code)
    revision = next_day(page["revision"])
    incoming = dest / "incoming" / f"{product}-{kind}" / Path(page["file"]).name
    incoming.parent.mkdir(parents=True, exist_ok=True)
    text = (dest / page["file"]).read_text()
    incoming.write_text(without_row(text, code, revision))
    args = ["cargo", "xtask", "import"]
    if product != "aiagent":
        args += ["--product", product]
    report = run(args + [str(incoming.relative_to(dest)), "--revision", revision], dest)
    assert re.search(rf"withdrawn\s+{code}\b", report), f"the import did not withdraw {code}:\n{report}"
    return revision, before


def check_oracle(dest: Path, withdrawn: dict[tuple[str, str, int], tuple[str, dict]]) -> None:
    """The copy's oracle holds exactly the withdrawn rows, each known, with its revision and
    the texts its entry held before."""
    rows = json.loads((dest / "build" / "oracle" / "products.json").read_text())
    marked = {(r["product"], r["kind"], r["code"]): r for r in rows if r["withdrawn"] is not None}
    assert set(marked) == set(withdrawn), f"withdrawn rows {sorted(marked)}, want {sorted(withdrawn)}"
    for key, (revision, before) in withdrawn.items():
        row = marked[key]
        assert row["withdrawn"] == revision and row["known"], row
        assert row["name"] == before["name"], (row, before)
        for field in ("message_zh", "message_en", "suggestion_zh", "suggestion_en"):
            assert row[field] == before.get(field, ""), (field, row, before)
        print(f"withdrawn: {key[0]} {key[1]} {key[2]} {row['name']}, withdrawn {revision}, in the oracle")


def check_expectations(dest: Path, withdrawn: dict[tuple[str, str, int], tuple[str, dict]]) -> None:
    """The core's expectations (ffi/examples/expectations.rs), which the C, Java, Go and Node
    suites check AI Agent's own lookups with, hold AI Agent's withdrawn codes, and only them."""
    out = (dest / "build" / "oracle" / "expectations.tsv").read_text()
    records = [line.split("\t") for line in out.splitlines() if line[:2] in ("R\t", "E\t")]
    marked = {("return" if r[0] == "R" else "event", int(r[1])): r[8] for r in records if r[8]}
    want = {(k, c): rev for (p, k, c), (rev, _) in withdrawn.items() if p == "aiagent"}
    assert marked == want, f"the expectations withdraw {marked}, want {want}"


# Where each language's generated sources live: each gives a withdrawn code's doc comment the
# sentence of xtask/src/gen/mod.rs (or its language's form of it), naming the revision.
GENERATED = {
    "C": ["include/zego_codes.h"],
    "C++": ["include/zego_codes.hpp"],
    "Rust": ["src/generated/*.rs"],
    "Python": ["python/zego_codes/_generated/*.py"],
    "Java": ["java/src/generated/java/zegocodes/*.java"],
    "Go": ["go/zz_generated_*.go"],
    "Node": ["node/src/generated/*.ts"],
}


def check_sentences(dest: Path, withdrawn: dict[tuple[str, str, int], tuple[str, dict]]) -> None:
    """Every language's generated sources say, for each withdrawal, that ZEGO's page of its
    revision no longer lists the code."""
    for language, patterns in GENERATED.items():
        lines = [line for pattern in patterns for f in dest.glob(pattern) for line in f.read_text().splitlines()]
        for (product, kind, code), (revision, _) in withdrawn.items():
            said = [line for line in lines if f"page of {revision} no longer lists" in line]
            assert said, f"{language}'s generated sources do not say {product} {kind} {code} is withdrawn"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    dest = Path(sys.argv[1]).resolve()
    copy_project(dest)
    withdrawn = {}
    for product, kind, code, page in choose(dest):
        withdrawn[(product, kind, code)] = withdraw(dest, product, kind, code, page)
    run(["cargo", "xtask", "gen"], dest)
    # Only data, vendored pages and generated files changed: the suites are the project's own.
    changed = run(["git", "status", "--porcelain", "--untracked-files=all"], dest).splitlines()
    tests = [c for c in changed if re.search(r"(^|/)tests?/|_test\.go$", c[3:])]
    assert not tests, f"withdrawing changed tests: {tests}"
    # The Makefile's oracle and expectations, which the copy's suites read.
    run(["make", "--no-print-directory", "products-oracle", "build/oracle/expectations.tsv"], dest)
    check_oracle(dest, withdrawn)
    check_expectations(dest, withdrawn)
    check_sentences(dest, withdrawn)


if __name__ == "__main__":
    main()
