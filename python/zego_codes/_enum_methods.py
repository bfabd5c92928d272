"""The behaviour of the enums in `_codes`, which `cargo xtask gen` writes with their members
only. An enum without members may be subclassed, so each generated enum derives from one of
the bases here: the generator writes data, and the methods stay Python that mypy checks.

This module imports nothing of the package but `_native`, so no import comes back to it. The
methods reach the other enums of `_codes` (a code's `Guidance`, its `Category`) through `ENUMS`,
where each enum deriving from a base here enters itself by name as `_codes` defines it: a member
exists only once `_codes` has run.
"""

from __future__ import annotations

import enum

from . import _native

# `typing` costs milliseconds to import and is needed only by type checkers.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Literal, SupportsIndex, TypeVar

    from ._codes import Category, EventCategory, Guidance

    _Code = TypeVar("_Code", bound="CodeEnum")
    # Members come out typed as what the caller expects (the maps are built per class).
    _ByClass = dict[type, dict[Any, Any]]


# Each enum's members by value, copied from its value map on first use (`members`): reading
# any attribute of an enum class costs a Python call before 3.12 (`EnumType.__getattr__`) and
# `Enum.__call__` costs more, while indexing a plain dict costs what indexing a dict does.
BY_VALUE: _ByClass = {}


def members(cls: type[enum.Enum]) -> dict[Any, Any]:
    """The members of enum `cls` by value; the hot paths index `BY_VALUE` directly."""
    try:
        return BY_VALUE[cls]
    except KeyError:
        by_value = BY_VALUE[cls] = dict(cls._value2member_map_)
        return by_value


# Every enum deriving from a base here, by class name: filled as `_codes` defines them.
ENUMS: dict[str, type[enum.Enum]] = {}


def _enter(cls: type[enum.Enum]) -> None:
    ENUMS[cls.__name__] = cls


class NamedEnum(enum.Enum):
    """An enum whose values are the core's stable snake_case names."""

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        _enter(cls)


class GuidanceEnum(NamedEnum):
    """The methods of `Guidance`."""

    @property
    def retryable(self) -> bool:
        """Whether sending the same request again, after a delay, may succeed."""
        return _native.guidance_is_retryable(self.value)

    def summary(self, lang: Literal["zh", "en"] = "zh") -> str:
        """One line telling a person what to do, in `lang` ("zh" or "en")."""
        return _native.guidance_summary(self.value, lang)


class CodeEnum(enum.IntEnum):
    """What `ZegoCode` and `ZegoEventCode` share. Each family's base names its native
    functions; the methods here are written once for both."""

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        _enter(cls)

    # The family's native functions. At run time they are staticmethods, which an enum does
    # not take for members; type checkers see their signatures.
    if TYPE_CHECKING:

        @staticmethod
        def _message(code: SupportsIndex, /, lang: Literal["zh", "en"] = "zh") -> str: ...

        @staticmethod
        def _suggestion(code: SupportsIndex, /, lang: Literal["zh", "en"] = "zh") -> str: ...

        @staticmethod
        def _guidance_name(code: SupportsIndex) -> str: ...

    else:
        _message = staticmethod(_native.message)
        _suggestion = staticmethod(_native.suggestion)
        _guidance_name = staticmethod(_native.guidance)

    @classmethod
    def from_code(cls: type[_Code], code: SupportsIndex) -> _Code:
        """The member of value `code`: ValueError if the catalog does not hold it, TypeError or
        OverflowError if `code` is not an int in 0..=4294967295."""
        try:
            by_value: dict[Any, _Code] = BY_VALUE[cls]
        except KeyError:
            by_value = members(cls)
        member = by_value.get(code) if type(code) is int else None
        if member is None:
            member = by_value.get(_native.check_code(code))
            if member is None:
                raise ValueError(f"{code!r} is not a valid {cls.__name__}")
        return member

    @property
    def message(self) -> str:
        """ZEGO's description, in Chinese."""
        return self._message(self)

    @property
    def message_en(self) -> str:
        """ZEGO's description, in English."""
        return self._message(self, "en")

    @property
    def suggestion(self) -> str:
        """ZEGO's suggested handling, in Chinese (empty where ZEGO has none)."""
        return self._suggestion(self)

    @property
    def suggestion_en(self) -> str:
        """ZEGO's suggested handling, in English (empty where ZEGO has none)."""
        return self._suggestion(self, "en")

    @property
    def guidance(self) -> Guidance:
        """What a caller should do."""
        guidance: Guidance = members(ENUMS["Guidance"])[self._guidance_name(self)]
        return guidance


class ReturnCodeEnum(CodeEnum):
    """The methods of `ZegoCode`."""

    @property
    def category(self) -> Category:
        """The range the code belongs to."""
        category: Category = members(ENUMS["Category"])[_native.category(self)]
        return category

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed when sent again later."""
        return _native.is_retryable(self)

    @property
    def is_success(self) -> bool:
        """Whether this is code 0, ZEGO's only success code."""
        return self.value == 0

    @property
    def withdrawn(self) -> str | None:
        """The revision of ZEGO's page that no longer lists the code, or None while ZEGO
        documents it. A withdrawn member stays, with its last published texts."""
        return _native.withdrawn(self)


class EventCodeEnum(CodeEnum):
    """The methods of `ZegoEventCode`."""

    if not TYPE_CHECKING:
        _message = staticmethod(_native.event_message)
        _suggestion = staticmethod(_native.event_suggestion)
        _guidance_name = staticmethod(_native.event_guidance)

    @property
    def category(self) -> EventCategory:
        """The subsystem the code comes from."""
        category: EventCategory = members(ENUMS["EventCategory"])[_native.event_category(self)]
        return category

    @property
    def retryable(self) -> bool:
        """Whether the operation may succeed when tried again later."""
        return self.guidance.retryable

    @property
    def withdrawn(self) -> str | None:
        """The revision of ZEGO's page that no longer lists the code, or None while ZEGO
        documents it. A withdrawn member stays, with its last published texts."""
        return _native.event_withdrawn(self)
