#!/usr/bin/env python3
"""Tests keep the promise "a catalog update needs no test edit": no test names a fact of
today's data. This lint reads every test source of every language and fails, naming
file:line and the reason, where one does.

What it reads (git's tracked files): every file under tests/, xtask/tests/, cli/tests/,
ffi/tests/, python/tests/, node/test/, site/test/, java/src/test/, every Go *_test.go, and the
`#[cfg(test)]` modules (and *_tests.rs files) of the Rust crates' sources, generated sources
excepted. Rust, C, C++, Java, Go, JavaScript, Python and shell are lexed, so comments are not
read as code and a string literal is read as its value; tests/golden/*.txt is read as text.
With file arguments, only those files are read (each whole), with the data of the checkout the
script lies in (or --root).

The facts of today's data, all read from data/return_codes.toml, data/event_codes.toml and
data/products/*.toml (every product, both kinds):

1. A gap. An integer literal (in code or inside a string, `_` separators and type suffixes
   allowed) of 1000 or more that no product's data holds and that lies within 100 of a code
   some product holds, with as many digits: 2207 beside event 2205, 410001050 beside
   410001049. A test that samples an unknown code finds it in the data or the oracle (as
   tests/api.rs does: the first number past the highest LLM code that no code holds).
   Not gaps, by rule: numbers below 1000 (indexes, lengths and small values too often to
   tell apart), the first and last number of each of the core's ranges (src/category.rs:
   fixed by construction, whatever the catalog holds there), years 1970 to 2099 (outside
   every event range), powers of two and one less (buffer sizes, masks), digit strings with
   a leading zero ("01031", a search string). A literal that IS a held code passes: a code,
   once in the data, stays there (a withdrawn code keeps its entry, names never change), so
   naming it pins nothing an update can change; what an update can change about it, its
   texts, is rule 4. The lint cannot tell which product a test asks: a code one product holds
   and a test asserts unknown to another passes it; review catches that.
2. A date: a YYYY-MM-DD literal, or a `since`/`revision`/`withdrawn` value of the data in
   another form (`2025-seed`). The current revision, a code's `since` and the next revision
   of a drill come from the data.
3. A count: an assertion that a length or count equals (or differs from) an integer literal
   of 2 or more. The assertions: the two arguments of assert_eq!, assert_ne!, assertEqual,
   assertEquals, assert.equal, assert.strictEqual (and the like), expect(a).toBe(b) /
   toEqual / toHaveLength; both sides of each top-level == or != in assert!, assert(...),
   CHECK/EXPECT/REQUIRE, a Python assert statement or a Go `if` condition. A side counts
   when it holds len(...), .len(), .length, .size(), .count(), or a name such as count,
   n_codes, total, size; the other side must be the literal alone. Bounds (>= 2) pass: an
   ambiguous code has two meanings or more by definition. A count of what the test built
   itself is derived from what it built (`input.lines().count()`).
4. A text: a string literal equal to a message, suggestion or cause (Chinese or English) of a
   code in the data. A test compares with the data's text, read from the data or the oracle.

The unit tests in xtask's sources (the importer's and the page parser's) feed them pages they
build themselves, with their own revisions and rows: there only gaps and counts are read.

A line that deliberately holds such a literal carries `lint-tests: <reason>` in a comment on
that line or on the comment line right above it (`// lint-tests: not a code (a log line's
port)`); keep these rare, each with its reason. `python3 tools/lint-tests-selftest.py` plants
each kind in a copy of a real test and shows this lint names it.
"""

import argparse
import bisect
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEST_DIRS = (
    "tests/",
    "xtask/tests/",
    "cli/tests/",
    "ffi/tests/",
    "python/tests/",
    "node/test/",
    "site/test/",
    "java/src/test/",
)
C_LIKE = {".rs", ".c", ".h", ".cpp", ".hpp", ".cc", ".java", ".go", ".js", ".mjs", ".cjs", ".ts", ".swift", ".kt"}
HASH_LIKE = {".py", ".pyi", ".sh", ".bash"}
TEXT_LIKE = {".txt"}

ALLOW = "lint-tests:"

# ---------------------------------------------------------------------------- the data


