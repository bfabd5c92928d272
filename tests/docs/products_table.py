#!/usr/bin/env python3
"""PRODUCTS.md tells the truth: every name its table spells is defined, as that kind of name,
in the generated sources of its language.

For each row (product) and each language's cell (the product's value; its constants' prefixes,
namespaces, enums or objects; one example constant) this finds the definition in the file the
language's generator writes: the enumerator inside the product enum's body, the member inside
the class, the constant inside its product's module or object. The table and the sources come
from the same model functions (xtask/src/gen/model.rs); this reads neither the model nor the
generators, only their outputs, so a table that names something no source defines fails.

usage: tests/docs/products_table.py [ROOT]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
LANGS = ["Rust", "C", "C++", "Python", "Java", "Go", "TypeScript"]
problems: list[str] = []


def read(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def block(text: str, header: str, what: str) -> str:
    """The body of the brace-delimited block whose opening line matches `header`."""
    m = re.search(header, text, re.M)
    if not m:
        problems.append(f"{what}: no line matches {header!r}")
        return ""
    start = text.index("{", m.start())
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1 : i]
    problems.append(f"{what}: the block at {header!r} never closes")
    return ""


def py_class(text: str, name: str, what: str) -> str:
    """The body of top-level Python class `name`: its indented lines."""
    m = re.search(rf"^class {re.escape(name)}\b.*:\n((?:[ \t]+.*\n|\n)*)", text, re.M)
    if not m:
        problems.append(f"{what}: no class {name}")
        return ""
    return m.group(1)


def has(body: str, pattern: str, what: str) -> None:
    if not re.search(pattern, body, re.M):
        problems.append(f"{what}: not defined (looked for {pattern!r})")


def spans(cell: str) -> list[list[str]]:
    """The cell's lines (value, constants, example), each as its backticked names."""
    return [re.findall(r"`([^`]+)`", line) for line in cell.split("<br>")]


def rows() -> list[tuple[str, dict[str, list[list[str]]]]]:
    text = read("PRODUCTS.md")
    header = "| Id | Product | " + " | ".join(LANGS) + " |"
    if header not in text:
        problems.append(f"PRODUCTS.md: no table headed {header!r}")
        return []
    out = []
    for line in text[text.index(header) :].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) != 2 + len(LANGS):
            problems.append(f"PRODUCTS.md: a row of {len(cells)} cells: {line[:80]}")
            continue
        pid = cells[0].strip("`")
        langs = {lang: spans(cell) for lang, cell in zip(LANGS, cells[2:])}
        for lang, lines in langs.items():
            if len(lines) != 3 or len(lines[0]) != 1 or len(lines[2]) > 1:
                problems.append(f"PRODUCTS.md {pid} {lang}: not `value`<br>constants<br>example")
        out.append((pid, langs))
    return out


