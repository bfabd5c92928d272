"""Every return code of ZEGO's AI Agent server API, and every exception event code of its
callbacks: Chinese and English texts, stable names, categories and handling guidance.

    >>> import zego_codes
    >>> zego_codes.message(410001002, "en")
    'AI agent instance not found.'
    >>> zego_codes.ZegoCode.AGENT_INSTANCE_NOT_FOUND.guidance
    <Guidance.NOT_FOUND: 'not_found'>

Functions taking a code accept an int (or an object with `__index__`) in 0..=4294967295 and
raise TypeError for anything else (bool, float, str, bytes, None) and OverflowError outside
that range; `lang` is "zh" (the default) or "en", else ValueError (TypeError if not a str).
Unknown codes are valid: they get generic texts naming their range and `Guidance.UNKNOWN`.

Every function answers for AI Agent unless told otherwise. Other ZEGO server products' codes:

    >>> zego_codes.lookup(410001002, zego_codes.Product.ASR).name
    'ASR_TASK_NOT_FOUND'
    >>> zego_codes.lookup(41003, "rtc").ambiguous
    True
    >>> [m.section.id for m in zego_codes.lookup(41003, "rtc").meanings]
    ['media_services', 'media_files']
"""

from ._native import (
    EVENT_CODES_REVISION,
    EVENT_CODES_REVISION_EN,
    RETURN_CODES_REVISION,
    RETURN_CODES_REVISION_EN,
    __version__,
    event_message,
    event_name,
    event_suggestion,
    is_known,
    is_retryable,
    message,
    name,
    suggestion,
)
from ._errors import (
    AccountError,
    ConflictError,
    ContactSupportError,
    InvalidRequestError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    ServiceUnavailableError,
    SignatureError,
    UnknownCodeError,
    WrongStateError,
    ZegoError,
    check_response,
    error_class,
    raise_for_code,
)

# The enums and what needs them load on first use (PEP 562): `import zego_codes` then
# `message()` never pays for `enum` and the class creation of a hundred members.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._codes import Category, EventCategory, Guidance, Product, Section, ZegoCode, ZegoEventCode
    from ._generated.products import *
    from ._info import (
        CodeInfo,
        EventCodeInfo,
        ProductCodeInfo,
        all_codes,
        all_event_codes,
        category,
        definitions,
        guidance,
        lookup,
        lookup_event,
    )
else:
    _LAZY = {
        **dict.fromkeys(
            ("Category", "EventCategory", "Guidance", "Product", "Section", "ZegoCode", "ZegoEventCode"), "_codes"
        ),
        **dict.fromkeys(
            (
                "CodeInfo",
                "EventCodeInfo",
                "ProductCodeInfo",
                "all_codes",
                "all_event_codes",
                "category",
                "definitions",
                "guidance",
                "lookup",
                "lookup_event",
            ),
            "_info",
        ),
    }

    def _product_enums():
        # Each product's enums (`RtcCode`), by the generated module that defines it.
        from ._generated.products import MODULES

        return {name: f"_generated.{module}" for name, module in MODULES.items()}

    def __getattr__(name):
        module = _LAZY.get(name)
        if module is None:
            module = _product_enums().get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # __import__ rather than importlib, whose import alone costs a millisecond.
        value = getattr(__import__(f"{__name__}.{module}", fromlist=[name]), name)
        globals()[name] = value
        return value

    def __dir__():
        return sorted({*globals(), *_LAZY, *_product_enums()})


__all__ = [
    "EVENT_CODES_REVISION",
    "EVENT_CODES_REVISION_EN",
    "RETURN_CODES_REVISION",
    "RETURN_CODES_REVISION_EN",
    "AccountError",
    "Category",
    "CodeInfo",
    "ConflictError",
    "ContactSupportError",
    "EventCategory",
    "EventCodeInfo",
    "Guidance",
    "InvalidRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "Product",
    "ProductCodeInfo",
    "RateLimitError",
    "ServiceUnavailableError",
    "Section",
    "SignatureError",
    "UnknownCodeError",
    "WrongStateError",
    "ZegoCode",
    "ZegoError",
    "ZegoEventCode",
    "__version__",
    "all_codes",
    "all_event_codes",
    "category",
    "check_response",
    "definitions",
    "error_class",
    "event_message",
    "event_name",
    "event_suggestion",
    "guidance",
    "is_known",
    "is_retryable",
    "lookup",
    "lookup_event",
    "message",
    "name",
    "raise_for_code",
    "suggestion",
]
