#!/usr/bin/env python3
"""Fuzzes the public functions of zego_codes and check_response with arbitrary objects (atheris).

Each input is read as a sequence of calls. Arguments are ints of any size, bools, floats,
strings, bytes, None, lists, dicts of response shape with missing, wrong-typed and huge
values, their JSON text, and hostile objects: `__index__` that returns anything or raises,
int and str subclasses whose `__eq__` and `__hash__` lie. Every call must give the right
answer or raise the exception the documentation names (python/README.md, the .pyi stubs):
TypeError for a non-int code (bool included), OverflowError outside 0..=4294967295, whatever
a hostile `__index__` raises, ValueError or TypeError for a bad `lang`,
MalformedResponseError for a body that is not a JSON object with an integer Code.

    python fuzz_api.py [libFuzzer flags] [CORPUS...]   fuzz
    python fuzz_api.py --leaks CORPUS...               replay the corpus many times and fail
                                                       if memory or objects grow with calls
"""

from __future__ import annotations

import gc
import json
import operator
import sys
import tracemalloc
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Callable, Union

import atheris

# The leak check replays inputs without coverage: atheris's instrumentation keeps what it sees.
if sys.argv[1:2] == ["--leaks"]:
    import zego_codes as z
    from zego_codes import _native
else:
    with atheris.instrument_imports():
        import zego_codes as z
        from zego_codes import _native

U32_MAX = 0xFFFFFFFF
RETURN_CODES = _native.codes()
EVENT_CODES = _native.event_codes()
RETURN_SET = frozenset(RETURN_CODES)
EVENT_SET = frozenset(EVENT_CODES)


class Hostile(Exception):
    """Raised by the hostile objects; must reach the caller unchanged."""


RAISE = object()


class Index:
    """An object whose `__index__` returns `value` (any object), or raises a new Hostile
    error if `value` is RAISE."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __index__(self) -> Any:
        if self.value is RAISE:
            raise Hostile("index")
        return self.value

    def __repr__(self) -> str:
        return f"Index({self.value!r})"


class LyingInt(int):
    """An int whose comparisons and hash lie; its value is still the int's."""

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        raise Hostile("hash")

    def __int__(self) -> int:
        raise Hostile("int")


class LyingStr(str):
    """A str equal to everything; its characters are what counts."""

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return 0


Outcome = Union[type, tuple]  # an exception class, or ("value", v)


def code_of(x: object) -> Outcome:
    """What a function taking a code must make of `x`: its value or the exception class."""
    if isinstance(x, bool):
        return TypeError
    try:
        v = operator.index(x)
    except Exception as e:  # TypeError for non-ints, Hostile from __index__
        return type(e)
    v = int.__index__(v)
    if not 0 <= v <= U32_MAX:
        return OverflowError
    return ("value", v)


def lang_of(x: object) -> Outcome:
    if x is MISSING:
        return ("value", "zh")
    if not isinstance(x, str):
        return TypeError
    text = str.__str__(x)
    if text in ("zh", "en"):
        return ("value", text)
    return ValueError


MISSING = object()


class Gen:
    """Objects built from the fuzzer's bytes."""

    def __init__(self, data: bytes) -> None:
        self.fdp = atheris.FuzzedDataProvider(data)

    def pick(self, n: int) -> int:
        return self.fdp.ConsumeIntInRange(0, n - 1)

    def code(self, depth: int = 0) -> object:
        k = self.pick(16)
        f = self.fdp
        if k == 0:
            return f.ConsumeIntInRange(0, U32_MAX)
        if k in (1, 2):
            return RETURN_CODES[self.pick(len(RETURN_CODES))]
        if k == 3:
            return EVENT_CODES[self.pick(len(EVENT_CODES))]
        if k == 4:
            return f.ConsumeInt(1 + self.pick(80))  # signed, up to 640 bits
        if k == 5:
            return f.ConsumeBool()
        if k == 6:
            return f.ConsumeFloat()
        if k == 7:
            return f.ConsumeUnicode(self.pick(12))
        if k == 8:
            return f.ConsumeBytes(self.pick(8))
        if k == 9:
            return None
        if k == 10 and depth < 3:
            return Index(self.code(depth + 1))
        if k == 11:
            return Index(RAISE)
        if k == 12:
            return LyingInt(f.ConsumeInt(1 + self.pick(6)))
        if k == 13:
            return str(f.ConsumeIntInRange(0, U32_MAX))
        if k == 14 and depth < 3:
            return [self.code(depth + 1)]
        return U32_MAX + self.pick(3) - 1

    def lang(self) -> object:
        k = self.pick(8)
        if k < 3:
            return MISSING
        if k == 3:
            return "zh"
        if k == 4:
            return "en"
        if k == 5:
            return LyingStr(["zh", "en", "fr"][self.pick(3)])
        if k == 6:
            return self.fdp.ConsumeUnicode(self.pick(4))
        return self.code()

    def value(self, depth: int = 0) -> object:
        """Any JSON-like value, for a body's fields."""
        k = self.pick(8)
        if k == 0 and depth < 4:
            return {self.fdp.ConsumeUnicode(self.pick(6)): self.value(depth + 1) for _ in range(self.pick(3))}
        if k == 1 and depth < 4:
            return [self.value(depth + 1) for _ in range(self.pick(3))]
        if k == 2:
            return self.fdp.ConsumeUnicode(self.pick(40))
        if k == 3:
            return "x" * (1 << self.pick(21))  # up to 1 MiB
        return self.code(depth)

    def body(self) -> object:
        k = self.pick(8)
        if k == 0:
            return self.fdp.ConsumeBytes(self.pick(64))
        if k == 1:
            return self.fdp.ConsumeUnicode(self.pick(64))
        if k == 2:
            return self.value()
        body: dict[str, object] = {}
        for key in ("Code", "Message", "RequestId", "Data"):
            if self.pick(6) == 0:
                continue
            if key == "Code":
                body[key] = self.code() if self.pick(3) else RETURN_CODES[self.pick(len(RETURN_CODES))]
            elif self.pick(3):
                body[key] = self.fdp.ConsumeUnicode(self.pick(20))
            else:
                body[key] = self.value()
        if k == 3:
            try:
                return json.dumps(body, default=repr, allow_nan=True)
            except (ValueError, TypeError):
                return body
        if k == 4:
            try:
                return json.dumps(body, default=repr).encode()
            except (ValueError, TypeError):
                return body
        return body


