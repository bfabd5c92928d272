"""`python -m zego_codes [--lang zh|en] [--json] [event] CODE...`: the lookup of the
`zego-codes` command-line tool, with the same output, JSON keys and exit statuses
(0 all known, 1 some unknown, 2 usage error). CODE is a number or an UPPER_SNAKE name.

Only the options are read here; the native module prints the lookup with the renderer of the
`zego-codes` command (render/ in the repository), so both print the same bytes."""

from __future__ import annotations

import os
import sys

from . import _native

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal, Sequence, TextIO

USAGE = """\
usage: python -m zego_codes [--lang zh|en] [--json] [event] CODE...

Prints what each ZEGO AI Agent return code (or, after `event`, callback exception event code)
means and what to do about it. CODE is a number or a name such as SIGNATURE_EXPIRED.
  --lang zh|en   language of the texts; default: ZEGO_CODES_LANG, else the locale
                 (LC_ALL, LC_MESSAGES, LANG starting with en means English), else Chinese
  --json         one JSON object per code, both languages
Exit status: 0 every code is known, 1 some code is unknown, 2 usage error.
"""


class _Usage(Exception):
    pass


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Runs the command line `argv` (default `sys.argv[1:]`); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    lang_flag: Literal["zh", "en"] | None = None
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
                value = args.pop(0)
                if value not in ("zh", "en"):
                    raise _Usage(f"--lang must be zh or en, not '{value}'")
                lang_flag = "en" if value == "en" else "zh"
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
    except _Usage as e:
        err.write(f"zego-codes: {e}\n")
        return 2
    text, errors, status = _native.run_lookup(queries, events, as_json, lang_flag, dict(os.environ))
    out.write(text)
    err.write(errors)
    return status


if __name__ == "__main__":
    sys.exit(main())
