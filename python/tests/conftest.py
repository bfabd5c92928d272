"""Shared fixtures. The suite runs against the installed wheel, from this directory, so the
source tree's `zego_codes/` is never what gets imported (test_package checks it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # the same parser, from PyPI, for the run on an older interpreter
    import tomli as tomllib

ROOT = Path(os.environ.get("ZEGO_CODES_ROOT", Path(__file__).resolve().parents[2]))


def load(kind: str) -> dict[str, Any]:
    with open(ROOT / "data" / f"{kind}_codes.toml", "rb") as f:
        return tomllib.load(f)


@pytest.fixture(scope="session")
def return_table() -> list[dict[str, Any]]:
    return load("return")["code"]


@pytest.fixture(scope="session")
def event_table() -> list[dict[str, Any]]:
    return load("event")["code"]


@pytest.fixture(scope="session")
def zego_text() -> Callable[[str, int, str], str]:
    """ZEGO's text of a known code from the data file, as `zego_text("return", 410001002,
    "message_en")`: what a test expects instead of a copy, so a reworded text needs no edit."""
    tables = {kind: {e["code"]: e for e in load(kind)["code"]} for kind in ("return", "event")}
    return lambda kind, code, field: tables[kind][code][field]


@pytest.fixture(scope="session")
def revisions() -> dict[tuple[str, str], str]:
    """The revision of AI Agent's current page of each (kind, lang), from data/pages.toml (a page
    without a product is AI Agent's)."""
    with open(ROOT / "data" / "pages.toml", "rb") as f:
        pages = tomllib.load(f)["page"]
    return {
        (p["kind"], p["lang"]): p["revision"]
        for p in pages
        if p["current"] and p.get("product", "aiagent") == "aiagent"
    }


def error_classes() -> dict[str, str]:
    """Each guidance's exception class name, as the map of every language's error classes
    gives it (tests/error-classes.tsv, which `cargo xtask gen` writes from
    xtask/src/gen/exceptions/mod.rs)."""
    with open(ROOT / "tests" / "error-classes.tsv", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    return {row[0]: row[2] for row in rows}