def call(f: Callable[..., object], *args: object, **kwargs: object) -> tuple[str, object]:
    try:
        return ("value", f(*args, **kwargs))
    except SystemError:
        raise
    except BaseException as e:  # noqa: BLE001 - every other outcome is judged by the caller
        if isinstance(e, (KeyboardInterrupt, MemoryError, RecursionError)):
            raise
        return ("raised", e)


def expect_raises(got: tuple[str, object], allowed: set[type], what: str) -> None:
    kind, v = got
    assert kind == "raised", f"{what}: returned {v!r}, expected one of {allowed}"
    assert type(v) in allowed, f"{what}: raised {type(v).__name__}: {v}, expected one of {allowed}"


def lang_args(lang: object) -> dict[str, object]:
    return {} if lang is MISSING else {"lang": lang}


# The functions that take one code and answer from the catalog, with what the answer must be
# for a valid code v (compared with the native module's answer for the plain int v).
def check_code_function(gen: Gen) -> None:
    x = gen.code()
    lang = gen.lang()
    k = gen.pick(14)
    code = code_of(x)
    if k < 4:
        f = [z.message, z.suggestion, z.event_message, z.event_suggestion][k]
        got = call(f, x, **lang_args(lang))
        language = lang_of(lang)
        if isinstance(code, tuple) and isinstance(language, tuple):
            assert got[0] == "value", f"{f.__name__}({x!r}, {lang!r}) raised {got[1]!r}"
            assert type(got[1]) is str and got[1] == f(code[1], language[1]), f"{f.__name__}({x!r})"
            return
        allowed = {e for e in (code, language) if isinstance(e, type)}
        expect_raises(got, allowed, f"{f.__name__}({x!r}, {lang!r})")
        return
    fs: list[tuple[Callable[[Any], object], Callable[[int], object]]] = [
        (z.name, lambda v: _native.name(v)),
        (z.event_name, lambda v: _native.event_name(v)),
        (z.is_known, lambda v: v in RETURN_SET),
        (_native.event_is_known, lambda v: v in EVENT_SET),
        (z.is_retryable, lambda v: v in RETURN_SET and z.lookup(v).retryable),
        (_native.check_code, lambda v: v),
        (z.lookup, lambda v: ("code", v, v in RETURN_SET)),
        (z.lookup_event, lambda v: ("code", v, v in EVENT_SET)),
        (z.guidance, lambda v: z.guidance(v)),
        (z.category, lambda v: z.category(v)),
    ]
    f, right = fs[(k - 4) % len(fs)]
    got = call(f, x)
    if not isinstance(code, tuple):
        expect_raises(got, {code}, f"{getattr(f, '__name__', f)}({x!r})")
        return
    v = code[1]
    assert got[0] == "value", f"{f}({x!r}) raised {got[1]!r}"
    answer = got[1]
    expected = right(v)
    if isinstance(expected, tuple) and expected[0] == "code":
        assert answer.code == v and answer.known == expected[2], f"{f}({x!r}): {answer!r}"
        assert (answer.name is None) != answer.known
    else:
        assert answer == expected and type(answer) is type(expected), f"{f}({x!r}): {answer!r} != {expected!r}"
    if f is z.name or f is z.event_name:
        known = v in (RETURN_SET if f is z.name else EVENT_SET)
        assert (answer is not None) == known, f"{f}({v}) = {answer!r}, known {known}"


