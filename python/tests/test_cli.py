"""`python -m zego_codes`: the lookup of the command-line tool. Its exact output is checked
against the golden files both tools share (test_golden.py); these tests cover the rest."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # the same parser, from PyPI, for the run on an older interpreter
    import tomli as tomllib
from conftest import ROOT

import zego_codes
from zego_codes.__main__ import main


def run(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env or {})
    try:
        status = main(list(argv), out, err)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return status, out.getvalue(), err.getvalue()


def test_detail_in_chinese_by_default_and_names() -> None:
    status, out, _ = run("SIGNATURE_EXPIRED", "0")
    assert status == 0
    assert out.startswith("100000004  SIGNATURE_EXPIRED\n  说明：")
    assert "\n\n0  SUCCESS\n" in out and f"  建议：{zego_codes.suggestion(0) or '（无）'}\n" in out


def test_language_from_environment() -> None:
    assert "message:" in run("0", env={"LANG": "en_US.UTF-8"})[1]
    assert "说明" in run("0", env={"ZEGO_CODES_LANG": "zh", "LC_ALL": "en_US"})[1]
    assert run("0", env={"ZEGO_CODES_LANG": "fr"})[0] == 2


def test_json_lines() -> None:
    status, out, _ = run("--json", "410001002", "5")
    assert status == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert list(first) == [
        "code", "known", "name", "category", "guidance", "retryable",
        "message_zh", "suggestion_zh", "message_en", "suggestion_en", "since",
    ]
    assert first["name"] == "AGENT_INSTANCE_NOT_FOUND" and first["known"] is True
    assert second == {**second, "code": 5, "known": False, "name": None, "since": None, "guidance": "unknown"}


def test_events_and_hints() -> None:
    status, out, err = run("--lang", "en", "event", "1201")
    assert status == 0 and out.startswith("event 1201  RTC_ERROR\n")
    status, _, err = run("1201")
    assert status == 1 and "event code RTC_ERROR: try zego-codes event 1201" in err
    status, _, err = run("NO_SUCH_NAME")
    assert status == 1 and "no return code is named NO_SUCH_NAME" in err


@pytest.mark.parametrize("argv", [[], ["--lang"], ["--lang", "fr", "0"], ["--bogus", "0"], ["4294967296"], ["-1"], ["abc"]])
def test_usage_errors(argv: list[str]) -> None:
    status, out, err = run(*argv)
    assert status == 2 and out == "" and err.startswith("zego-codes: ")


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "zego_codes", "--json", "0"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and json.loads(proc.stdout)["name"] == "SUCCESS"


# ---- products: `--product`, `--section`, `--all-products` (the golden files pin the layout) ----


def products() -> list[dict[str, Any]]:
    with open(ROOT / "data" / "products.toml", "rb") as f:
        return list(tomllib.load(f)["product"])


def product_rows(product: str) -> list[dict[str, Any]]:
    with open(ROOT / "data" / "products" / f"{product}.toml", "rb") as f:
        return list(tomllib.load(f)["code"])


def json_lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_rtc_41003_without_a_section_is_ambiguous() -> None:
    rows = [r for r in product_rows("rtc") if r["code"] == 41003 and r["kind"] == "return"]
    assert len({r["name"] for r in rows}) > 1
    status, out, _ = run("--json", "--product", "rtc", "41003")
    assert status == 0
    objects = json_lines(out)
    assert [(o["section"], o["name"], o["ambiguous"]) for o in objects] == [
        (r["section"], r["name"], True) for r in sorted(rows, key=lambda r: section_order("rtc", r["section"]))
    ]
    status, out, _ = run("--lang", "en", "--product", "rtc", "41003")
    assert out.startswith("41003  (ambiguous)\n")
    for r in rows:
        status, out, _ = run("--json", "--product", "rtc", "--section", r["section"], "41003")
        (only,) = json_lines(out)
        assert (only["name"], only["message_en"], only["ambiguous"]) == (r["name"], r["message_en"], True)


def section_order(product: str, section: str) -> int:
    (p,) = [p for p in products() if p["id"] == product]
    return [s["id"] for s in p["section"]].index(section)


def test_3_without_a_product_is_ai_agent_s_and_names_the_others() -> None:
    status, out, _ = run("--lang", "en", "3")
    assert status == (0 if zego_codes.name(3) else 1)
    answer, hint = out.rstrip("\n").rsplit("\n", 1)
    assert answer.startswith("3  (unknown)\n") if not zego_codes.name(3) else answer.startswith("3  ")
    assert hint.startswith("  also in:    ") and hint.endswith("zego-codes --all-products 3")
    for p in products()[1:]:
        if any(r["code"] == 3 and r["kind"] == "return" for r in product_rows(p["id"])):
            assert p["id"] in hint
    assert "also" not in run("--json", "3")[1]
    defined = sum(
        1 for p in products()[1:] for r in product_rows(p["id"]) if r["code"] == 3 and r["kind"] == "return"
    )
    assert len(json_lines(run("--json", "--all-products", "3")[1])) == defined + (1 if zego_codes.name(3) else 0)


def test_410001002_under_asr_is_asr_s() -> None:
    (row,) = [r for r in product_rows("asr") if r["code"] == 410001002 and r["kind"] == "return"]
    assert row["name"] != zego_codes.name(410001002)
    for argv in (["--product", "asr"], ["--product=asr"]):
        status, out, _ = run("--json", *argv, "410001002")
        assert status == 0
        (only,) = json_lines(out)
        assert (only["product"], only["name"], only["message_zh"]) == ("asr", row["name"], row["message_zh"])


def test_unknown_code_of_a_product_exits_1() -> None:
    codes = {r["code"] for r in product_rows("zim") if r["kind"] == "return"}
    unknown = next(c for c in range(99999, 10**9, 7919) if c not in codes)
    status, out, err = run("--json", "--product", "zim", str(unknown))
    assert status == 1 and json_lines(out)[0]["known"] is False
    assert f"{unknown} is not a known return code of zim" in err


def test_product_usage_errors_name_the_valid_ids() -> None:
    ids = [p["id"] for p in products()]
    status, out, err = run("--product", "nope", "1")
    assert status == 2 and out == "" and "unknown product 'nope'" in err
    assert all(i in err for i in ids)
    (asr,) = [p for p in products() if p["id"] == "asr"]
    status, _, err = run("--product", "asr", "--section", "media_files", "1")
    assert status == 2 and all(s["id"] in err for s in asr["section"])
    for argv, reason in [
        (["--section", "common", "1"], "--section needs --product"),
        (["--product"], "--product needs a value"),
        (["--all-products", "--product", "rtc", "1"], "exclude each other"),
        (["--all-products=1", "1"], "takes no value"),
    ]:
        status, out, err = run(*argv)
        assert status == 2 and out == "" and reason in err, (argv, err)


def test_help_lists_the_products() -> None:
    status, out, _ = run("--help")
    assert status == 0
    for p in products():
        assert p["id"] in out and p["name_en"] in out