def toml_string(raw):
    """The value of a TOML basic string's body (the data files use only these)."""
    out, i = [], 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            e = raw[i + 1]
            if e == "u" or e == "U":
                n = 4 if e == "u" else 8
                out.append(chr(int(raw[i + 2 : i + 2 + n], 16)))
                i += 2 + n
                continue
            out.append({"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}.get(e, e))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


class Data:
    def __init__(self, root):
        self.codes = set()
        self.texts = set()
        self.dates = set()
        files = [os.path.join(root, "data", f) for f in ("return_codes.toml", "event_codes.toml")]
        files += sorted(glob.glob(os.path.join(root, "data", "products", "*.toml")))
        line_re = re.compile(r'^([a-z_]+) = (?:(\d+)|"((?:[^"\\]|\\.)*)")\s*$')
        for path in files + [os.path.join(root, "data", "pages.toml")]:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = line_re.match(line)
                    if not m:
                        continue
                    key, num, s = m.groups()
                    if key == "code" and num is not None:
                        self.codes.add(int(num))
                    elif s is not None and re.match(r"(message|suggestion|cause)_(zh|en)$", key):
                        text = toml_string(s)
                        if text.strip():
                            self.texts.add(text)
                    elif s is not None and key in ("since", "withdrawn", "revision"):
                        self.dates.add(toml_string(s))
        if not self.codes:
            sys.exit("lint-tests: no code read from data/")
        self.sorted = sorted(self.codes)
        # The core's ranges (src/category.rs): their first and last numbers are the API's,
        # fixed by construction, whether a code stands there or not.
        self.bounds = set()
        category = os.path.join(root, "src", "category.rs")
        if os.path.exists(category):
            with open(category, encoding="utf-8") as f:
                for m in re.finditer(r"(?:_(?:FIRST|LAST): u32 = |\b)(\d[\d_]*)(?=;|\.\.=|\s*=>)", f.read()):
                    self.bounds.add(int(m.group(1).replace("_", "")))
        # Dates in a form other than YYYY-MM-DD (2025-seed): matched as whole words.
        odd = sorted(d for d in self.dates if not DATE_RE.fullmatch(d))
        self.odd_dates = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, odd))) if odd else None

    def is_gap(self, n):
        if n < 1000 or n in self.codes or n in self.bounds or 1970 <= n <= 2099 or n & (n + 1) == 0 or n & (n - 1) == 0:
            return False
        i = bisect.bisect_left(self.sorted, n)
        near = self.sorted[max(i - 1, 0) : i + 1]
        return any(len(str(k)) == len(str(n)) and abs(k - n) <= NEAR for k in near)


# How far from a held code an unheld number still looks like one of its neighbours.
NEAR = 100


DATE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")

# ---------------------------------------------------------------------------- the lexer


class Lexed:
    """A source with its comments and string bodies blanked (newlines kept, so offsets and
    lines stay), its string literals' values with their offsets, and its comments by line."""

    def __init__(self, text):
        self.text = text
        self.masked = []
        self.strings = []  # (offset, value, the body as the source spells it)
        self.comments = {}  # line number -> comment text
        self._nl = [i for i, c in enumerate(text) if c == "\n"]

    def line(self, offset):
        lo, hi = 0, len(self._nl)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._nl[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo + 1

    def comment(self, start, end):
        body = self.text[start:end]
        first = self.line(start)
        for k, part in enumerate(body.split("\n")):
            self.comments[first + k] = self.comments.get(first + k, "") + part

    def done(self, masked):
        self.masked = "".join(masked)
        return self


def blank(s):
    return "".join("\n" if c == "\n" else " " for c in s)


ESC = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\", "`": "`", "$": "$"}


def unescape(body):
    def one(m):
        e = m.group(1)
        if e.startswith("u{"):
            return chr(int(e[2:-1], 16))
        if e[0] in "uU" and len(e) > 1:
            return chr(int(e[1:], 16))
        if e[0] == "x" and len(e) > 1:
            return chr(int(e[1:], 16))
        if e == "\n":
            return ""
        return ESC.get(e, "\\" + e)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|\n\s*|.)", lambda m: one(m) if not m.group(1).startswith("\n") else "", body, flags=re.S)


