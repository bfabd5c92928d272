"""`python -m zego_codes`: the lookup of the command-line tool. Its exact output is checked
against the golden files both tools share (test_golden.py); these tests cover the rest."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

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
