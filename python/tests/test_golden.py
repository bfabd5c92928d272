"""`python -m zego_codes` against the golden files of tests/golden/, which the Rust tool
`zego-codes` is checked against too (cli/tests/golden.rs): one expected output for both.

ZEGO's texts and each code's `since` stand in the files as placeholders
(`{{return 410001002 message_en}}`, with a trailing `json` for a text escaped inside a JSON
string; `{{rtc/media_files return 41003 message_en}}` for a product's entry, by product and
section; `{{product ids}}` for the list of products), filled here from the data files."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # the same parser, from PyPI, for the run on an older interpreter
    import tomli as tomllib
from conftest import ROOT, load

from zego_codes.__main__ import main

GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.txt"))
FIELDS = ("message_zh", "suggestion_zh", "message_en", "suggestion_en", "since")
PRODUCT_FIELDS = FIELDS + ("cause_zh", "cause_en")
PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")


def json_escape(text: str) -> str:
    """The escaping of a JSON string: quote, backslash and control characters."""
    short = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return "".join(short.get(c, f"\\u{ord(c):04x}" if ord(c) < 0x20 else c) for c in text)


def product_rows(owner: str, family: str, code: int) -> list[dict[str, Any]]:
    """The entries of `owner` (`product` or `product/section`) for `code`, from its data file
    (AI Agent's are data/return_codes.toml and data/event_codes.toml)."""
    product, _, section = owner.partition("/")
    if product == "aiagent":
        rows = [row for row in load(family)["code"] if row["code"] == code]
    else:
        with open(ROOT / "data" / "products" / f"{product}.toml", "rb") as f:
            table = tomllib.load(f)["code"]
        rows = [row for row in table if row["code"] == code and row["kind"] == family]
    return [row for row in rows if not section or row.get("section") == section]


def placeholder_text(spec: str) -> str:
    """The text `[PRODUCT[/SECTION]] FAMILY CODE FIELD [json]` names, read from the data files;
    `product ids` is every product's id in the registry's order, comma-separated."""
    if spec == "product ids":
        with open(ROOT / "data" / "products.toml", "rb") as f:
            return ", ".join(p["id"] for p in tomllib.load(f)["product"])
    words = spec.split()
    owner = words.pop(0) if words and words[0] not in ("return", "event") else None
    assert len(words) in (3, 4) and words[3:] in ([], ["json"]), f"bad placeholder {{{{{spec}}}}}"
    family, code, field = words[:3]
    fields = FIELDS if owner is None else PRODUCT_FIELDS
    assert family in ("return", "event") and field in fields, f"bad placeholder {{{{{spec}}}}}"
    if owner is None:
        rows = [row for row in load(family)["code"] if row["code"] == int(code)]
    else:
        rows = product_rows(owner, family, int(code))
        names = {row["name"] for row in rows}
        assert len(names) <= 1, f"{{{{{spec}}}}}: sections define it differently: name one"
    assert rows, f"{{{{{spec}}}}}: not a known code"
    text: str = rows[0].get(field, "")
    return json_escape(text) if words[3:] else text


def expand(template: str) -> str:
    return PLACEHOLDER.sub(lambda m: placeholder_text(m.group(1)), template)


def parse(path: Path) -> tuple[list[str], dict[str, str], str]:
    head, _, _ = path.read_text(encoding="utf-8").partition("--- stdout\n")
    fields = dict(line.split(":", 1) for line in head.splitlines())
    env = dict(kv.split("=", 1) for kv in fields.get("env", "").split())
    return fields["args"].split(), env, expand(path.read_text(encoding="utf-8"))


def render(argv: list[str], env: dict[str, str], status: int, out: str, err: str) -> str:
    text = f"args: {' '.join(argv)}\n"
    if env:
        text += "env: " + " ".join(f"{k}={v}" for k, v in env.items()) + "\n"
    return text + f"status: {status}\n--- stdout\n{out}--- stderr\n{err}"


def test_there_are_golden_files() -> None:
    assert GOLDEN, f"no golden files under {ROOT / 'tests' / 'golden'}"


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_lookup_prints_the_golden_output(path: Path) -> None:
    argv, env, expected = parse(path)
    out, err = io.StringIO(), io.StringIO()
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        status = main(argv, out, err)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    assert render(argv, env, status, out.getvalue(), err.getvalue()) == expected
