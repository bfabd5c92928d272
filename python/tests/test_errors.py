"""Exceptions: one class per guidance kind of the core, `raise_for_code`, `check_response`."""

from __future__ import annotations

import json
import pickle
from collections import OrderedDict
from typing import Any, Callable

import pytest

import zego_codes as z
from zego_codes import _native

from conftest import error_classes

# The class each guidance kind raises, as the map of every language's error classes names it
# (tests/error-classes.tsv, from xtask/src/gen/exceptions/mod.rs). A kind the core adds fails
# test_every_guidance_kind_is_mapped until the map gives it a class.
EXPECTED = {kind: getattr(z, name) for kind, name in error_classes().items()}


def test_every_guidance_kind_is_mapped() -> None:
    for kind in _native.GUIDANCES:
        assert kind in EXPECTED, f"guidance kind {kind!r} of the core has no exception class"
        assert z._errors._CLASS_BY_GUIDANCE.get(kind, z.ZegoError) is EXPECTED[kind]
    assert set(EXPECTED) == set(_native.GUIDANCES)


def test_every_return_code_raises_its_class(return_table: list[dict[str, Any]]) -> None:
    for e in return_table:
        code = e["code"]
        if code == 0:
            assert z.raise_for_code(0) is None
            continue
        with pytest.raises(z.ZegoError) as caught:
            z.raise_for_code(code, request_id="req-1")
        err = caught.value
        assert type(err) is EXPECTED[e["guidance"]] is z.error_class(code)
        assert err.code == code and err.name == e["name"] and err.request_id == "req-1"
        assert err.message == e["message_zh"] and err.suggestion == e["suggestion_zh"]
        assert err.guidance.value == e["guidance"]
        assert err.retryable == err.guidance.retryable
        assert isinstance(err, Exception) and not isinstance(err, ValueError)


def test_an_error_from_each_kind_that_codes_use() -> None:
    assert isinstance(_raised(100000004), z.SignatureError)
    assert isinstance(_raised(410001002), z.NotFoundError)
    assert isinstance(_raised(410000011), z.RateLimitError)
    assert isinstance(_raised(410009999), z.UnknownCodeError)
    assert isinstance(_raised(7), z.UnknownCodeError)
    assert _raised(410000011).retryable and not _raised(410001002).retryable


def _raised(code: int, **kwargs: Any) -> z.ZegoError:
    with pytest.raises(z.ZegoError) as caught:
        z.raise_for_code(code, **kwargs)
    return caught.value


def test_server_message_wins_and_lang_picks_ours(zego_text: Callable[[str, int, str], str]) -> None:
    err = _raised(410001002, message="instance abc not found", request_id="r1")
    assert err.message == "instance abc not found"
    assert str(err) == "410001002 AGENT_INSTANCE_NOT_FOUND: instance abc not found (RequestId: r1)"
    message_en, message_zh = (zego_text("return", 410001002, f"message_{lang}") for lang in ("en", "zh"))
    en = _raised(410001002, lang="en")
    assert en.message == message_en and en.request_id is None
    assert str(en) == f"410001002 AGENT_INSTANCE_NOT_FOUND: {message_en}"
    assert str(_raised(410009999)).startswith("410009999: ")
    assert _raised(410001002, message="").message == message_zh


def test_errors_pickle() -> None:
    err = _raised(410001002, message="gone", request_id="r9")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is z.NotFoundError
    assert (back.code, back.message, back.request_id, back.guidance) == (410001002, "gone", "r9", z.Guidance.NOT_FOUND)
    bad = pickle.loads(pickle.dumps(z.MalformedResponseError("no Code", body={"a": 1})))
    assert type(bad) is z.MalformedResponseError and bad.message == "no Code" and bad.body == {"a": 1}


def test_errors_can_be_built_directly() -> None:
    err = z.RateLimitError(410000011, request_id="x")
    assert err.guidance is z.Guidance.SLOW_DOWN and err.retryable
    with pytest.raises(TypeError):
        z.ZegoError("410001002")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [True, 1.5, "1", None, b"1"])
