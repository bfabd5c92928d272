"""`python -m zego_codes` against the golden files of tests/golden/, which the Rust tool
`zego-codes` is checked against too (cli/tests/golden.rs): one expected output for both."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from conftest import ROOT

from zego_codes.__main__ import main

GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.txt"))


def parse(path: Path) -> tuple[list[str], dict[str, str], str]:
    head, _, _ = path.read_text(encoding="utf-8").partition("--- stdout\n")
    fields = dict(line.split(":", 1) for line in head.splitlines())
    env = dict(kv.split("=", 1) for kv in fields.get("env", "").split())
    return fields["args"].split(), env, path.read_text(encoding="utf-8")


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
