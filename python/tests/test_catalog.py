"""Every code's texts, names and guidance against data/*.toml (the source of truth the Rust core
is generated from) and against the native module, so the Python side keeps no list of its own."""

from __future__ import annotations

from typing import Any, Callable

import pytest

import zego_codes as z
from zego_codes import _native


def test_revisions_are_the_current_pages(revisions: dict[tuple[str, str], str]) -> None:
    assert z.RETURN_CODES_REVISION == revisions["return", "zh"]
    assert z.RETURN_CODES_REVISION_EN == revisions["return", "en"]
    assert z.EVENT_CODES_REVISION == revisions["event", "zh"]
    assert z.EVENT_CODES_REVISION_EN == revisions["event", "en"]


@pytest.mark.parametrize("kind", ["return", "event"])
def test_withdrawn_is_the_data_files(kind: str, return_table: list[dict[str, Any]], event_table: list[dict[str, Any]]) -> None:
    table = return_table if kind == "return" else event_table
    enum = z.ZegoCode if kind == "return" else z.ZegoEventCode
    lookup = z.lookup if kind == "return" else z.lookup_event
    native = _native.withdrawn if kind == "return" else _native.event_withdrawn
    for e in table:
        member = enum(e["code"])
        assert member.withdrawn == lookup(e["code"]).withdrawn == native(e["code"]) == e.get("withdrawn")
        if "withdrawn" in e:
            # Still known by number and name, its docstring says so.
            assert enum[e["name"]] is member and lookup(e["code"]).known
    assert lookup(410_009_999).withdrawn is None and native(2**32 - 1) is None
    with pytest.raises(TypeError):
        native("1")


def test_return_enum_members_are_the_table(return_table: list[dict[str, Any]]) -> None:
    assert [(m.name, m.value) for m in z.ZegoCode] == [(e["name"], e["code"]) for e in return_table]
    assert tuple(m.value for m in z.all_codes()) == _native.codes()


def test_event_enum_members_are_the_table(event_table: list[dict[str, Any]]) -> None:
    assert [(m.name, m.value) for m in z.ZegoEventCode] == [(e["name"], e["code"]) for e in event_table]
    assert tuple(m.value for m in z.all_event_codes()) == _native.event_codes()


def test_every_return_code_texts(return_table: list[dict[str, Any]]) -> None:
    for e in return_table:
        code = e["code"]
        member = z.ZegoCode(code)
        info = z.lookup(code)
        assert z.message(code) == z.message(code, "zh") == member.message == info.message_zh == e["message_zh"]
        assert z.message(code, lang="en") == member.message_en == info.message_en == e["message_en"]
        assert z.suggestion(code) == member.suggestion == info.suggestion_zh == e["suggestion_zh"]
        assert z.suggestion(code, "en") == member.suggestion_en == info.suggestion_en == e["suggestion_en"]
        assert z.name(code) == info.name == member.name == e["name"]
        assert z.guidance(code) is member.guidance is info.guidance
        assert member.guidance.value == e["guidance"]
        assert z.is_known(code) and info.known
        assert z.is_retryable(code) == member.retryable == info.retryable == member.guidance.retryable
        assert info.since == e["since"]
        assert info.english_from_zego == ("en_source" not in e)
        assert z.category(code) is member.category is info.category
        assert member.is_success == info.is_success == (code == 0)


def test_every_event_code_texts(event_table: list[dict[str, Any]]) -> None:
    for e in event_table:
        code = e["code"]
        member = z.ZegoEventCode(code)
        info = z.lookup_event(code)
        assert z.event_message(code) == member.message == info.message_zh == e["message_zh"]
        assert z.event_message(code, "en") == member.message_en == info.message_en == e["message_en"]
        assert z.event_suggestion(code) == member.suggestion == info.suggestion_zh == e["suggestion_zh"]
        assert z.event_suggestion(code, "en") == member.suggestion_en == info.suggestion_en == e["suggestion_en"]
        assert z.event_name(code) == info.name == member.name == e["name"]
        assert member.guidance is info.guidance and info.guidance.value == e["guidance"]
        assert member.category is info.category
        assert member.retryable == info.retryable == info.guidance.retryable
        assert _native.event_is_known(code) and info.known


@pytest.mark.parametrize(
    ("code", "category"),
    [
        (1, z.Category.UNKNOWN),
        (100_999_999, z.Category.COMMON),
        (410_999_999, z.Category.BUSINESS),
        (2**32 - 1, z.Category.UNKNOWN),
    ],
)
def test_unknown_return_codes(code: int, category: z.Category) -> None:
    info = z.lookup(code)
    assert not info.known and not z.is_known(code)
    assert info.name is None and z.name(code) is None and info.since is None
    assert info.category is category is z.category(code)
    assert info.guidance is z.Guidance.UNKNOWN is z.guidance(code)
    assert not z.is_retryable(code)
    assert z.message(code, "en").startswith("Unknown return code")
    assert z.message(code) == info.message_zh and z.suggestion(code, "en") == info.suggestion_en
    with pytest.raises(ValueError, match="is not a valid ZegoCode"):
        z.ZegoCode(code)
    with pytest.raises(ValueError, match="is not a valid ZegoCode"):
        z.ZegoCode.from_code(code)


