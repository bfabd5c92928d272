"""Every function that takes a code answers bad input the same documented way: TypeError for
anything but an int (bool included), OverflowError outside 0..=4294967295; objects with
`__index__` are ints. A bad `lang` is a ValueError (TypeError if not a str)."""

from __future__ import annotations

import sys
from typing import Any, Callable

import pytest

import zego_codes as z
from zego_codes import _native

CODE_FUNCTIONS: list[Callable[[Any], object]] = [
    z.message,
    z.suggestion,
    z.event_message,
    z.event_suggestion,
    z.name,
    z.event_name,
    z.is_known,
    z.is_retryable,
    z.guidance,
    z.category,
    z.lookup,
    z.lookup_event,
    z.raise_for_code,
    z.ZegoCode.from_code,
    z.ZegoEventCode.from_code,
    _native.event_is_known,
    _native.check_code,
]

NOT_INTS = [True, False, 1.0, float("nan"), "410001002", b"1", bytearray(b"1"), None, [1], object(), 1j]


class Index:
    def __init__(self, value: object) -> None:
        self.value = value

    def __index__(self) -> Any:
        return self.value


@pytest.mark.parametrize("func", CODE_FUNCTIONS, ids=lambda f: f.__qualname__)
@pytest.mark.parametrize("bad", NOT_INTS, ids=repr)
def test_not_an_int_is_a_type_error(func: Callable[[Any], object], bad: object) -> None:
    with pytest.raises(TypeError, match=f"code must be an int, not {type(bad).__name__}"):
        func(bad)


@pytest.mark.parametrize("func", CODE_FUNCTIONS, ids=lambda f: f.__qualname__)
@pytest.mark.parametrize("bad", [-1, -(2**70), 2**32, 2**64, 10**100, Index(-5), Index(2**40)], ids=repr)
def test_out_of_range_is_an_overflow_error(func: Callable[[Any], object], bad: object) -> None:
    with pytest.raises(OverflowError, match=r"code must be in 0\.\.=4294967295"):
        func(bad)


def test_index_objects_are_codes() -> None:
    assert z.message(Index(410001002), "en") is z.message(410001002, "en")
    assert z.ZegoCode.from_code(Index(0)) is z.ZegoCode.SUCCESS
    assert z.lookup(Index(410001002)).name == "AGENT_INSTANCE_NOT_FOUND"
    assert z.message(2**32 - 1) == z.message(2**32 - 1)


def test_index_that_fails_or_lies() -> None:
    class Boom:
        def __index__(self) -> int:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        z.message(Boom())
    with pytest.raises(TypeError):
        z.message(Index("410001002"))


def test_int_subclasses_are_codes() -> None:
    class MyInt(int):
        pass

    assert z.name(MyInt(0)) == "SUCCESS"
    assert z.name(z.ZegoEventCode.RTC_ERROR) is None  # 1201 as a return code: unknown
    assert z.event_name(z.ZegoEventCode.RTC_ERROR) == "RTC_ERROR"


@pytest.mark.parametrize("func", [z.message, z.suggestion, z.event_message, z.event_suggestion])
def test_lang(func: Callable[..., str]) -> None:
    for bad in ["fr", "ZH", "", "zh ", "en\x00", "\ud800"]:
        with pytest.raises(ValueError, match='lang must be "zh" or "en"'):
            func(0, bad)
    for bad in [None, 1, b"zh", ["zh"]]:
        with pytest.raises(TypeError, match="lang must be a str"):
            func(0, bad)
    assert func(0, lang="en") == func(0, "en")


@pytest.mark.parametrize("func", [z.message, z.suggestion, z.event_message, z.event_suggestion])
def test_call_shapes(func: Callable[..., str]) -> None:
    name = func.__name__
    with pytest.raises(TypeError, match=f"{name}\\(\\) missing required positional argument: 'code'"):
        func()
    with pytest.raises(TypeError, match="takes from 1 to 2 positional arguments but 3 were given"):
        func(0, "zh", "en")
    with pytest.raises(TypeError, match="unexpected keyword argument 'code'"):
        func(code=0)
    with pytest.raises(TypeError, match="multiple values for argument 'lang'"):
        func(0, "zh", lang="en")
    with pytest.raises(TypeError, match="unexpected keyword argument 'language'"):
        func(0, language="en")
    assert func(0, **{"lang": "en"}) == func(0, "en")


@pytest.mark.parametrize("func", [z.name, z.is_known, z.is_retryable, z.event_name])
def test_one_argument_functions(func: Callable[..., object]) -> None:
    with pytest.raises(TypeError):
        func()
    with pytest.raises(TypeError):
        func(0, 1)


def test_no_reference_leaks() -> None:
    # A leaked reference to an argument or a cached text shows in its reference count.
    probe = Index(2**40)
    before = sys.getrefcount(probe)
    for _ in range(1000):
        try:
            z.message(probe)
        except OverflowError:
            pass
    assert sys.getrefcount(probe) == before
    big = 2**40
    before = sys.getrefcount(big)
    for _ in range(1000):
        try:
            z.name(big)
        except OverflowError:
            pass
    assert sys.getrefcount(big) == before
    text = z.message(0)
    before = sys.getrefcount(text)
    for _ in range(1000):
        z.message(0)
    assert sys.getrefcount(text) == before


def test_failed_calls_keep_no_memory() -> None:
    # Each failed call must free its exception at once, with no other call in between to
    # release what it left behind: memory must not grow with the number of failures.
    import gc
    import tracemalloc

    natives = [
        _native.message,
        _native.suggestion,
        _native.event_message,
        _native.event_suggestion,
        _native.name,
        _native.event_name,
        _native.is_known,
        _native.is_retryable,
    ]

    def fail(times: int) -> None:
        for _ in range(times):
            for f in natives:
                for bad in (-1, 2**70, None):
                    try:
                        f(bad)
                    except (OverflowError, TypeError):
                        pass
            try:
                _native.message(0, language="en")  # type: ignore[call-arg]
            except TypeError:
                pass

    fail(10)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        fail(1000)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 64 * 1024, f"{grown} bytes kept by 25,000 failed calls"
