#!/usr/bin/env python3
"""Per product and kind, what the catalog holds: entries, distinct codes, names, guidance,
the texts this project wrote where ZEGO publishes none, and the codes taken from per-API
pages. Read from data/ (the one source of truth); prints a Markdown table.

usage: python3 tools/catalog-stats.py        (Python 3.11 or later: tomllib)
"""
import collections
import pathlib
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = "aiagent"  # AI Agent's codes live in data/return_codes.toml and data/event_codes.toml


def load(path):
    with open(path, "rb") as f:
        return tomllib.load(f)


def rows():
    for kind in ("return", "event"):
        for code in load(ROOT / f"data/{kind}_codes.toml").get("code", []):
            yield DEFAULT, kind, code
    for product in load(ROOT / "data/products.toml")["product"]:
        path = ROOT / f"data/products/{product['id']}.toml"
        if path.exists():
            for code in load(path).get("code", []):
                yield product["id"], code.get("kind", "return"), code


def main():
    order = [p["id"] for p in load(ROOT / "data/products.toml")["product"]]
    by = collections.defaultdict(list)
    for product, kind, code in rows():
        by[product, kind].append(code)
    print("| product | kind | entries | distinct codes | names | guidance | English by the project "
          "| Chinese by the project | per-API codes |")
    print("|---|---|---|---|---|---|---|---|---|")
    for product in order:
        for kind in ("return", "event"):
            codes = by.get((product, kind))
            if not codes:
                continue
            guidance = collections.Counter(c.get("guidance", "") for c in codes)
            print(
                f"| {product} | {kind} | {len(codes)} | {len({c['code'] for c in codes})} "
                f"| {len({c['name'] for c in codes})} "
                f"| {', '.join(f'{g} {n}' for g, n in guidance.most_common())} "
                f"| {sum(1 for c in codes if c.get('en_source'))} "
                f"| {sum(1 for c in codes if c.get('zh_source'))} "
                f"| {sum(1 for c in codes if c.get('api'))} |"
            )


if __name__ == "__main__":
    main()
