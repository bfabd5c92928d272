"""`lookup()` and `CodeInfo`: everything the catalog says about one code, as an immutable value."""

from __future__ import annotations

from . import _native
from ._codes import (
    Category,
    EventCategory,
    Guidance,
    Product,
    Section,
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


# The order of `_native.product_fill`'s writes.
_PRODUCT_FIELDS = (
    "code",
    "product",
    "section",
    "event",
    "name",
    "known",
    "ambiguous",
    "message_zh",
    "message_en",
    "suggestion_zh",
    "suggestion_en",
    "cause_zh",
    "cause_en",
    "guidance",
    "category",
    "since",
    "withdrawn",
    "english_from_zego",
)


class ProductCodeInfo:
    """Everything the catalog says about a code of one product (and, where the lookup names
    one, one section of its pages); immutable. `lookup(code, product, section=..., event=...)`
    returns it.

    Where the product's sections give the number different meanings and the lookup names no
    section (RTC's 41003), it does not pick one: `ambiguous` is True, `name` None, `message` a
    sentence saying so, and `meanings` holds each section's answer. An unknown code gets the
    product's generic texts for its range, `known` False.
    """

    __slots__ = (*_PRODUCT_FIELDS, "_meanings", "_key")

    code: int
    """The numeric code."""
    product: Product
    """The product whose catalog answered."""
    section: Section | None
    """The section the lookup named, else the section of the entry that answers (the first
    where several sections agree); None for an ambiguous lookup, or where the product's pages
    have no sections."""
    event: bool
    """Whether this is a callback exception event code rather than a return code."""
    name: str | None
    """The stable symbolic name, or None if the product does not define the code or the lookup
    is ambiguous."""
    known: bool
    """Whether the product (the section, if named) defines the code."""
    ambiguous: bool
    """Whether the lookup named no section and the product's sections define the code
    differently: see `meanings`."""
    message_zh: str
    """ZEGO's description in Chinese; a generic text for an unknown code, a sentence saying
    to look it up by section for an ambiguous one."""
    message_en: str
    """ZEGO's description in English."""
    suggestion_zh: str
    """ZEGO's suggested handling in Chinese; empty where ZEGO has none."""
    suggestion_en: str
    """ZEGO's suggested handling in English; empty where ZEGO has none."""
    cause_zh: str
    """ZEGO's possible causes in Chinese, where its page has such a column (ZIM's); else empty."""
    cause_en: str
    """ZEGO's possible causes in English, where its page has such a column; else empty."""
    guidance: Guidance
    """What a caller should do; for an ambiguous code the guidance its meanings share, else
    `Guidance.UNKNOWN`."""
    category: Category | EventCategory
    """The range of a return code (`Category`); the subsystem of an event code (`EventCategory`,
    `UNKNOWN` for products other than AI Agent)."""
    since: str | None
    """The first revision of ZEGO's page that lists the code; None if unknown or ambiguous."""
    withdrawn: str | None
    """The revision of ZEGO's page that no longer lists the code, or None."""
    english_from_zego: bool
    """False where the English text is this project's, because ZEGO publishes none."""
    _meanings: tuple[ProductCodeInfo, ...] | None
    _key: tuple[int, str, str | None, bool]

    def __init__(
        self,
        code: SupportsIndex,
        product: Product | str,
        section: Section | str | None = None,
        event: bool = False,
    ) -> None:
        _native.product_fill(self, code, product, section, event)

    @property
    def meanings(self) -> tuple[ProductCodeInfo, ...]:
        """Every entry the lookup matches, each the answer of its section: none for an unknown
        code, one for a code one section lists (this object), one per section otherwise, in
        the order of the product's sections."""
        meanings: tuple[ProductCodeInfo, ...] | None = self._meanings
        return (self,) if meanings is None else meanings

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed when sent again later."""
        return self.guidance.retryable

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _compared(self) -> tuple[object, ...]:
        return (*(getattr(self, f) for f in _PRODUCT_FIELDS), tuple(m.section for m in self.meanings))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self is other or self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.product, self.code, self.event, self.section))

    def __repr__(self) -> str:
        fields = ", ".join(f"{f}={getattr(self, f)!r}" for f in _PRODUCT_FIELDS)
        return f"{type(self).__name__}({fields}, meanings={len(self.meanings)})"

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (_product_lookup, self._key)


def _product_lookup(code: int, product: str, section: str | None, event: bool) -> ProductCodeInfo:
    """What a pickled `ProductCodeInfo` calls: the lookup that gave it."""
    info: ProductCodeInfo = _native.lookup(code, product, section=section, event=event)
    return info


# lookup and lookup_event are native: they build these classes and keep one object per
# known code (immutable), so a call costs no Python frame.
_native.set_info_types(CodeInfo, EventCodeInfo)
_native.set_product_types(Product, Section, ProductCodeInfo, (Guidance, Category, EventCategory))
lookup = _native.lookup
lookup_event = _native.lookup_event
definitions = _native.definitions


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
