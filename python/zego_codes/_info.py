"""`lookup()` and `CodeInfo`: everything the catalog says about one code, as an immutable value."""

from __future__ import annotations

from . import _native
from ._codes import (
    Category,
    EventCategory,
    Guidance,
    ZegoCode,
    ZegoEventCode,
)
from ._enum_methods import members

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn, SupportsIndex

_FIELDS = (
    "code",
    "name",
    "known",
    "message_zh",
    "message_en",
    "suggestion_zh",
    "suggestion_en",
    "guidance",
    "since",
    "english_from_zego",
    "withdrawn",
)


class _Info:
    """The fields both kinds of code share."""

    __slots__ = _FIELDS

    code: int
    """The numeric code."""
    name: str | None
    """The stable symbolic name, or None if the catalog does not hold the code."""
    known: bool
    """Whether the catalog holds the code."""
    message_zh: str
    """ZEGO's description in Chinese; for an unknown code, a generic text naming its range."""
    message_en: str
    """ZEGO's description in English (or this project's where ZEGO publishes none)."""
    suggestion_zh: str
    """ZEGO's suggested handling in Chinese; empty where ZEGO has none."""
    suggestion_en: str
    """ZEGO's suggested handling in English; empty where ZEGO has none."""
    guidance: Guidance
    """What a caller should do; `Guidance.UNKNOWN` for an unknown code."""
    since: str | None
    """The first revision of ZEGO's page that lists the code, or None if unknown."""
    english_from_zego: bool
    """False where the English text is this project's, because ZEGO publishes none."""
    withdrawn: str | None
    """The revision of ZEGO's page that no longer lists the code, or None while ZEGO documents
    it (and for an unknown code). A withdrawn code stays known, with its last published texts."""

    def _fill(self, row: _native._Row) -> None:
        code, name, known, mzh, men, szh, sen, guidance, _category, since, from_zego, withdrawn = row
        values = (code, name, known, mzh, men, szh, sen, members(Guidance)[guidance], since, from_zego, withdrawn)
        for field, value in zip(_FIELDS, values):
            object.__setattr__(self, field, value)

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed when sent again later."""
        return self.guidance.retryable

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _FIELDS)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.code))

    def __repr__(self) -> str:
        fields = ", ".join(f"{f}={getattr(self, f)!r}" for f in _FIELDS)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (lookup if type(self) is CodeInfo else lookup_event, (self.code,))


class CodeInfo(_Info):
    """Everything the catalog says about a return code; immutable. `lookup(code)` returns it."""

    __slots__ = ("category",)

    category: Category
    """The range the code belongs to."""

    def __init__(self, code: SupportsIndex) -> None:
        row = _native.info(code)
        self._fill(row)
        object.__setattr__(self, "category", members(Category)[row[8]])

    @property
    def is_success(self) -> bool:
        """Whether this is code 0, ZEGO's only success code."""
        return self.code == 0


class EventCodeInfo(_Info):
    """Everything the catalog says about a callback exception event code; immutable."""

    __slots__ = ("category",)

    category: EventCategory
    """The subsystem the code comes from."""

    def __init__(self, code: SupportsIndex) -> None:
        row = _native.event_info(code)
        self._fill(row)
        object.__setattr__(self, "category", members(EventCategory)[row[8]])


# lookup and lookup_event are native: they build these classes and keep one object per
# known code (immutable), so a call costs no Python frame.
_native.set_info_types(CodeInfo, EventCodeInfo)
lookup = _native.lookup
lookup_event = _native.lookup_event


def guidance(code: SupportsIndex) -> Guidance:
    """What a caller should do on receiving return code `code`."""
    member: Guidance = members(Guidance)[_native.guidance(code)]
    return member


def category(code: SupportsIndex) -> Category:
    """The range return code `code` belongs to."""
    member: Category = members(Category)[_native.category(code)]
    return member


def all_codes() -> tuple[ZegoCode, ...]:
    """Every known return code, ascending."""
    return tuple(ZegoCode)


def all_event_codes() -> tuple[ZegoEventCode, ...]:
    """Every known callback exception event code, ascending."""
    return tuple(ZegoEventCode)
