"""A small program as a user would write it; `mypy --strict` must accept it unchanged."""

from __future__ import annotations

from typing import Any

import zego_codes
from zego_codes import CodeInfo, Guidance, ZegoCode, ZegoError


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
print(describe(410001002), should_retry(ZegoError(410000011)), text, retry, kinds, event_text, all_names, maybe)