def check_enums_and_raising(gen: Gen) -> None:
    x = gen.code()
    code = code_of(x)
    k = gen.pick(3)
    if k < 2:
        cls = (z.ZegoCode, z.ZegoEventCode)[k]
        known = RETURN_SET if k == 0 else EVENT_SET
        got = call(cls.from_code, x)
        if not isinstance(code, tuple):
            expect_raises(got, {code}, f"{cls.__name__}.from_code({x!r})")
        elif code[1] in known:
            assert got[0] == "value" and got[1] is cls(code[1]), f"{cls.__name__}.from_code({x!r})"
        else:
            expect_raises(got, {ValueError}, f"{cls.__name__}.from_code({x!r})")
        return
    message = gen.fdp.ConsumeUnicode(gen.pick(10)) if gen.pick(2) else None
    lang = gen.lang()
    got = call(z.raise_for_code, x, message=message, **lang_args(lang))
    language = lang_of(lang)
    if not isinstance(code, tuple):
        allowed = {code} | ({language} if isinstance(language, type) else set())
        expect_raises(got, allowed, f"raise_for_code({x!r})")
    elif code[1] == 0:
        assert got == ("value", None), f"raise_for_code(0): {got!r}"
    elif isinstance(language, type):
        expect_raises(got, {language}, f"raise_for_code({x!r}, lang={lang!r})")
    else:
        expect_error(got, code[1], message, None, language[1], f"raise_for_code({x!r})")


def expect_error(
    got: tuple[str, object], code: int, message: object, request_id: object, lang: str, what: str
) -> None:
    kind, e = got
    assert kind == "raised" and type(e) is z.error_class(code), f"{what}: {got!r}"
    assert isinstance(e, z.ZegoError) and e.code == code, f"{what}: {e!r}"
    wanted = message if isinstance(message, str) and message else _native.message(code, lang)
    assert e.message == wanted, f"{what}: message {e.message!r}, expected {wanted!r}"
    assert e.request_id == (request_id if isinstance(request_id, str) else None), f"{what}"


def check_response(gen: Gen) -> None:
    body = gen.body()
    lang = gen.lang()
    got = call(z.check_response, body, **lang_args(lang))
    what = f"check_response({body!r:.200}, lang={lang!r})"
    decoded: object = body
    if isinstance(body, (str, bytes, bytearray)):
        try:
            decoded = json.loads(body)
        except (ValueError, RecursionError):
            expect_raises(got, {z.MalformedResponseError}, what)
            return
    if not isinstance(decoded, Mapping) or "Code" not in decoded:
        expect_raises(got, {z.MalformedResponseError}, what)
        return
    code = decoded["Code"]
    if not isinstance(code, int) or isinstance(code, bool) or not 0 <= code <= U32_MAX:
        expect_raises(got, {z.MalformedResponseError}, what)
        e = got[1]
        assert isinstance(e, ValueError) and isinstance(e, z.ZegoError), what
        return
    if code == 0:
        assert got[0] == "value" and got[1] == decoded.get("Data"), f"{what}: {got!r}"
        return
    language = lang_of(lang)
    if isinstance(language, type):
        expect_raises(got, {ValueError, TypeError}, what)
        return
    expect_error(got, int(code), decoded.get("Message"), decoded.get("RequestId"), language[1], what)


CHECKS = [check_code_function, check_code_function, check_enums_and_raising, check_response]


def test_one_input(data: bytes) -> None:
    gen = Gen(data)
    for _ in range(1 + gen.pick(4)):
        CHECKS[gen.pick(len(CHECKS))](gen)


def leaks(dirs: list[str]) -> None:
    """Replays corpus inputs round after round; memory and the count of live objects must stop
    growing. Caches (the enums' first load, interned texts, the interpreter's own) fill during
    the first rounds and then stay; a leaked reference keeps an object alive per call, so a
    leak grows in every window of rounds."""
    inputs = [p.read_bytes() for d in dirs for p in sorted(Path(d).iterdir()) if p.is_file()]
    assert inputs, f"no inputs in {dirs}"
    # Windows of at least 2,000 runs, so a leak of one small object per call adds tens of KiB.
    rounds, windows = -(-2000 // len(inputs)), 12
    runs = rounds * len(inputs)
    tracemalloc.start()
    for window in range(windows):
        gc.collect()
        memory, objects = tracemalloc.get_traced_memory()[0], len(gc.get_objects())
        for _ in range(rounds):
            for data in inputs:
                test_one_input(data)
        gc.collect()
        memory = tracemalloc.get_traced_memory()[0] - memory
        objects = len(gc.get_objects()) - objects
        print(f"leaks: window {window + 1}, {runs} runs of {len(inputs)} inputs: {memory:+d} B, {objects:+d} objects")
        # One leaked exception per failed call (the bug this check found) added 30 to 100
        # bytes per run, in every window.
        if memory < 8 * runs and objects < 20:
            tracemalloc.stop()
            return
    raise AssertionError(f"memory or objects still grow after {windows * runs} runs")


if __name__ == "__main__":
    # Python's own notice that a hostile __index__ returned an int subclass is not the subject.
    warnings.filterwarnings("ignore", "__index__ returned non-int", DeprecationWarning)
    if len(sys.argv) > 1 and sys.argv[1] == "--leaks":
        leaks(sys.argv[2:])
    else:
        atheris.instrument_all()  # the checks too: their branches are the outcomes to reach
        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()