def main() -> int:
    table = rows()
    if not table:
        problems.append("PRODUCTS.md: the table has no rows")
    rust_products = read("src/generated/products.rs")
    rust_codes = read("src/generated/product_codes.rs")
    h = read("include/zego_codes.h")
    hpp = read("include/zego_codes.hpp")
    py_codes = read("python/zego_codes/_generated/codes.py")
    py_index = read("python/zego_codes/_generated/products.py")
    java_dir = "java/src/generated/java/zegocodes"
    java_product = read(f"{java_dir}/Product.java")
    go = read("go/zz_generated_products.go")
    ts = read("node/src/generated/products.ts")

    rust_enum = block(rust_products, r"^pub enum Product \{", "Rust Product")
    c_enum = block(h, r"^enum zego_product_t\b", "C zego_product_t")
    cpp_enum = block(hpp, r"^enum class Product\b", "C++ Product")
    py_product = py_class(py_codes, "Product", "Python Product")
    java_enum = block(java_product, r"^public enum Product \{", "Java Product")
    ts_product = block(ts, r"^export const Product = Object\.freeze\(", "TypeScript Product")
    go_consts = "\n".join(m.group(1) for m in re.finditer(r"^const \(\n(.*?)^\)", go, re.M | re.S))
    checked = 0

    for pid, cells in table:
        for lang, lines in cells.items():
            if len(lines) != 3 or len(lines[0]) != 1:
                continue
            value, held, example = lines[0][0], lines[1], lines[2]
            what = f"PRODUCTS.md {pid} {lang}"
            q = re.escape
            if lang == "Rust":
                variant = value.removeprefix("Product::")
                has(rust_enum, rf"^\s+{q(variant)} = \d+,", f"{what} {value}")
                for module in held:
                    path = module.removeprefix("products::").split("::")
                    body = block(rust_codes, rf"^pub mod {q(path[0])} \{{", f"{what} {module}")
                    if len(path) == 2:
                        has(body, rf"^\s+pub mod {q(path[1])} \{{", f"{what} {module}")
                for name in example:
                    path = name.removeprefix("products::").split("::")
                    body = block(rust_codes, rf"^pub mod {q(path[0])} \{{", f"{what} {name}")
                    if len(path) == 3:
                        body = block(body, rf"^\s+pub mod {q(path[1])} \{{", f"{what} {name}")
                    has(body, rf"^\s+pub const {q(path[-1])}: ProductCode = ", f"{what} {name}")
            elif lang == "C":
                has(c_enum, rf"^\s+{q(value)} = \d+,", f"{what} {value}")
                for prefix in held:
                    has(h, rf"^#define {q(prefix)}\w+ \d+$", f"{what} {prefix}")
                for name in example:
                    has(h, rf"^#define {q(name)} \d+$", f"{what} {name}")
            elif lang == "C++":
                variant = value.removeprefix("Product::")
                has(cpp_enum, rf"^\s+{q(variant)} = ZEGO_PRODUCT_\w+,", f"{what} {value}")
                for name in held + example:
                    ns, enum, *member = name.split("::")
                    body = block(hpp, rf"^namespace {q(ns)} \{{", f"{what} {name}")
                    body = block(body, rf"^enum class {q(enum)} : std::uint32_t \{{", f"{what} {name}")
                    for m in member:
                        has(body, rf"^\s+{q(m)} = ZEGO_\w+,", f"{what} {name}")
            elif lang == "Python":
                member = value.removeprefix("Product.")
                has(py_product, rf"^\s+{q(member)} = \"{q(pid)}\"$", f"{what} {value} = {pid!r}")
                for name in held + example:
                    cls, *member = name.split(".")
                    m = re.search(rf"^\s+\"{q(cls)}\": \"(\w+)\",$", py_index, re.M)
                    if not m:
                        problems.append(f"{what} {name}: _generated/products.py does not export {cls}")
                        continue
                    module = read(f"python/zego_codes/_generated/{m.group(1)}.py")
                    body = py_class(module, cls, f"{what} {name}")
                    for mm in member:
                        has(body, rf"^    {q(mm)} = \d+, ", f"{what} {name}")
            elif lang == "Java":
                constant = value.removeprefix("Product.")
                has(java_enum, rf"^\s+{q(constant)}\(\"{q(pid)}\", ", f"{what} {value}(\"{pid}\")")
                for name in held + example:
                    cls, *member = name.split(".")
                    path = ROOT / java_dir / f"{cls}.java"
                    if not path.exists():
                        problems.append(f"{what} {name}: {path.relative_to(ROOT)} is missing")
                        continue
                    body = block(path.read_text(encoding="utf-8"), rf"^public enum {q(cls)} \{{", f"{what} {name}")
                    for mm in member:
                        has(body, rf"^    {q(mm)}[,;(]", f"{what} {name}")
            elif lang == "Go":
                has(go_consts, rf"^\t{q(value)} Product = \d+$", f"{what} {value}")
                for prefix in held:
                    has(go_consts, rf"^\t{q(prefix)}[A-Z]\w* ProductCode = ", f"{what} {prefix}")
                for name in example:
                    has(go_consts, rf"^\t{q(name)} ProductCode = ", f"{what} {name}")
            elif lang == "TypeScript":
                key = value.removeprefix("Product.")
                has(ts_product, rf"^\s+{q(key)}: \"{q(pid)}\",$", f"{what} {value} = {pid!r}")
                for name in held + example:
                    obj, key, *member = name.split(".")
                    body = block(ts, rf"^export const {q(obj)} = Object\.freeze\(", f"{what} {name}")
                    body = block(body, rf"^  {q(key)}: Object\.freeze\(", f"{what} {name}")
                    for mm in member:
                        has(body, rf"^    {q(mm)}: \d+,$", f"{what} {name}")
            checked += 1 + len(held) + len(example)

    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"products_table: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"products_table: {checked} names of PRODUCTS.md's {len(table)} rows are defined in the generated sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
