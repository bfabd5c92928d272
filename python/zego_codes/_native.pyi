"""The native module, built from the Rust core. Use the names `zego_codes` re-exports."""

from typing import Literal, SupportsIndex, Tuple, Union, overload

from ._codes import Category, EventCategory, Guidance, Product, Section
from ._info import CodeInfo, EventCodeInfo, ProductCodeInfo

_Lang = Literal["zh", "en"]
_Row = Tuple[int, Union[str, None], bool, str, str, str, str, str, str, Union[str, None], bool, Union[str, None]]
_Product = Union[Product, str]
_Section = Union[Section, str]

__all__ = [
    "message",
    "suggestion",
    "event_message",
    "event_suggestion",
    "name",
    "is_known",
    "is_retryable",
    "event_name",
    "event_is_known",
    "lookup",
    "lookup_event",
    "definitions",
    "set_info_types",
    "set_product_types",
    "product_fill",
    "product_name",
    "product_hosts",
    "product_sections",
    "product_has",
    "product_from_host",
    "product_id",
    "product_ids",
    "product_members",
    "section_info",
    "section_title",
    "section_values",
    "check_lang",
    "info",
    "event_info",
    "check_code",
    "guidance",
    "category",
    "event_guidance",
    "event_category",
    "withdrawn",
    "event_withdrawn",
    "codes",
    "event_codes",
    "guidance_is_retryable",
    "guidance_summary",
    "run_lookup",
    "cli_products_help",
    "GUIDANCES",
    "CATEGORIES",
    "EVENT_CATEGORIES",
    "RETURN_CODES_REVISION",
    "EVENT_CODES_REVISION",
    "RETURN_CODES_REVISION_EN",
    "EVENT_CODES_REVISION_EN",
    "__version__",
]

__version__: str
RETURN_CODES_REVISION: str
EVENT_CODES_REVISION: str
RETURN_CODES_REVISION_EN: str
EVENT_CODES_REVISION_EN: str
GUIDANCES: Tuple[str, ...]
CATEGORIES: Tuple[str, ...]
EVENT_CATEGORIES: Tuple[str, ...]

def message(code: SupportsIndex, /, lang: _Lang = "zh") -> str:
    """ZEGO's description of return code `code` in `lang`; a generic text naming its range if unknown."""

def suggestion(code: SupportsIndex, /, lang: _Lang = "zh") -> str:
    """ZEGO's suggested handling of return code `code` in `lang`; empty where ZEGO has none."""

def event_message(code: SupportsIndex, /, lang: _Lang = "zh") -> str:
    """ZEGO's description of callback exception event code `code` in `lang`."""

def event_suggestion(code: SupportsIndex, /, lang: _Lang = "zh") -> str:
    """ZEGO's suggested handling of callback exception event code `code` in `lang`."""

def name(code: SupportsIndex, /) -> Union[str, None]:
    """The symbolic name of return code `code`, or None if unknown."""

def event_name(code: SupportsIndex, /) -> Union[str, None]:
    """The symbolic name of event code `code`, or None if unknown."""

def is_known(code: SupportsIndex, /) -> bool:
    """Whether the catalog holds return code `code`."""

def event_is_known(code: SupportsIndex, /) -> bool:
    """Whether the catalog holds event code `code`."""

def is_retryable(code: SupportsIndex, /) -> bool:
    """Whether a request that got `code` may succeed when sent again later; False if unknown."""

@overload
def lookup(code: SupportsIndex, /, product: None = None, *, section: None = None, event: Literal[False] = False) -> CodeInfo:
    """Everything the catalog says about return code `code`, as an immutable CodeInfo (the
    same object on every call for a known code). An unknown code gets an entry too: `known`
    False, no name, generic texts naming its range."""

@overload
def lookup(code: SupportsIndex, /, product: _Product, *, section: Union[_Section, None] = None, event: bool = False) -> ProductCodeInfo:
    """The answer of `product` (a Product or its id) for `code`: in `section` (a Section or the
    id of one of the product's) if named; callback event codes if `event`. Where the product's
    sections disagree on the number and no section is named, the answer is ambiguous and
    gives each section's meaning."""

@overload
def lookup(code: SupportsIndex, /, product: Union[_Product, None] = None, *, section: _Section, event: bool = False) -> ProductCodeInfo: ...
@overload
def lookup(code: SupportsIndex, /, product: Union[_Product, None] = None, *, section: Union[_Section, None] = None, event: Literal[True]) -> ProductCodeInfo: ...
def definitions(code: SupportsIndex, *, event: bool = False) -> Tuple[ProductCodeInfo, ...]:
    """Every product and section whose catalog holds `code` (a callback event code if `event`),
    each's answer, in product order, then section order: who defines this number."""

def lookup_event(code: SupportsIndex, /) -> EventCodeInfo:
    """Everything the catalog says about callback exception event code `code`, as an
    immutable EventCodeInfo."""

def set_info_types(code_info: type[CodeInfo], event_info: type[EventCodeInfo]) -> None: ...
def set_product_types(
    product: type[Product],
    section: type[Section],
    info: type[ProductCodeInfo],
    enums: Tuple[type[Guidance], type[Category], type[EventCategory]],
) -> None: ...
def product_fill(
    info: ProductCodeInfo, code: SupportsIndex, product: _Product, section: Union[_Section, None] = None, event: bool = False
) -> None: ...
def product_name(product: _Product, lang: Union[_Lang, None] = None) -> str: ...
def product_hosts(product: _Product) -> Tuple[str, ...]: ...
def product_sections(product: _Product) -> Tuple[str, ...]: ...
def product_has(product: _Product, event: bool) -> bool: ...
def product_from_host(host: str) -> Union[str, None]: ...
def product_id(product: _Product) -> str: ...
def product_ids() -> Tuple[str, ...]: ...
def product_members(product: _Product, event: bool) -> Tuple[Tuple[str, int, Union[str, None]], ...]: ...
def section_info(value: str) -> Tuple[str, str, bool]: ...
def section_title(value: str, lang: Union[_Lang, None] = None) -> str: ...
def section_values() -> Tuple[str, ...]: ...
def check_lang(lang: str) -> _Lang: ...
def check_code(code: SupportsIndex) -> int: ...
def info(code: SupportsIndex) -> _Row: ...
def event_info(code: SupportsIndex) -> _Row: ...
def guidance(code: SupportsIndex) -> str: ...
def category(code: SupportsIndex) -> str: ...
def event_guidance(code: SupportsIndex) -> str: ...
def event_category(code: SupportsIndex) -> str: ...
def withdrawn(code: SupportsIndex) -> Union[str, None]:
    """The revision of ZEGO's page that no longer lists return code `code`, or None."""

def event_withdrawn(code: SupportsIndex) -> Union[str, None]:
    """The revision of ZEGO's page that no longer lists event code `code`, or None."""

def codes() -> Tuple[int, ...]: ...
def event_codes() -> Tuple[int, ...]: ...
def guidance_is_retryable(name: str) -> bool: ...
def guidance_summary(name: str, lang: Union[_Lang, None] = None) -> str: ...
def run_lookup(
    queries: list[str],
    events: bool,
    json: bool,
    lang: Union[_Lang, None],
    env: dict[str, str],
    product: Union[str, None] = None,
    section: Union[str, None] = None,
    all_products: bool = False,
) -> Tuple[str, str, int]: ...
def cli_products_help() -> str: ...
