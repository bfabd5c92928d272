"""Exceptions for failed API calls, in the manner of the OpenAI and Stripe SDKs: one class per
kind of handling, so `except RateLimitError:` reads as what the caller will do."""

from __future__ import annotations

from . import _native
from ._generated.exceptions import STEMS

# The enums load on the first error, not at import: `import zego_codes` stays cheap.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, Literal, SupportsIndex, Union

    from ._codes import Guidance, Product, Section

    _Product = Union[Product, str, None]
    _Body = Union[Mapping[str, Any], str, bytes, bytearray, memoryview]


class ZegoError(Exception):
    """A return code other than 0, raised by `raise_for_code` and `check_response`.

    `code` is the return code (None only for `MalformedResponseError` without a usable
    `Code`), `message` the server's `Message` when it sent one and the catalog's otherwise,
    `request_id` the server's `RequestId`, `suggestion` the catalog's advice, `guidance` and
    `retryable` what to do about it, `body` the decoded response when there was one.
    `product` is the product whose catalog answered (`Product.AI_AGENT` unless the caller named
    another); the message of an error of any other product starts with its id, as `[rtc]`.
    """

    code: int | None
    product: Product
    name: str | None
    message: str
    request_id: str | None
    suggestion: str
    guidance: Guidance
    retryable: bool
    body: object

    def __init__(
        self,
        code: SupportsIndex,
        message: str | None = None,
        *,
        request_id: str | None = None,
        body: object = None,
        lang: Literal["zh", "en"] = "zh",
        product: _Product = None,
    ) -> None:
        from ._codes import Guidance, Product
        from ._enum_methods import members

        value = _native.check_code(code)
        super().__init__(value, message)
        self.code = value
        self.request_id = request_id
        self.body = body
        if product is None:
            ours = _native.message(value, lang)
            self.name = _native.name(value)
            self.suggestion = _native.suggestion(value, lang)
            self.guidance = members(Guidance)[_native.guidance(value)]
            self.product = Product.AI_AGENT
        else:
            info = _native.lookup(value, product)
            english = _native.check_lang(lang) == "en"
            ours = info.message_en if english else info.message_zh
            self.name = info.name
            self.suggestion = info.suggestion_en if english else info.suggestion_zh
            self.guidance = info.guidance
            self.product = info.product
        self.message = message if message else ours
        self.retryable = self.guidance.retryable

    def _prefix(self) -> str:
        # Errors of AI Agent, the default product, read as they always have.
        return "" if self.product.value == "aiagent" else f"[{self.product.value}] "

    def __str__(self) -> str:
        head = f"{self.code} {self.name}" if self.name else f"{self.code}"
        tail = f" (RequestId: {self.request_id})" if self.request_id else ""
        return f"{self._prefix()}{head}: {self.message}{tail}"

    def __repr__(self) -> str:
        product = "" if self.product.value == "aiagent" else f", product={self.product.value!r}"
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, request_id={self.request_id!r}{product})"


class InvalidRequestError(ZegoError):
    """The request is wrong (guidance `fix_request`): fix it; sending it unchanged fails again."""


class SignatureError(ZegoError):
    """The signature has expired (guidance `renew_signature`): sign again, then retry."""


class ServiceUnavailableError(ZegoError):
    """A transient failure inside ZEGO (guidance `retry_later`): retry with backoff."""


class RateLimitError(ZegoError):
    """A rate or concurrency limit (guidance `slow_down`): back off and retry at a lower rate."""


class ConflictError(ZegoError):
    """Already exists or superseded (guidance `conflict`): do not repeat the request."""


class NotFoundError(ZegoError):
    """The target does not exist (guidance `not_found`)."""


class WrongStateError(ZegoError):
    """The target's state forbids the operation (guidance `wrong_state`): retry after it changes."""


class AccountError(ZegoError):
    """Account or service setup (guidance `check_account`): fix it in the console or with ZEGO."""


class ContactSupportError(ZegoError):
    """A fault only ZEGO can diagnose (guidance `contact_support`): send them the RequestId."""


class UnknownCodeError(ZegoError):
    """A code the catalog does not hold: read `message`, do not retry blindly."""


