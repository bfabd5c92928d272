"""`python -m zego_codes` against the golden files of tests/golden/, which the Rust tool
`zego-codes` is checked against too (cli/tests/golden.rs): one expected output for both.

ZEGO's texts and each code's `since` stand in the files as placeholders
(`{{return 410001002 message_en}}`, with a trailing `json` for a text escaped inside a JSON
string), filled here from the data files."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, load

from zego_codes.__main__ import main

GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.txt"))
FIELDS = ("message_zh", "suggestion_zh", "message_en", "suggestion_en", "since")
PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")


def json_escape(text: str) -> str:
    """The escaping of a JSON string: quote, backslash and control characters."""
    short = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return "".join(short.get(c, f"\\u{ord(c):04x}" if ord(c) < 0x20 else c) for c in text)


def placeholder_text(spec: str) -> str:
    """The text `FAMILY CODE FIELD [json]` names, read from the data files."""
    words = spec.split()
    assert len(words) in (3, 4) and words[3:] in ([], ["json"]), f"bad placeholder {{{{{spec}}}}}"
    family, code, field = words[:3]
    assert family in ("return", "event") and field in FIELDS, f"bad placeholder {{{{{spec}}}}}"
    rows = [row for row in load(family)["code"] if row["code"] == int(code)]
    assert rows, f"{{{{{spec}}}}}: not a known code"
    text: str = rows[0][field]
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
