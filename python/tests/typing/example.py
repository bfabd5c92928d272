"""A small program as a user would write it; `mypy --strict` must accept it unchanged."""

from __future__ import annotations

from typing import Any

import zego_codes
from zego_codes import CodeInfo, Guidance, Product, ProductCodeInfo, RtcCode, Section, ZegoCode, ZegoError


def describe(code: int) -> str:
    info: CodeInfo = zego_codes.lookup(code)
    name: str | None = info.name
    return f"{info.code} {name or '?'}: {zego_codes.message(code, 'en')} [{info.guidance.value}]"


def should_retry(err: ZegoError) -> bool:
    if isinstance(err, zego_codes.RateLimitError):
        return True
    return err.retryable and err.guidance is not Guidance.CONTACT_SUPPORT


def create_agent(body: bytes) -> dict[str, Any]:
    try:
        data = zego_codes.check_response(body)
    except zego_codes.NotFoundError as e:
        code: int | None = e.code
        raise LookupError(code) from e
    except zego_codes.MalformedResponseError:
        raise
    result: dict[str, Any] = data
    return result


member: ZegoCode = ZegoCode.from_code(410001002)
text: str = member.message_en
retry: bool = member.retryable
kinds: list[str] = [g.summary("en") for g in Guidance]
event_text: str = zego_codes.ZegoEventCode.RTC_ERROR.message
all_names: list[str] = [c.name for c in zego_codes.all_codes()]
maybe: str | None = zego_codes.name(5)
zego_codes.raise_for_code(0, message=None, request_id="r")
product_info: ProductCodeInfo = zego_codes.lookup(41003, Product.RTC)
by_id: ProductCodeInfo = zego_codes.lookup(41003, "rtc", section="media_files")
by_section: ProductCodeInfo = zego_codes.lookup(41003, section=Section.RTC_MEDIA_FILES)
asr_event: ProductCodeInfo = zego_codes.lookup(1001, "asr", event=True)
meaning_names: list[str | None] = [m.name for m in product_info.meanings]
definers: list[Product] = [d.product for d in zego_codes.definitions(3)]
rtc_member: RtcCode = RtcCode.MEDIA_FILE_NOT_FOUND
rtc_section: Section | None = rtc_member.section
rtc_text: str = RtcCode.from_code(41003, section="media_files").message_en
zim: Product | None = Product.from_host("zim-api.zego.im")
product_name: str = Product.ZIM.display_name("en")
sections: tuple[Section, ...] = Product.RTC.sections
try:
    zego_codes.check_response(b'{"Code": 0}', product=Product.ZIM)
except ZegoError as product_error:
    erred: Product = product_error.product
print(product_info.ambiguous, by_id.name, by_section.name, asr_event.known, meaning_names, definers, rtc_section, rtc_text, zim, product_name, sections)
print(describe(410001002), should_retry(ZegoError(410000011)), text, retry, kinds, event_text, all_names, maybe)
