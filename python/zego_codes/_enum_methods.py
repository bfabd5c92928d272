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

    from ._codes import Category, EventCategory, Guidance, Product, Section
    from ._info import ProductCodeInfo

    _Code = TypeVar("_Code", bound="CodeEnum")
    _Member = TypeVar("_Member", bound="ProductCodeEnum")
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


class ProductEnum(NamedEnum):
    """The methods of `Product`."""

    def display_name(self, lang: Literal["zh", "en"] = "zh") -> str:
        """ZEGO's name of the product in `lang` ("zh" or "en"); `name` is the member's."""
        return _native.product_name(self.value, lang)

    @property
    def hosts(self) -> tuple[str, ...]:
        """The API hosts ZEGO's pages document for the product (`rtc-api.zego.im`)."""
        return _native.product_hosts(self.value)

    @property
    def sections(self) -> tuple[Section, ...]:
        """The product's sections (the headings of its code pages); empty where it has none."""
        by_value: dict[str, Section] = members(ENUMS["Section"])
        return tuple(by_value[v] for v in _native.product_sections(self.value))

    @property
    def codes(self) -> type[ProductCodeEnum]:
        """The product's enum of return codes (`Product.RTC.codes` is `zego_codes.RtcCode`)."""
        enum_class = _product_enum(self.value, 0)
        if enum_class is None:
            raise AttributeError(f"{self} has no return codes")
        return enum_class

    @property
    def event_codes(self) -> type[ProductCodeEnum] | None:
        """The product's enum of callback exception event codes, or None where it has none."""
        return _product_enum(self.value, 1)

    @classmethod
    def from_host(cls, host: str) -> Product | None:
        """The product whose API answers at `host` (`"rtc-api.zego.im"`, a regional
        `"rtc-api-sha.zego.im"`, any ASCII case, a port or a trailing dot), or None."""
        product_id = _native.product_from_host(host)
        if product_id is None:
            return None
        member: Product = members(cls)[product_id]
        return member

    def lookup(
        self, code: SupportsIndex, *, section: Section | str | None = None, event: bool = False
    ) -> ProductCodeInfo:
        """`zego_codes.lookup(code, self, section=section, event=event)`."""
        product: str = self.value
        return _native.lookup(code, product, section=section, event=event)


# Each product enum member's `info`, once asked for.
_MEMBER_INFO: dict[Any, ProductCodeInfo] = {}

# Each product enum's members by code (several where the product's sections disagree).
_BY_CODE: dict[type, dict[int, tuple[Any, ...]]] = {}


def _by_code(cls: type[_Member]) -> dict[int, tuple[_Member, ...]]:
    try:
        return _BY_CODE[cls]
    except KeyError:
        by_code: dict[int, tuple[_Member, ...]] = {}
        for member in cls:
            by_code[int(member)] = (*by_code.get(int(member), ()), member)
        _BY_CODE[cls] = by_code
        return by_code


def _product_enum(product_id: str, kind: int) -> type[ProductCodeEnum] | None:
    """The enum of `product_id`'s codes of `kind` (0 return, 1 event), imported on first use."""
    from ._generated.products import ENUMS as BY_PRODUCT
    from ._generated.products import MODULES

    name = BY_PRODUCT[product_id][kind]
    if name is None:
        return None
    # __import__ rather than importlib, whose import alone costs a millisecond.
    module = __import__(f"{__package__}._generated.{MODULES[name]}", fromlist=[name])
    enum_class: type[ProductCodeEnum] = getattr(module, name)
    return enum_class


class SectionEnum(NamedEnum):
    """The methods of `Section`."""

    @property
    def product(self) -> Product:
        """The product whose pages have the section."""
        member: Product = members(ENUMS["Product"])[_native.section_info(self.value)[0]]
        return member

    @property
    def id(self) -> str:
        """The section's id, unique within its product (`"media_files"`)."""
        return _native.section_info(self.value)[1]

    @property
    def event(self) -> bool:
        """Whether the section holds callback event codes rather than return codes."""
        return _native.section_info(self.value)[2]

    def title(self, lang: Literal["zh", "en"] = "zh") -> str:
        """The heading on ZEGO's page in `lang` ("zh" or "en")."""
        return _native.section_title(self.value, lang)

    def lookup(self, code: SupportsIndex) -> ProductCodeInfo:
        """`zego_codes.lookup(code, self.product, section=self)`: exactly this section's answer."""
        value: str = self.value
        return _native.lookup(code, self.product, section=value, event=self.event)