def lex(text, ext):
    """Blank comments and string bodies; collect string values. Good enough for tests: it
    knows line and block comments, "..." and '...' strings with escapes, Rust raw strings,
    Go and JS backquote strings, Python triple quotes, and shell's # comments."""
    lx = Lexed(text)
    out = []
    i, n = 0, len(text)
    hash_comments = ext in HASH_LIKE
    rust = ext == ".rs"
    while i < n:
        c = text[i]
        # comments
        if not hash_comments and text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            lx.comment(i, j)
            out.append(blank(text[i:j]))
            i = j
            continue
        if not hash_comments and text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            lx.comment(i, j)
            out.append(blank(text[i:j]))
            i = j
            continue
        if hash_comments and c == "#" and (ext != ".sh" and ext != ".bash" or i == 0 or text[i - 1] in " \t\n;(|&"):
            j = text.find("\n", i)
            j = n if j < 0 else j
            lx.comment(i, j)
            out.append(blank(text[i:j]))
            i = j
            continue
        # Rust raw strings: r"..", r#".."#, br".."
        if rust and c in "rb" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'b?r(#*)"', text[i:])
            if m:
                close = '"' + m.group(1)
                start = i + m.end()
                j = text.find(close, start)
                j = n if j < 0 else j
                lx.strings.append((start, text[start:j], text[start:j]))
                out.append(text[i:start] + blank(text[start:j]) + close)
                i = j + len(close)
                continue
        # Python triple-quoted strings
        if ext in (".py", ".pyi") and text.startswith(('"""', "'''"), i):
            q = text[i : i + 3]
            raw = i > 0 and text[i - 1] in "rR"
            j = text.find(q, i + 3)
            j = n if j < 0 else j
            body = text[i + 3 : j]
            lx.strings.append((i + 3, body if raw else unescape(body), body))
            out.append(q + blank(body) + q)
            i = j + 3
            continue
        quotes = '"'
        if ext in (".py", ".pyi", ".js", ".mjs", ".cjs", ".ts", ".sh", ".bash"):
            quotes += "'"
        if ext in (".go", ".js", ".mjs", ".cjs", ".ts"):
            quotes += "`"
        if c == "'" and ext in (".rs", ".c", ".h", ".cpp", ".hpp", ".cc", ".java", ".go"):
            # a char literal, or a Rust lifetime / label
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.[0-9a-fA-F]*|[^\\'\n])'", text[i:])
            if m:
                out.append("'" + blank(m.group(0)[1:-1]) + "'")
                i += m.end()
                continue
            out.append(c)
            i += 1
            continue
        if c in quotes:
            raw_go = c == "`" and ext == ".go"
            single_sh = c == "'" and ext in (".sh", ".bash")
            raw_py = ext in (".py", ".pyi") and i > 0 and text[i - 1] in "rR"
            j = i + 1
            while j < n and text[j] != c:
                if text[j] == "\\" and not (raw_go or single_sh):
                    j += 2
                    continue
                if text[j] == "\n" and c in "\"'" and ext not in (".rs", ".sh", ".bash"):
                    break  # an unterminated one-line string: stop at the line's end
                j += 1
            body = text[i + 1 : j]
            value = body if (raw_go or single_sh or raw_py) else unescape(body)
            lx.strings.append((i + 1, value, body))
            out.append(c + blank(body) + (c if j < n else ""))
            i = j + 1
            continue
        out.append(c)
        i += 1
    return lx.done(out)


def rust_test_regions(text):
    """The offsets of the `#[cfg(test)]` items of a Rust source file."""
    regions = []
    for m in re.finditer(r"#\[cfg\(test\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{", text):
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        regions.append((m.start(), j))
    return regions


# ---------------------------------------------------------------------------- the checks

NUM_RE = re.compile(r"(?<![\w.$#])(\d[\d_]*)(?:u8|u16|u32|u64|usize|i32|i64|isize|[uU][lL]?|[lL]{1,2}|n)?(?![\w.]|\.\d)")
NUM_IN_STR_RE = re.compile(r"(?<![\w.])(\d+)(?!\w|\.\d)")

ASSERT_CALL_RE = re.compile(
    r"(?<![\w.])(?:assert_eq!|assert_ne!|assert!|debug_assert_eq!|debug_assert!|"
    r"assertEqual|assertEquals|assertNotEqual|assertTrue|assertFalse|assertThat|"
    r"assert\.(?:equal|strictEqual|deepEqual|deepStrictEqual|notEqual|ok)|assert|"
    r"EXPECT\w*|CHECK\w*|REQUIRE\w*|expect)\s*\("
)
PY_ASSERT_RE = re.compile(r"^[ \t]*assert\b(.*)$", re.M)
GO_IF_RE = re.compile(r"\bif\s+([^{}\n]*)\{")
JS_MATCHER_RE = re.compile(r"^\s*\.\s*(?:not\s*\.\s*)?(toBe|toEqual|toStrictEqual|toHaveLength|toHaveSize)\s*\(")
COUNT_TERM_RE = re.compile(
    r"\blen\s*\(|\.len\s*\(\)|\.length\b|\.size\s*\(\)|\.size\b|\.count\s*\(\)|\.Count\b|\bLen\s*\(|"
    r"\b(?:\w+_)?(?:count|counts|total|length|size|n)(?:_\w+)?\b|\bn[A-Z]\w*|\bnum_?\w+|\b\w+Count\b"
)


def balanced(s, open_at):
    """The end offset (just past the closing parenthesis) of the call opened at s[open_at]."""
    depth, j = 0, open_at
    while j < len(s):
        if s[j] in "([{":
            depth += 1
        elif s[j] in ")]}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(s)


LITERAL_SIDE_RE = re.compile(r"\(*\s*(\d[\d_]*)(?:u8|u16|u32|u64|usize|i32|i64|isize|[uU][lL]?|[lL]{1,2}|n)?\s*\)*")
TWO_SIDED = re.compile(
    r"^(?:assert_eq!|assert_ne!|debug_assert_eq!|assertEqual|assertEquals|assertNotEqual|"
    r"assert\.(?:equal|strictEqual|deepEqual|deepStrictEqual|notEqual|notStrictEqual))"
)


def top_level_split(s, seps):
    """s split at every separator (a regex) that stands outside parentheses and brackets."""
    parts, depth, last, i = [], 0, 0, 0
    sep = re.compile(seps)
    while i < len(s):
        c = s[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0:
            m = sep.match(s, i)
            if m and m.end() > i:
                parts.append(s[last:i])
                last = i = m.end()
                continue
        i += 1
    parts.append(s[last:])
    return parts


def comparisons(masked, ext):
    """(offset, left, right) of every equality an assertion makes: the two arguments of
    assert_eq!-like calls and of expect(a).toBe(b), and both sides of each top-level == or
    != in assert!, assert, CHECK-like calls, a Python assert statement or a Go if."""
    found = []

    def sides(offset, body):
        for clause in top_level_split(body, r"&&|\|\||\band\b|\bor\b"):
            parts = top_level_split(clause, r"[!=]==?(?!=)")
            if len(parts) == 2:
                found.append((offset, parts[0], parts[1]))

    for m in ASSERT_CALL_RE.finditer(masked):
        end = balanced(masked, m.end() - 1)
        body = masked[m.end() : end - 1]
        name = m.group(0)
        if name.startswith("expect"):
            mm = JS_MATCHER_RE.match(masked[end:])
            if mm:
                arg_end = balanced(masked, end + mm.end() - 1)
                arg = masked[end + mm.end() : arg_end - 1]
                found.append((m.start(), body + (".length" if mm.group(1) in ("toHaveLength", "toHaveSize") else ""), arg))
                continue
        if TWO_SIDED.match(name):
            args = top_level_split(body, r",")
            if len(args) >= 2:
                found.append((m.start(), args[0], args[1]))
            continue
        sides(m.start(), body)
    if ext in (".py", ".pyi"):
        for m in PY_ASSERT_RE.finditer(masked):
            start = end = m.start(1)
            depth = 0
            while end < len(masked):
                ch = masked[end]
                if ch in "([{":
                    depth += 1
                elif ch in ")]}":
                    depth -= 1
                elif depth <= 0 and (ch == "\n" or masked.startswith(",", end)):
                    break  # the message after the comma is not the condition
                end += 1
            sides(m.start(), masked[start:end])
    if ext == ".go":
        for m in GO_IF_RE.finditer(masked):
            sides(m.start(), m.group(1).split(";")[-1])
    return found


class Finding:
    def __init__(self, path, line, reason):
        self.path, self.line, self.reason = path, line, reason

    def __str__(self):
        return "%s:%d: %s" % (self.path, self.line, self.reason)


def check_source(path, text, ext, data, regions=None):
    """Every finding in one source; regions limits it to those offset ranges."""
    own_pages = path.startswith("xtask/src/")
    findings = []
    if ext in TEXT_LIKE:
        # a golden file: every line is read as a literal
        lx = Lexed(text)
        lx.masked = blank(text)
        off = 0
        for part in text.split("\n"):
            lx.strings.append((off, part, part))
            off += len(part) + 1
    else:
        lx = lex(text, ext)

    def inside(offset):
        return regions is None or any(a <= offset < b for a, b in regions)

    def allowed(line):
        return ALLOW in lx.comments.get(line, "") or (
            ALLOW in lx.comments.get(line - 1, "") and not lx.masked.split("\n")[line - 2].strip()
        )

    def report(offset, reason):
        if not inside(offset):
            return
        line = lx.line(offset)
        if not allowed(line):
            findings.append(Finding(path, line, reason))

    def numbers(s, base, regex):
        for m in regex.finditer(s):
            if m.group(1).startswith("0"):
                continue  # 01031: a string of digits, not a number
            value = int(m.group(1).replace("_", ""))
            if data.is_gap(value):
                report(base + m.start(1), "%d looks like a code no product's data holds (a gap of today's data): take an unknown code from the data or the oracle" % value)

    # 2. dates, and 1. gaps inside strings
    for off, value, body in lx.strings:
        if own_pages:
            numbers(body, off, NUM_IN_STR_RE)
            continue
        for m in DATE_RE.finditer(body):
            report(off + m.start(), "the date %s: take dates and revisions from the data" % m.group(0))
        if data.odd_dates:
            for m in data.odd_dates.finditer(body):
                report(off + m.start(), "the revision %s of the data: take it from the data" % m.group(0))
        # 4. texts
        if value in data.texts:
            report(off, "a text of today's data (%s): compare with the data's text, read from the data or the oracle" % shorten(value))
        numbers(DATE_RE.sub(lambda m: " " * len(m.group(0)), body), off, NUM_IN_STR_RE)
    if ext in TEXT_LIKE:
        return findings

    masked = lx.masked
    # 1. gaps in code
    numbers(masked, 0, NUM_RE)

    # 3. counts
    for offset, left, right in comparisons(masked, ext):
        for count, lit in ((left, right), (right, left)):
            m = LITERAL_SIDE_RE.fullmatch(lit.strip())
            if m and int(m.group(1).replace("_", "")) >= 2 and COUNT_TERM_RE.search(count):
                report(offset, "compares a count to %s: derive the expected count from the data, the oracle or the test's own input" % m.group(1))
                break
    return findings


def shorten(s):
    s = s.replace("\n", "\\n")
    return s if len(s) <= 40 else s[:37] + "..."


# ---------------------------------------------------------------------------- the files


def test_files(root):
    """The files to read: git's tracked files where root is a checkout's top, every file
    otherwise (a copy of the tree, as the self-test makes)."""
    listed = None
    try:
        top = subprocess.run(["git", "-C", root, "rev-parse", "--show-toplevel"], check=True, capture_output=True, text=True).stdout.strip()
        if os.path.realpath(top) == os.path.realpath(root):
            listed = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True, capture_output=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        pass
    if listed is None:
        listed = []
        for d, dirs, fs in os.walk(root, followlinks=True):
            dirs[:] = [x for x in dirs if x not in ("target", "node_modules", ".git", "build", ".venv", "data")]
            listed += [os.path.relpath(os.path.join(d, f), root) for f in fs]
    out = []
    for rel in listed:
        if not rel:
            continue
        ext = os.path.splitext(rel)[1]
        if ext not in C_LIKE | HASH_LIKE | TEXT_LIKE:
            continue
        if rel.startswith(TEST_DIRS) or rel.endswith("_test.go"):
            if ext in TEXT_LIKE and not rel.startswith("tests/golden/"):
                continue
            out.append((rel, None))
        elif ext == ".rs" and "/generated/" not in rel and "/src/" in "/" + rel and not rel.startswith("fuzz/"):
            if rel.endswith("_tests.rs"):
                out.append((rel, None))
            else:
                out.append((rel, "cfg(test)"))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=ROOT, help="the checkout whose data/ and tests are read")
    ap.add_argument("files", nargs="*", help="read only these files, each whole")
    args = ap.parse_args(argv)
    data = Data(args.root)
    findings = []
    if args.files:
        targets = [(f, None) for f in args.files]
    else:
        targets = test_files(args.root)
    read = 0
    for rel, mode in targets:
        path = rel if os.path.isabs(rel) or args.files else os.path.join(args.root, rel)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        regions = None
        if mode == "cfg(test)":
            regions = rust_test_regions(text)
            if not regions:
                continue
        read += 1
        findings += check_source(rel, text, os.path.splitext(rel)[1], data, regions)
    for f in findings:
        print(f)
    if findings:
        print("lint-tests: %d finding(s) in %d test sources: a test names a fact of today's data (tools/lint-tests.py says the rules)" % (len(findings), read), file=sys.stderr)
        return 1
    print("lint-tests: %d test sources name no gap, date, count or text of today's data" % read)
    return 0


if __name__ == "__main__":
    sys.exit(main())
