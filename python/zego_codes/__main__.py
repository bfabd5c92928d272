"""`python -m zego_codes [--lang zh|en] [--json] [--product ID [--section ID] | --all-products]
[event] CODE...`: the lookup of the `zego-codes` command-line tool, with the same output, JSON
keys and exit statuses (0 all known, 1 some unknown, 2 usage error). CODE is a number or an
UPPER_SNAKE name.

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
usage: python -m zego_codes [--lang zh|en] [--json] [--product ID [--section ID] | --all-products]
                            [event] CODE...

Prints what each ZEGO AI Agent return code (or, after `event`, callback exception event code)
means and what to do about it. CODE is a number or a name such as SIGNATURE_EXPIRED.
  --lang zh|en     language of the texts; default: ZEGO_CODES_LANG, else the locale
                   (LC_ALL, LC_MESSAGES, LANG starting with en means English), else Chinese
  --json           one JSON object per code, both languages
  --product ID     answer for this product instead of AI Agent (a code its sections define
                   differently is ambiguous: each section's meaning is printed)
  --section ID     with --product: only that section of the product's pages
  --all-products   every product's and section's meaning
Without --product, AI Agent answers and a line names the other products that define the
code differently. Exit status: 0 every code is known, 1 some code is unknown, 2 usage error.

Products (ID, name, sections):
"""


class _Usage(Exception):
    pass


def _value(option: str, inline: str | None, args: list[str]) -> str:
    """The value of `option`: after `=` (`inline`), else the next argument."""
    if inline is not None:
        return inline
    if not args:
        raise _Usage(f"{option} needs a value")
    return args.pop(0)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Runs the command line `argv` (default `sys.argv[1:]`); returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    lang_flag: Literal["zh", "en"] | None = None
    as_json = False
    all_products = False
    product: str | None = None
    section: str | None = None
    queries: list[str] = []
    try:
        while args:
            arg = args.pop(0)
            inline: str | None = None
            if arg.startswith("--") and "=" in arg:
                arg, inline = arg.split("=", 1)
            if arg in ("-h", "--help"):
                out.write(USAGE + _native.cli_products_help())
                return 0
            if arg in ("--json", "--all-products") and inline is not None:
                raise _Usage(f"{arg} takes no value")
            if arg == "--json":
                as_json = True
            elif arg == "--all-products":
                all_products = True
            elif arg == "--product":
                product = _value(arg, inline, args)
            elif arg == "--section":
                section = _value(arg, inline, args)
            elif arg == "--lang":
                lang = _value(arg, inline, args)
                if lang not in ("zh", "en"):
                    raise _Usage(f"--lang must be zh or en, not '{lang}'")
                lang_flag = "en" if lang == "en" else "zh"
            elif arg == "--":
                queries.extend(args)
                args = []
            elif arg.startswith("-") and not arg[1:].isdigit():
                raise _Usage(f"unknown option '{arg if inline is None else arg + '=' + inline}'")
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
    text, errors, status = _native.run_lookup(
        queries, events, as_json, lang_flag, dict(os.environ), product, section, all_products
    )
    out.write(text)
    err.write(errors)
    return status


if __name__ == "__main__":
    sys.exit(main())