def test_raise_for_code_refuses_non_ints(bad: Any) -> None:
    with pytest.raises(TypeError, match="code must be an int"):
        z.raise_for_code(bad)


@pytest.mark.parametrize("bad", [-1, 2**32, 10**30])
def test_raise_for_code_refuses_out_of_range(bad: int) -> None:
    with pytest.raises(OverflowError, match="0..=4294967295"):
        z.raise_for_code(bad)


# check_response ---------------------------------------------------------------------------

OK = {"Code": 0, "Message": "Succeed", "RequestId": "r0", "Data": {"AgentInstanceId": "a1"}}
FAILED = {"Code": 410000011, "Message": "concurrency limit", "RequestId": "r2", "Data": None}


@pytest.mark.parametrize("encode", [lambda b: b, json.dumps, lambda b: json.dumps(b).encode(), lambda b: bytearray(json.dumps(b).encode()), lambda b: memoryview(json.dumps(b).encode()), OrderedDict])
def test_success_returns_data(encode: Any) -> None:
    assert z.check_response(encode(OK)) == {"AgentInstanceId": "a1"}


def test_success_without_data_returns_none() -> None:
    assert z.check_response({"Code": 0}) is None
    assert z.check_response('{"Code": 0, "Data": []}') == []


@pytest.mark.parametrize("encode", [lambda b: b, json.dumps, lambda b: json.dumps(b, ensure_ascii=False).encode("utf-8")])
def test_error_raises_its_class(encode: Any) -> None:
    with pytest.raises(z.RateLimitError) as caught:
        z.check_response(encode(FAILED))
    err = caught.value
    assert err.code == 410000011 and err.message == "concurrency limit" and err.request_id == "r2"
    assert err.body == FAILED and err.retryable


def test_error_without_message_uses_ours(zego_text: Callable[[str, int, str], str]) -> None:
    with pytest.raises(z.NotFoundError) as caught:
        z.check_response({"Code": 410001002, "Message": 5, "RequestId": ["x"]}, lang="en")
    assert caught.value.message == zego_text("return", 410001002, "message_en")
    assert caught.value.request_id is None


def test_unknown_code_in_a_response() -> None:
    with pytest.raises(z.UnknownCodeError) as caught:
        z.check_response({"Code": 410009999, "Message": "new failure", "RequestId": "r"})
    assert caught.value.message == "new failure" and caught.value.guidance is z.Guidance.UNKNOWN


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b"", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
        ("[1, 2]", "must be a JSON object, got list"),
        ("42", "must be a JSON object, got int"),
        ("null", "must be a JSON object, got NoneType"),
        ([1], "must be a JSON object, got list"),
        (None, "must be a JSON object, got NoneType"),
        (7, "must be a JSON object, got int"),
        ({}, "no Code field"),
        ({"code": 0}, "no Code field"),
        ({"Code": "0"}, "Code must be an integer, got str"),
        ({"Code": 0.0}, "Code must be an integer, got float"),
        ({"Code": None}, "Code must be an integer, got NoneType"),
        ({"Code": True}, "Code must be an integer, got bool"),
        ({"Code": [0]}, "Code must be an integer, got list"),
        ({"Code": -1}, "outside 0..=4294967295"),
        ({"Code": 2**32}, "outside 0..=4294967295"),
        ('{"Code": 1e3}', "Code must be an integer, got float"),
    ],
)
def test_malformed_bodies(body: Any, reason: str) -> None:
    with pytest.raises(z.MalformedResponseError, match=reason) as caught:
        z.check_response(body)
    err = caught.value
    assert isinstance(err, z.ZegoError) and isinstance(err, ValueError)
    assert err.code is None and err.guidance is z.Guidance.UNKNOWN and not err.retryable
    assert err.__cause__ is None and str(err) == err.message
