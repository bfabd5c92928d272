"""`python -m zego_codes [--lang zh|en] [--json] [event] CODE...`: the lookup of the
`zego-codes` command-line tool, with the same output, JSON keys and exit statuses
(0 all known, 1 some unknown, 2 usage error). CODE is a number or an UPPER_SNAKE name."""

from __future__ import annotations

import json
import os
import sys

from ._codes import ZegoCode, ZegoEventCode
from ._info import EventCodeInfo, lookup, lookup_event

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal, Sequence, TextIO, Union

    _Info = Union["CodeInfo", EventCodeInfo]
    from ._info import CodeInfo

USAGE = """\
usage: python -m zego_codes [--lang zh|en] [--json] [event] CODE...

Prints what each ZEGO AI Agent return code (or, after `event`, callback exception event code)
means and what to do about it. CODE is a number or a name such as SIGNATURE_EXPIRED.
  --lang zh|en   language of the texts; default: ZEGO_CODES_LANG, else the locale
                 (LC_ALL, LC_MESSAGES, LANG starting with en means English), else Chinese
  --json         one JSON object per code, both languages
Exit status: 0 every code is known, 1 some code is unknown, 2 usage error.
"""

_LABELS = {
    "zh": ("说明：", "建议：", "分类：", "处理：", "重试：", "收录：", "可以重试", "不宜原样重试", "（无）", "（", "）"),
    "en": (
        "message:    ",
        "suggestion: ",
        "category:   ",
        "guidance:   ",
        "retryable:  ",
        "since:      ",
        "yes",
        "no",
        "(none)",
        " (",
        ")",
    ),
}


_WITHDRAWN = {"zh": "停用：", "en": "withdrawn:  "}


class _Usage(Exception):
    pass


def _choose_lang(flag: str | None) -> Literal["zh", "en"]:
    if flag is not None:
        value = flag
    else:
        env = os.environ.get("ZEGO_CODES_LANG")
        if env:
            value = env
            if value not in ("zh", "en"):
                raise _Usage(f"ZEGO_CODES_LANG must be zh or en, not '{value}'")
        else:
            locale = next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)), "")
            value = "en" if locale.startswith("en") else "zh"
    return "en" if value == "en" else "zh"


def _find(query: str, events: bool) -> _Info | None:
    if query.startswith("-") and query[1:].isdigit():
        raise _Usage(f"'{query}' is not a code: codes are 0 to 4294967295")
    if query.isdigit() and query.isascii():
        number = int(query)
        if number > 0xFFFFFFFF:
            raise _Usage(f"'{query}' is out of range: codes are 0 to 4294967295")
        return lookup_event(number) if events else lookup(number)
    if query and query.isascii() and query[0].isupper() and query.replace("_", "").isalnum() and query.upper() == query:
        members = ZegoEventCode.__members__ if events else ZegoCode.__members__
        member = members.get(query)
        return None if member is None else (lookup_event(member) if events else lookup(member))
    raise _Usage(f"'{query}' is neither a command nor a code")


def _other(query: str, events: bool) -> str:
    """Points at the other catalog when the query is known there."""
    other: str | None
    if query.isdigit() and query.isascii() and int(query) <= 0xFFFFFFFF:
        other = lookup(int(query)).name if events else lookup_event(int(query)).name
    else:
        other = query if query in (ZegoCode.__members__ if events else ZegoEventCode.__members__) else None
    if other is None:
        return ""
    if events:
        return f" (return code {other}: try zego-codes {query})"
    return f" (event code {other}: try zego-codes event {query})"


def _detail(out: TextIO, info: _Info, lang: Literal["zh", "en"]) -> None:
    msg, sug, cat, gui, ret, since, yes, no, none, open_, close = _LABELS[lang]
    kind = "event " if isinstance(info, EventCodeInfo) else ""
    message = info.message_zh if lang == "zh" else info.message_en
    suggestion = info.suggestion_zh if lang == "zh" else info.suggestion_en
    summary = info.guidance.summary(lang)
    out.write(f"{kind}{info.code}  {info.name or '(unknown)'}\n")
    out.write(f"  {msg}{message}\n")
    out.write(f"  {sug}{suggestion or none}\n")
    out.write(f"  {cat}{info.category.value}\n")
    out.write(f"  {gui}{info.guidance.value}{open_}{summary}{close}\n")
    out.write(f"  {ret}{yes if info.retryable else no}\n")
    out.write(f"  {since}{info.since or none}\n")
    if info.withdrawn is not None:  # as the Rust command: only for a code ZEGO no longer lists
        out.write(f"  {_WITHDRAWN[lang]}{info.withdrawn}\n")


def _json(info: _Info) -> str:
    obj = {
        "code": info.code,
        "known": info.known,
        "name": info.name,
        "category": info.category.value,
        "guidance": info.guidance.value,
        "retryable": info.retryable,
        "message_zh": info.message_zh,
        "suggestion_zh": info.suggestion_zh,
        "message_en": info.message_en,
        "suggestion_en": info.suggestion_en,
        "since": info.since,
    }
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Runs the command line `argv` (default `sys.argv[1:]`); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    lang_flag: str | None = None
    as_json = False
    queries: list[str] = []
    try:
        while args:
            arg = args.pop(0)
            if arg in ("-h", "--help"):
                out.write(USAGE)
                return 0
            if arg == "--json":
                as_json = True
            elif arg == "--lang":
                if not args:
                    raise _Usage("--lang needs a value")
                if args[0] not in ("zh", "en"):
                    raise _Usage(f"--lang must be zh or en, not '{args[0]}'")
                lang_flag = args.pop(0)
            elif arg == "--":
                queries.extend(args)
                args = []
            elif arg.startswith("-") and not arg[1:].isdigit():
                raise _Usage(f"unknown option '{arg}'")
            else:
                queries.append(arg)
        events = bool(queries) and queries[0] == "event"
        if events:
            queries.pop(0)
        if not queries:
            raise _Usage("no code given")
        lang = _choose_lang(lang_flag)
        infos = [(q, _find(q, events)) for q in queries]
    except _Usage as e:
        err.write(f"zego-codes: {e}\n")
        return 2
    kind = "event code" if events else "return code"
    status = 0
    first = True
    for query, info in infos:
        if info is None:
            status = 1
            err.write(f"zego-codes: no {kind} is named {query}{_other(query, events)}\n")
            continue
        if not info.known:
            status = 1
            err.write(f"zego-codes: {info.code} is not a known {kind}{_other(query, events)}\n")
        if as_json:
            out.write(_json(info) + "\n")
        else:
            if not first:
                out.write("\n")
            _detail(out, info, lang)
        first = False
    return status


if __name__ == "__main__":
    sys.exit(main())
