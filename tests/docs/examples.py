#!/usr/bin/env python3
"""Every fenced code block of the project's documents is claimed, run by `make lint`.

tests/docs/examples.toml names each block (its document, the heading it stands under and its
place among that heading's blocks, and its language) with either the tests that compile or run
it (`test`: each file must exist and name the document) or, for a block nothing can run, what
it is (`kind`, one of KINDS, and `why`). A block in a language the project ships a binding for
(RUN), or a shell block that runs `zego-codes` or `python -m zego_codes`, must name a test.
A block the registry does not name fails, and so does an entry that names no block: a new
example cannot land unclaimed, and a moved one is claimed again.

usage: tests/docs/examples.py [--root DIR]"""

import argparse
import os
import re
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blocks as md  # noqa: E402

REGISTRY = "tests/docs/examples.toml"
# Languages whose examples a test must compile or run.
RUN = {"rust", "c", "cpp", "python", "java", "go", "ts", "js"}
# What a block nothing runs can be.
KINDS = {
    "install": "installs or unpacks a release file, or changes the machine",
    "make": "a target of this repository's Makefile, which is itself what the tests run",
    "maintainer": "a maintainer's command on files of their own",
    "build": "a build system's or compiler's configuration or command line",
    "output": "what a command prints or a folder holds, shown, not run",
    "template": "a text to fill in",
    "foreign": "a language this machine has no compiler for",
}
COMMAND = re.compile(r"(^|[|;&]\s*|\$ )(zego-codes|python3? -m zego_codes)(?=\s|$)", re.M)


def runnable(block):
    if block.lang in RUN:
        return True
    return block.lang in {"sh", "text", "console"} and bool(COMMAND.search(block.body))


def check(root):
    with open(os.path.join(root, REGISTRY), "rb") as f:
        entries = tomllib.load(f).get("block", [])
    errors = []
    claims = {}
    for n, e in enumerate(entries, 1):
        key = (e.get("doc"), e.get("heading"), e.get("index"))
        if None in key or "lang" not in e:
            errors.append(f"{REGISTRY}: entry {n} lacks doc, heading, index or lang")
            continue
        if key in claims:
            errors.append(f"{REGISTRY}: entry {n} names {key} again")
        claims[key] = e
    seen = set()
    for doc in md.documents(root):
        with open(os.path.join(root, doc), encoding="utf-8") as f:
            text = f.read()
        for b in md.blocks(doc, text):
            key = (b.doc, b.heading, b.index)
            e = claims.get(key)
            if e is None:
                errors.append(f"{b.where()}: a {b.lang or 'plain'} block no test claims: add it to {REGISTRY}")
                continue
            seen.add(key)
            if e["lang"] != b.lang:
                errors.append(f"{b.where()}: {REGISTRY} says {e['lang']!r}, the block is {b.lang!r}")
            tests = e.get("test", [])
            tests = [tests] if isinstance(tests, str) else tests
            if tests:
                for t in tests:
                    path = os.path.join(root, t)
                    if not os.path.isfile(path):
                        errors.append(f"{b.where()}: its test {t} does not exist")
                        continue
                    with open(path, encoding="utf-8") as f:
                        source = f.read()
                    # A test in the document's folder may name it by its base name.
                    local = os.path.dirname(t).startswith(os.path.dirname(doc)) and os.path.dirname(doc)
                    if doc not in source and not (local and os.path.basename(doc) in source):
                        errors.append(f"{b.where()}: its test {t} never names {doc}")
            elif runnable(b):
                errors.append(f"{b.where()}: a {b.lang} example must name the test that runs it")
            elif e.get("kind") not in KINDS or not e.get("why"):
                errors.append(f"{b.where()}: not run, so it needs a kind ({', '.join(sorted(KINDS))}) and a why")
    for key in claims.keys() - seen:
        errors.append(f"{REGISTRY}: {key} names no block")
    return errors, len(seen)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    args = p.parse_args(argv)
    errors, n = check(args.root)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"examples: {len(errors)} problems", file=sys.stderr)
        return 1
    print(f"examples: every one of the documents' {n} code blocks is run by a test or says why not ({REGISTRY})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