class ProductCodeEnum(int, enum.Enum):
    """The methods of every product's enums (`RtcCode`, `AsrEventCode`...).

    A member is an int equal to its code; its value is `(code, section id or None)`, so that
    two sections that give one number different names (RTC's 41003) have distinct members. Two
    members are equal only if they are the same member; a member and an int are equal if the
    int is its code.
    """

    _product_id: str
    _event: bool

    def __init_subclass__(cls, *, product: str = "", event: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._product_id = product
        cls._event = event
        _enter(cls)

    def __new__(cls, code: int, section: str | None) -> ProductCodeEnum:
        member = int.__new__(cls, code)
        member._value_ = (code, section)
        return member

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ProductCodeEnum):
            return self is other
        return int.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = int.__hash__

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self._name_}: {int(self)}>"

    def __str__(self) -> str:
        return int.__repr__(self)

    def __format__(self, format_spec: str) -> str:
        return int.__format__(int(self), format_spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # `RtcCode(5)`: the member of a code, where one name holds it.
        if type(value) is int:
            found = _by_code(cls).get(value, ())
            if len(found) > 1:
                names = ", ".join(f"{m.name} ({m.value[1]})" for m in found)
                raise ValueError(
                    f"{value} means different things in {cls.__name__}: {names}; use from_code({value}, section=...)"
                )
            return found[0] if found else None
        return None

    @classmethod
    def from_code(cls: type[_Member], code: SupportsIndex, section: Section | str | None = None) -> _Member:
        """The member of `code` (in `section`, a `Section` or its id, where the product's sections
        disagree on the number): ValueError if the product has no such code or the number is
        ambiguous without a section, TypeError or OverflowError if `code` is not an int in
        0..=4294967295."""
        value = _native.check_code(code)
        if section is not None:
            section_id = section if isinstance(section, str) else section.id
            for member in _by_code(cls).get(value, ()):
                if member.value[1] == section_id:
                    return member
            # A name several sections share is one member, at its first section.
            info = _native.lookup(value, cls._product_id, section=section, event=cls._event)
            if info.name is not None:
                return cls[info.name]
            raise ValueError(f"{value} is not a code of {cls.__name__} in section {section_id!r}")
        found = _by_code(cls).get(value, ())
        if len(found) == 1:
            return found[0]
        # None, or several: the errors of `cls(value)`.
        cls._missing_(value)
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

    @property
    def code(self) -> int:
        """The numeric code, as a plain int."""
        return int(self)

    @property
    def product(self) -> Product:
        """The product the code belongs to."""
        member: Product = members(ENUMS["Product"])[self._product_id]
        return member

    @property
    def section(self) -> Section | None:
        """The section whose entry the member is (the first where several sections share its
        name), or None where the product's pages have none."""
        section_id = self.value[1]
        if section_id is None:
            return None
        member: Section = members(ENUMS["Section"])[f"{self._product_id}/{section_id}"]
        return member

    @property
    def info(self) -> ProductCodeInfo:
        """Everything the catalog says about the code: `lookup(code, product)`, qualified by
        the member's section where the product's sections disagree on the number."""
        try:
            return _MEMBER_INFO[self]
        except KeyError:
            pass
        info: ProductCodeInfo = _native.lookup(int(self), self._product_id, event=self._event)
        if info.ambiguous:
            info = _native.lookup(int(self), self._product_id, section=self.value[1], event=self._event)
        # Both answers are kept by the native module: this only saves the lookups.
        _MEMBER_INFO[self] = info
        return info

    @property
    def message(self) -> str:
        """ZEGO's description, in Chinese."""
        return self.info.message_zh

    @property
    def message_en(self) -> str:
        """ZEGO's description, in English."""
        return self.info.message_en

    @property
    def suggestion(self) -> str:
        """ZEGO's suggested handling, in Chinese (empty where ZEGO has none)."""
        return self.info.suggestion_zh

    @property
    def suggestion_en(self) -> str:
        """ZEGO's suggested handling, in English (empty where ZEGO has none)."""
        return self.info.suggestion_en

    @property
    def guidance(self) -> Guidance:
        """What a caller should do."""
        return self.info.guidance

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed when sent again later."""
        return self.info.retryable

    @property
    def withdrawn(self) -> str | None:
        """The revision of ZEGO's page that no longer lists the code, or None while ZEGO
        documents it. A withdrawn member stays, with its last published texts."""
        return self.info.withdrawn