class MalformedResponseError(ZegoError, ValueError):
    """The response body is not what the API sends: not JSON, not an object, no `Code`, or a
    `Code` that is not an integer in 0..=4294967295. Also a `ValueError`."""

    def __init__(self, reason: str, *, body: object = None, code: int | None = None, product: _Product = None) -> None:
        from ._codes import Guidance, Product
        from ._enum_methods import members

        Exception.__init__(self, reason)
        self.product = Product.AI_AGENT if product is None else members(Product)[_native.product_id(product)]
        self.code = code
        self.name = None
        self.message = reason
        self.request_id = None
        self.suggestion = ""
        self.guidance = Guidance.UNKNOWN
        self.retryable = False
        self.body = body

    def __str__(self) -> str:
        return f"{self._prefix()}{self.message}"


# The class of each guidance, by the core's snake names (`Guidance` values), so choosing a class
# needs no enum. The pairing is generated (`_generated/exceptions.py`); a guidance it does not list, such as
# `see_message`, whose reason is only in `Message`, raises ZegoError itself.
_CLASS_BY_GUIDANCE: dict[str, type[ZegoError]] = {
    guidance: globals()[f"{stem}Error"] for guidance, stem in STEMS.items()
}


def error_class(code: SupportsIndex, product: _Product = None) -> type[ZegoError]:
    """The exception class `raise_for_code` raises for return code `code` (of `product`, a
    `Product` or its id; AI Agent's by default)."""
    if product is None:
        return _CLASS_BY_GUIDANCE.get(_native.guidance(code), ZegoError)
    guidance: Guidance = _native.lookup(code, product).guidance
    return _CLASS_BY_GUIDANCE.get(guidance.value, ZegoError)


def raise_for_code(
    code: SupportsIndex,
    *,
    message: str | None = None,
    request_id: str | None = None,
    lang: Literal["zh", "en"] = "zh",
    product: _Product = None,
) -> None:
    """Return None for code 0; raise the `ZegoError` subclass of any other code.

    `message` and `request_id` are the response's `Message` and `RequestId`; without a
    message the error carries the catalog's text in `lang`. `product` (a `Product` or its id)
    names the API that answered; AI Agent by default.
    """
    value = _native.check_code(code)
    if product is not None:
        product = _native.product_id(product)
    if value == 0:
        return
    raise error_class(value, product)(value, message, request_id=request_id, lang=lang, product=product)


def check_response(body: _Body, *, lang: Literal["zh", "en"] = "zh", product: _Product = None) -> Any:
    """The `Data` of a successful API response; raise the matching `ZegoError` otherwise.

    `body` is the decoded response (`{"Code", "Message", "RequestId", "Data"}`) or its raw
    JSON as str or bytes. A body that is not a JSON object with an integer `Code` raises
    `MalformedResponseError`. `product` (a `Product` or its id, as `"zim"`) names the API
    that answered, whose catalog explains the code; AI Agent by default.
    """
    if product is not None:
        # Checked first: a bad product is the caller's bug, whatever the body holds.
        product = _native.product_id(product)
    raw = body
    if isinstance(body, (str, bytes, bytearray, memoryview)):
        import json

        try:
            body = json.loads(body.tobytes() if isinstance(body, memoryview) else body)
        except (ValueError, RecursionError) as e:
            raise MalformedResponseError(f"response body is not valid JSON: {e}", body=raw, product=product) from None
    if not isinstance(body, dict):
        from collections.abc import Mapping

        if not isinstance(body, Mapping):
            kind = type(body).__name__
            raise MalformedResponseError(f"response body must be a JSON object, got {kind}", body=raw, product=product)
    if "Code" not in body:
        raise MalformedResponseError("response body has no Code field", body=body, product=product)
    code = body["Code"]
    if not isinstance(code, int) or isinstance(code, bool):
        kind = type(code).__name__
        raise MalformedResponseError(f"response Code must be an integer, got {kind} {code!r}", body=body, product=product)
    if not 0 <= code <= 0xFFFFFFFF:
        raise MalformedResponseError(f"response Code {code} is outside 0..=4294967295", body=body, product=product)
    if code == 0:
        return body.get("Data")
    message = body.get("Message")
    request_id = body.get("RequestId")
    raise error_class(code, product)(
        code,
        message if isinstance(message, str) else None,
        request_id=request_id if isinstance(request_id, str) else None,
        body=body,
        lang=lang,
        product=product,
    )


# Tracebacks and reprs name the public module, where the classes are documented.
for _cls in (
    ZegoError,
    InvalidRequestError,
    SignatureError,
    ServiceUnavailableError,
    RateLimitError,
    ConflictError,
    NotFoundError,
    WrongStateError,
    AccountError,
    ContactSupportError,
    UnknownCodeError,
    MalformedResponseError,
):
    _cls.__module__ = "zego_codes"
del _cls