def test_unknown_event_codes_name_their_subsystem() -> None:
    # The last number of each category's range (the core's), or the nearest below it the catalog
    # does not hold: found, never assumed free.
    for last, category in [(1099, "agent"), (1199, "im"), (1299, "rtc"), (2199, "asr"), (2299, "llm"), (2399, "tts")]:
        code = next(c for c in range(last, last - 100, -1) if not z.lookup_event(c).known)
        info = z.lookup_event(code)
        assert not info.known and info.category.value == category
        assert category.upper() in info.message_en.upper() or category == "agent"
    assert z.lookup_event(7).category is z.EventCategory.UNKNOWN


def test_enum_refuses_an_unknown_code_and_names_a_known_one(zego_text: Callable[[str, int, str], str]) -> None:
    # An AI Agent business number the catalog does not hold, found in the data, never named.
    known = {member.value for member in z.ZegoCode}
    unknown = next(code for code in range(410_000_000, 411_000_000) if code not in known)
    with pytest.raises(ValueError):
        z.ZegoCode(unknown)
    assert z.ZegoCode.AGENT_INSTANCE_NOT_FOUND == 410001002
    assert z.ZegoCode.AGENT_INSTANCE_NOT_FOUND.message_en == zego_text("return", 410001002, "message_en")
    assert z.Guidance.RETRY_LATER.value == "retry_later"


def test_texts_are_cached_not_rebuilt() -> None:
    # The same str object on every call: no new string per lookup, for known and unknown codes.
    for code in [0, 410001002, 100000004, 1, 100_999_999, 410_999_999, 2**32 - 1]:
        for lang in ("zh", "en"):
            assert z.message(code, lang) is z.message(code, lang)
            assert z.suggestion(code, lang) is z.suggestion(code, lang)
        assert z.name(code) is z.name(code)
    for code in [1201, 1099, 1199, 1299, 2199, 2299, 2399, 0]:
        assert z.event_message(code, "en") is z.event_message(code, "en")


def test_lang_from_a_computed_string_is_accepted(zego_text: Callable[[str, int, str], str]) -> None:
    # Not interned: the identity fast path misses and the text comparison decides.
    lang = "".join(["e", "n"])
    assert z.message(0, lang) == zego_text("return", 0, "message_en")


def test_guidance_and_categories_are_the_cores() -> None:
    assert tuple(g.value for g in z.Guidance) == _native.GUIDANCES
    assert tuple(c.value for c in z.Category) == _native.CATEGORIES
    assert tuple(c.value for c in z.EventCategory) == _native.EVENT_CATEGORIES
    assert [g.name for g in z.Guidance] == [g.value.upper() for g in z.Guidance]
    retryable = {g for g in z.Guidance if g.retryable}
    assert retryable == {z.Guidance.RENEW_SIGNATURE, z.Guidance.RETRY_LATER, z.Guidance.SLOW_DOWN}
    for g in z.Guidance:
        assert g.summary() and g.summary("en") and g.summary("zh") != g.summary("en")


def test_code_info_is_immutable_and_a_value() -> None:
    info = z.lookup(410001002)
    with pytest.raises(AttributeError, match="immutable"):
        info.code = 1  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del info.message_zh
    with pytest.raises(AttributeError):
        info.extra = 1  # type: ignore[attr-defined]
    assert info is z.lookup(410001002) and info == z.lookup(z.ZegoCode.AGENT_INSTANCE_NOT_FOUND)
    assert hash(info) == hash(z.lookup(410001002))
    assert z.lookup(5) == z.lookup(5) and z.lookup(5) != z.lookup(6)
    assert z.lookup(1201) != z.lookup_event(1201)
    import pickle

    assert pickle.loads(pickle.dumps(info)) is info
    assert pickle.loads(pickle.dumps(z.lookup_event(1201))) == z.lookup_event(1201)
    assert "AGENT_INSTANCE_NOT_FOUND" in repr(info)


def test_enum_fast_constructor_matches_enum_call() -> None:
    for member in z.ZegoCode:
        assert z.ZegoCode.from_code(member.value) is member is z.ZegoCode(member.value)
        assert z.ZegoCode.from_code(member) is member
        assert z.ZegoCode[member.name] is member
    for event in z.ZegoEventCode:
        assert z.ZegoEventCode.from_code(event.value) is event
    with pytest.raises(ValueError, match="ZegoEventCode"):
        z.ZegoEventCode.from_code(410001002)


def test_members_behave_as_ints() -> None:
    code = z.ZegoCode.SIGNATURE_EXPIRED
    assert code == 100000004 and isinstance(code, int) and f"{code}" == "100000004"
    assert {100000004: "x"}[code] == "x"
    assert z.message(code) == z.message(100000004)
