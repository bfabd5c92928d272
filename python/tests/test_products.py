"""Every ZEGO server product's codes, checked against the cross-language oracle: the JSON array
`zego-codes list --all-products --json` prints from the Rust core (`make test-python` builds
it and names it in ZEGOCODES_PRODUCTS). Nothing here copies a text, a count or a date of the
data: an edited text in any product's data, regenerated into this package only, fails here."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import zego_codes as z
from zego_codes import Category, EventCategory, Guidance, Product, ProductCodeInfo, Section, _native

from conftest import ROOT

Row = Dict[str, Any]
Key = Tuple[str, str, int]  # product id, kind, code


def _load() -> list[Row]:
    path = os.environ.get("ZEGOCODES_PRODUCTS")
    if not path:
        pytest.fail("ZEGOCODES_PRODUCTS is not set: run `make test-python`, which builds the oracle", pytrace=False)
    with open(path, encoding="utf-8") as f:
        rows: list[Row] = json.load(f)
    assert rows, f"{path} holds no rows"
    return rows


ROWS = _load()

# The rows of each (product, kind, code), in the oracle's order: by section.
BY_KEY: dict[Key, list[Row]] = defaultdict(list)
for _row in ROWS:
    BY_KEY[(_row["product"], _row["kind"], _row["code"])].append(_row)

ORACLE_PRODUCTS = list(dict.fromkeys(r["product"] for r in ROWS))
KINDS = ("return", "event")

FIELDS = (
    "code",
    "known",
    "name",
    "retryable",
    "message_zh",
    "suggestion_zh",
    "message_en",
    "suggestion_en",
    "since",
    "cause_zh",
    "cause_en",
    "withdrawn",
)


def fields(info: ProductCodeInfo) -> Row:
    """What the oracle says about a code, read from a lookup's answer."""
    out = {f: getattr(info, f) for f in FIELDS}
    out["category"] = info.category.value
    out["guidance"] = info.guidance.value
    out["product"] = info.product.value
    out["section"] = info.section.id if info.section is not None else None
    out["kind"] = "event" if info.event else "return"
    return out


def expected(row: Row) -> Row:
    return {k: v for k, v in row.items() if k != "ambiguous"}


def row_id(row: Row) -> str:
    return f"{row['product']}-{row['kind']}-{row['code']}-{row['section']}"


def test_the_oracle_names_every_product_in_the_core_order() -> None:
    ids = [p.value for p in Product]
    assert ids == list(_native.product_ids())
    # Every product the oracle lists, in the enum's order (a product may have no codes).
    assert [p for p in ids if p in ORACLE_PRODUCTS] == ORACLE_PRODUCTS
    assert [s.value for s in Section] == list(_native.section_values())
    for row in ROWS:
        if row["section"] is not None:
            assert row["section"] in [s.id for s in Product(row["product"]).sections], row_id(row)


@pytest.mark.parametrize("row", ROWS, ids=row_id)
def test_every_row_by_section(row: Row) -> None:
    """The lookup qualified by the row's section (by id, and by member) gives exactly the row."""
    event = row["kind"] == "event"
    info = z.lookup(row["code"], row["product"], section=row["section"], event=event)
    assert type(info) is ProductCodeInfo
    assert fields(info) == expected(row)
    assert not info.ambiguous and info.known
    member = Product(row["product"])
    section = None if row["section"] is None else Section(f"{row['product']}/{row['section']}")
    assert z.lookup(row["code"], product=member, section=section, event=event) is info
    assert len(info.meanings) == 1 and info.meanings[0] is info
    if section is not None:
        assert section.lookup(row["code"]) is info
        assert z.lookup(row["code"], section=section, event=event) is info


@pytest.mark.parametrize("key", list(BY_KEY), ids=lambda k: f"{k[0]}-{k[1]}-{k[2]}")
def test_every_code_unqualified(key: Key) -> None:
    product, kind, code = key
    rows = BY_KEY[key]
    event = kind == "event"
    info = z.lookup(code, product, event=event)
    assert info is z.lookup(code, product=Product(product), event=event), "a known code's answer is kept"
    assert info is Product(product).lookup(code, event=event)
    assert all(r["ambiguous"] == rows[0]["ambiguous"] for r in rows)
    assert info.ambiguous == rows[0]["ambiguous"]
    assert [(m.name, m.section.id if m.section else None) for m in info.meanings] == [
        (r["name"], r["section"]) for r in rows
    ]
    for meaning, row in zip(info.meanings, rows):
        assert fields(meaning) == expected(row)
    if not info.ambiguous:
        # The first section's entry answers (the sections that list it agree on its name).
        assert len({r["name"] for r in rows}) == 1
        assert fields(info) == expected(rows[0])
        return
    assert len({r["name"] for r in rows}) > 1
    assert info.known and info.name is None and info.since is None and info.withdrawn is None
    assert info.section is None and info.cause_zh == info.cause_en == ""
    guidances = {r["guidance"] for r in rows}
    assert info.guidance.value == (guidances.pop() if len(guidances) == 1 else "unknown")
    assert info.retryable == info.guidance.retryable
    for lang in ("zh", "en"):
        text = getattr(info, f"message_{lang}")
        assert text and all(text != r[f"message_{lang}"] for r in rows)
        # Every ambiguous lookup, of any product, says the same sentence.
        assert text == getattr(AMBIGUOUS[0], f"message_{lang}")
        # And the advice of an unknown code.
        assert getattr(info, f"suggestion_{lang}") == getattr(unknown_in(product, kind), f"suggestion_{lang}")


AMBIGUOUS = [z.lookup(k[2], k[0], event=k[1] == "event") for k, rows in BY_KEY.items() if rows[0]["ambiguous"]]


def test_the_oracle_has_ambiguous_codes() -> None:
    assert AMBIGUOUS, "no code of any product is ambiguous: the tests of ambiguity test nothing"


@pytest.mark.parametrize("kind", KINDS)
def test_definitions_of_every_code(kind: str) -> None:
    event = kind == "event"
    codes = sorted({r["code"] for r in ROWS if r["kind"] == kind})
    for code in codes:
        want = [r for r in ROWS if r["kind"] == kind and r["code"] == code]
        got = z.definitions(code, event=event)
        assert [fields(d) for d in got] == [expected(r) for r in want], code
        assert all(d is z.lookup(code, d.product, section=d.section, event=event) for d in got)
    assert z.definitions(max(codes) + 1, event=event) == ()


def unknown_in(product: str, kind: str) -> ProductCodeInfo:
    """An unknown code of `product` and `kind`, derived from the oracle."""
    return z.lookup(unknown_samples(product, kind)[0], product, event=kind == "event")


def unknown_samples(product: str, kind: str) -> list[int]:
    """Codes near the product's own (and near every product's, and the ends of the range)
    that no row of the product and kind holds."""
    held = {k[2] for k in BY_KEY if k[0] == product and k[1] == kind}
    near = sorted({r["code"] for r in ROWS})
    candidates = {0, 1, 2**32 - 1, *(c + d for c in near for d in (-1, 1, 7))}
    return sorted(c for c in candidates if 0 <= c <= 2**32 - 1 and c not in held)


@pytest.mark.parametrize("product", [p.value for p in Product])
@pytest.mark.parametrize("kind", KINDS)
def test_unknown_codes_get_the_product_generic_text(product: str, kind: str) -> None:
    event = kind == "event"
    samples = unknown_samples(product, kind)
    assert samples
    own_texts = set()
    for code in samples:
        info = z.lookup(code, product, event=event)
        assert not info.known and not info.ambiguous and info.name is None
        assert info.guidance is Guidance.UNKNOWN and not info.retryable
        assert info.since is None and info.withdrawn is None and info.meanings == ()
        assert info.cause_zh == info.cause_en == "" and not info.english_from_zego
        assert info.product.value == product and info.section is None and info.event == event
        assert z.lookup(code, product, event=event) == info, "built anew, but equal"
        aiagent = z.lookup_event(code) if event else z.lookup(code)
        if product == "aiagent":
            # Exactly today's texts, by range.
            assert (info.message_zh, info.message_en) == (aiagent.message_zh, aiagent.message_en)
            assert info.category.value == aiagent.category.value
        elif not event and aiagent.category is Category.COMMON:
            # ZEGO's gateway range: the same text in every product (AI Agent's of the range,
            # where AI Agent does not hold the code either).
            assert info.category is Category.COMMON
            if not aiagent.known:
                assert (info.message_zh, info.message_en) == (aiagent.message_zh, aiagent.message_en)
        else:
            names = Product(product).display_name("zh"), Product(product).display_name("en")
            assert names[0] in info.message_zh and names[1] in info.message_en
            own_texts.add((info.message_zh, info.message_en))
            if event:
                assert info.category is EventCategory.UNKNOWN
            else:
                assert info.category.value == ("success" if code == 0 else "business")
        if not aiagent.known:
            assert (info.suggestion_zh, info.suggestion_en) == (aiagent.suggestion_zh, aiagent.suggestion_en)
    assert len(own_texts) <= 1, "one generic text per product and kind"


def test_the_required_answers() -> None:
    # 41003 under RTC, no section: ambiguous, with every meaning the oracle lists.
    rtc = [r for r in ROWS if r["product"] == "rtc" and r["kind"] == "return" and r["code"] == 41003]
    info = z.lookup(41003, Product.RTC)
    assert len(rtc) >= 2 and info.ambiguous and info.name is None
    assert [m.name for m in info.meanings] == [r["name"] for r in rtc]
    assert {m.section for m in info.meanings} == {Section(f"rtc/{r['section']}") for r in rtc}
    # 3 with no product: AI Agent's answer, as today; definitions(3) lists the others.
    assert type(z.lookup(3)) is z.CodeInfo
    assert z.lookup(3) == z.CodeInfo(3) and not z.lookup(3).known
    assert z.lookup(3, product=None, section=None, event=False) == z.lookup(3)
    threes = [r for r in ROWS if r["kind"] == "return" and r["code"] == 3]
    assert threes and all(r["product"] != "aiagent" for r in threes)
    assert [(d.product.value, d.name) for d in z.definitions(3)] == [(r["product"], r["name"]) for r in threes]
    # 410001002 under ASR: ASR's entry, not AI Agent's.
    (asr,) = [r for r in ROWS if r["product"] == "asr" and r["kind"] == "return" and r["code"] == 410001002]
    got = z.lookup(410001002, "asr")
    assert fields(got) == expected(asr) and got.name != z.name(410001002)
    assert z.name(410001002) == z.lookup(410001002, "aiagent").name


def test_ai_agent_by_product_is_todays_catalog() -> None:
    for code in [*_native.codes(), 7, 410009999]:
        old, new = z.lookup(code), z.lookup(code, Product.AI_AGENT)
        assert (old.name, old.message_zh, old.message_en, old.suggestion_zh, old.suggestion_en) == (
            new.name,
            new.message_zh,
            new.message_en,
            new.suggestion_zh,
            new.suggestion_en,
        )
        assert (old.guidance, old.category, old.since, old.withdrawn) == (new.guidance, new.category, new.since, new.withdrawn)
    for code in [*_native.event_codes(), 1]:
        old_event, new = z.lookup_event(code), z.lookup(code, "aiagent", event=True)
        assert (old_event.name, old_event.message_en, old_event.category) == (new.name, new.message_en, new.category)


# --- the per-product enums -------------------------------------------------------------------


def enum_of(product: str, kind: str) -> Any:
    return Product(product).codes if kind == "return" else Product(product).event_codes


@pytest.mark.parametrize("product", [p.value for p in Product])
@pytest.mark.parametrize("kind", KINDS)
def test_each_product_enum_holds_every_name(product: str, kind: str) -> None:
    rows = [r for r in ROWS if r["product"] == product and r["kind"] == kind]
    cls = enum_of(product, kind)
    if not rows:
        assert cls is None or len(cls) == 0
        return
    assert cls is getattr(z, cls.__name__) and cls.__module__ == "zego_codes"
    # One member per name, at its first section, as the core lists them.
    first: dict[str, Row] = {}
    for r in rows:
        first.setdefault(r["name"], r)
    assert [(m.name, m.code, m.value[1]) for m in cls] == [(n, r["code"], r["section"]) for n, r in first.items()]
    assert list(_native.product_members(product, kind == "event")) == [(m.name, m.code, m.value[1]) for m in cls]
    for name, row in first.items():
        member = cls[name]
        assert member == row["code"] and int(member) == row["code"] and member.code == row["code"]
        assert member.product is Product(product)
        assert (member.section.id if member.section else None) == row["section"]
        ambiguous = row["ambiguous"]
        info = member.info
        assert info.name == name and not info.ambiguous
        assert (info.message_zh, info.message_en) == (row["message_zh"], row["message_en"])
        assert (member.message, member.message_en) == (row["message_zh"], row["message_en"])
        assert (member.suggestion, member.suggestion_en) == (row["suggestion_zh"], row["suggestion_en"])
        assert member.guidance.value == row["guidance"] and member.retryable == row["retryable"]
        assert member.withdrawn == row["withdrawn"]
        assert cls.from_code(row["code"], section=row["section"]) is member
        if ambiguous:
            with pytest.raises(ValueError, match="means different things"):
                cls.from_code(row["code"])
            with pytest.raises(ValueError, match="means different things"):
                cls(row["code"])
        else:
            assert cls.from_code(row["code"]) is member is cls(row["code"])
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(member, protocol)) is member


def test_members_of_one_number_stay_distinct() -> None:
    by_number: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for r in ROWS:
        by_number[(r["product"], r["kind"], r["code"])].add(r["name"])
    shared = [(k, names) for k, names in by_number.items() if len(names) > 1]
    assert shared
    for (product, kind, code), names in shared:
        cls = enum_of(product, kind)
        members = [cls[n] for n in sorted(names)]
        assert len(set(members)) == len(members) == len({id(m) for m in members})
        assert all(m == code for m in members) and members[0] != members[1]
        assert len({m.section for m in members}) == len(members)
    assert z.RtcCode.SUCCESS != z.ZimCode.SUCCESS and z.RtcCode.SUCCESS == 0


def test_product_enums_load_lazily_and_alone() -> None:
    probe = (
        "import sys, zego_codes as z\n"
        "assert not [m for m in sys.modules if '_generated.product_' in m]\n"
        "z.RtcCode\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if '_generated.product_' in m))"
    )
    out = subprocess.run([sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["['product_rtc']"]
    names = {n for n in z.__dir__() if n.endswith("Code")}
    assert {"RtcCode", "AsrEventCode", "ZegoCode"} <= names
    assert Product.RTC.codes is z.RtcCode and Product.RTC.event_codes is None
    assert Product.ASR.event_codes is z.AsrEventCode


def test_any_product_module_may_be_imported_first() -> None:
    """Whichever generated module is imported first, its enum answers (the native module
    registers the classes it needs on its own)."""
    package = Path(z.__file__).parent / "_generated"
    modules = sorted(p.stem for p in package.glob("product_*.py"))
    assert len(modules) == len(Product)
    for module in [*modules, "products"]:
        code = (
            f"import zego_codes._generated.{module} as m, zego_codes as z\n"
            "for p in z.Product:\n"
            "    for cls in (p.codes, p.event_codes):\n"
            "        if cls is not None and len(cls):\n"
            "            assert next(iter(cls)).info.known\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)


# --- Product and Section -----------------------------------------------------------------------


def test_products_and_sections() -> None:
    for p in Product:
        assert Product(p.value) is p and p.name.replace("_", "") == p.value.replace("_", "").upper()
        assert p.display_name("zh") and p.display_name("en") and p.display_name() == p.display_name("zh")
        for host in p.hosts:
            assert Product.from_host(host) is p
            assert Product.from_host(host.upper() + ":443") is p
            label, rest = host.split(".", 1)
            assert Product.from_host(f"{label}-sha.{rest}") is p
        for s in p.sections:
            assert s.product is p and s.value == f"{p.value}/{s.id}" and s.title("en") and s.title()
            assert not s.event
    assert Product.from_host("example.com") is None
    assert Product.AI_AGENT is list(Product)[0]
    for member in [*Product, *Section]:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(member, protocol)) is member


def test_product_code_infos_pickle_and_stay_immutable() -> None:
    for key in list(BY_KEY)[:: max(1, len(BY_KEY) // 40)] + [k for k, r in BY_KEY.items() if r[0]["ambiguous"]]:
        info = z.lookup(key[2], key[0], event=key[1] == "event")
        for target in (info, *info.meanings):
            assert pickle.loads(pickle.dumps(target)) is target
    unknown = z.lookup(2**32 - 1, "zim")
    assert pickle.loads(pickle.dumps(unknown)) == unknown
    with pytest.raises(AttributeError):
        unknown.code = 1  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del unknown.name  # type: ignore[misc]
    assert hash(unknown) == hash(z.lookup(2**32 - 1, "zim"))
    assert ProductCodeInfo(41003, "rtc") == z.lookup(41003, "rtc")
    assert ProductCodeInfo(41003, "rtc", "media_files") == z.lookup(41003, "rtc", section="media_files")
    assert ProductCodeInfo(41003, "rtc") != ProductCodeInfo(41003, "rtc", "media_files")
    assert "ambiguous=True" in repr(z.lookup(41003, "rtc"))


# --- check_response by product ---------------------------------------------------------------

EXPECTED_CLASS = {g: z._errors._CLASS_BY_GUIDANCE.get(g, z.ZegoError) for g in _native.GUIDANCES}


@pytest.mark.parametrize("product", ORACLE_PRODUCTS)
def test_check_response_raises_each_product_error(product: str) -> None:
    returns = {k: rows for k, rows in BY_KEY.items() if k[0] == product and k[1] == "return"}
    assert returns
    for (_, _, code), rows in returns.items():
        info = z.lookup(code, product)
        if code == 0:
            assert z.check_response({"Code": 0, "Data": [1]}, product=product) == [1]
            assert z.raise_for_code(0, product=Product(product)) is None
            continue
        with pytest.raises(z.ZegoError) as caught:
            z.check_response(json.dumps({"Code": code, "RequestId": "r"}), product=Product(product), lang="en")
        err = caught.value
        assert type(err) is EXPECTED_CLASS[info.guidance.value] is z.error_class(code, product)
        assert err.product is Product(product) and err.code == code and err.name == info.name
        assert err.message == info.message_en and err.suggestion == info.suggestion_en
        assert err.guidance is info.guidance and err.retryable == info.retryable and err.request_id == "r"
        text = str(err)
        assert text.startswith(f"[{product}] " if product != "aiagent" else f"{code}")
        assert f"product={product!r}" in repr(err) or product == "aiagent"
        if not rows[0]["ambiguous"]:
            assert err.message == rows[0]["message_en"] and err.guidance.value == rows[0]["guidance"]
        with pytest.raises(type(err)) as again:
            z.raise_for_code(code, product=product, message="theirs")
        assert again.value.message == "theirs" and again.value.product is Product(product)


def test_errors_without_a_product_are_todays() -> None:
    with pytest.raises(z.NotFoundError) as caught:
        z.check_response({"Code": 410001002, "RequestId": "r1"})
    assert caught.value.product is Product.AI_AGENT and str(caught.value).startswith("410001002 ")
    with pytest.raises(z.ZegoError) as other:
        z.check_response({"Code": 410001002, "RequestId": "r1"}, product="asr")
    assert other.value.name != caught.value.name and str(other.value).startswith("[asr] 410001002 ")
    with pytest.raises(z.MalformedResponseError) as bad:
        z.check_response("{", product="zim")
    assert bad.value.product is Product.ZIM and str(bad.value).startswith("[zim] ")
    with pytest.raises(z.MalformedResponseError) as bad_default:
        z.check_response("{")
    assert bad_default.value.product is Product.AI_AGENT and not str(bad_default.value).startswith("[")


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [1, 1.0, b"rtc", object(), ["rtc"], True])
def test_a_product_of_the_wrong_type_is_a_type_error(bad: object) -> None:
    for call in (
        lambda: z.lookup(1, bad),
        lambda: z.lookup(1, product=bad, event=True),
        lambda: z.check_response({"Code": 1}, product=bad),  # type: ignore[arg-type]
        lambda: z.raise_for_code(1, product=bad),  # type: ignore[arg-type]
        lambda: z.error_class(1, bad),  # type: ignore[arg-type]
        lambda: z.ProductCodeInfo(1, bad),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match="product must be a zego_codes.Product or a product id str"):
            call()


@pytest.mark.parametrize("bad", ["", "RTC", "nope", "rtc ", "Product.RTC"])
def test_an_unknown_product_is_a_value_error(bad: str) -> None:
    for call in (
        lambda: z.lookup(1, bad),
        lambda: z.check_response({"Code": 0}, product=bad),
        lambda: z.raise_for_code(0, product=bad),
        lambda: z.ZegoError(1, product=bad),
    ):
        with pytest.raises(ValueError, match=re.escape(f"no product {bad!r}: the products are aiagent, ")):
            call()


def test_bad_sections_and_events() -> None:
    with pytest.raises(ValueError, match="has no section 'nope': its sections are "):
        z.lookup(41003, "rtc", section="nope")
    with pytest.raises(ValueError, match="has no section 'common': it has none"):
        z.lookup(3, section="common")
    with pytest.raises(ValueError, match="is not a section of product zim"):
        z.lookup(3, "zim", section=Section.RTC_MEDIA_FILES)
    with pytest.raises(ValueError, match="is not a section of product zim"):
        z.lookup(3, "zim", section="rtc/media_files")
    with pytest.raises(ValueError, match="holds return codes"):
        z.lookup(3, "rtc", section="media_files", event=True)
    for bad in (1, b"x", Product.RTC):
        with pytest.raises(TypeError, match="section must be a zego_codes.Section or a section id str"):
            z.lookup(3, "rtc", section=bad)  # type: ignore[call-overload]
    for bad_event in (1, 0, "yes"):
        with pytest.raises(TypeError, match="event must be a bool"):
            z.lookup(3, "rtc", event=bad_event)  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="event must be a bool"):
            z.definitions(3, event=bad_event)  # type: ignore[arg-type]
    # The qualified lookup of a code its section does not list: unknown there.
    missing = z.lookup(41003, "rtc", section="common")
    assert not missing.known and missing.section is Section.RTC_COMMON and missing.meanings == ()


@pytest.mark.parametrize("bad", [True, 1.0, "3", None, b"3"])
def test_bad_codes_by_product(bad: object) -> None:
    for call in (
        lambda: z.lookup(bad, "rtc"),
        lambda: z.lookup(bad, product=Product.RTC),
        lambda: z.lookup(bad, "rtc", section="media_files"),
        lambda: z.definitions(bad),
        lambda: Product.ZIM.lookup(bad),  # type: ignore[arg-type]
        lambda: z.RtcCode.from_code(bad),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=f"code must be an int, not {type(bad).__name__}"):
            call()


@pytest.mark.parametrize("bad", [-1, 2**32, 2**64, -(2**70)])
def test_out_of_range_codes_by_product(bad: int) -> None:
    for call in (
        lambda: z.lookup(bad, "rtc"),
        lambda: z.lookup(bad, Product.ASR, event=True),
        lambda: z.definitions(bad),
        lambda: z.raise_for_code(bad, product="zim"),
    ):
        with pytest.raises(OverflowError, match=r"code must be in 0\.\.=4294967295"):
            call()


def test_lookup_arguments() -> None:
    with pytest.raises(TypeError, match="missing required positional argument"):
        z.lookup()  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="takes from 1 to 2 positional arguments but 3 were given"):
        z.lookup(1, "rtc", "common")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="unexpected keyword argument 'lang'"):
        z.lookup(1, product="rtc", lang="en")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="multiple values for argument 'product'"):
        z.lookup(1, "rtc", product="zim")  # type: ignore[call-overload]
    assert z.lookup(0, None) is z.lookup(0)  # type: ignore[call-overload]
    assert z.lookup(2, event=True) == z.lookup(2, "aiagent", event=True)
    known_event = _native.event_codes()[0]
    assert z.lookup(known_event, event=True) is z.lookup(known_event, "aiagent", event=True)
    assert z.lookup(41003, section=Section.RTC_MEDIA_FILES).name == z.RtcCode.MEDIA_FILE_NOT_FOUND.name
    with pytest.raises(TypeError, match="unexpected keyword argument 'code'"):
        z.lookup(code=1)  # type: ignore[call-overload]


@pytest.mark.parametrize("order", ["unqualified first", "by section first"])
def test_the_fast_calls_answer_with_the_kept_objects(order: str) -> None:
    """`lookup(code, product)` and `lookup(code, product=...)` skip the general binding (the
    names tuple of a call site is recognised by identity once checked, for a few call sites):
    they give the objects the general lookups keep, whichever comes first, in a fresh
    interpreter. A code only one section lists answers with that section's object."""
    keys = [(k[2], k[0], [r["section"] for r in rows]) for k, rows in BY_KEY.items() if k[1] == "return"]
    # More product= call sites than are recognised by identity, a names tuple made per call
    # from a dict (with a key that is not interned), and a section= call site between them.
    sites = "\n".join(f"    s{i} = lambda c, p: z.lookup(c, product=p)" for i in range(6))
    script = f"""
import sys, zego_codes as z
from zego_codes import Product
{sites.replace("    ", "")}
key = "".join(["prod", "uct"])
keys = {keys!r}
unqualified_first = {order == "unqualified first"!r}
def unqualified(c, p):
    member, interned = Product(p), sys.intern(p)
    got = [z.lookup(c, member), z.lookup(c, interned), z.lookup(c, "".join(p)), z.lookup(c, product=member),
           z.lookup(c, **{{key: member}}), z.lookup(c, product=interned)]
    got += [f(c, member) for f in (s0, s1, s2, s3, s4, s5)]
    assert all(g is got[0] for g in got), (c, p)
    ai_agent = z.lookup(c, None)
    assert type(ai_agent) is type(z.lookup(c)) and ai_agent == z.lookup(c)
    return got[0]
def by_section(c, p, sections):
    return [z.lookup(c, p, section=s) for s in sections]
for c, p, sections in keys:
    if unqualified_first:
        u = unqualified(c, p); q = by_section(c, p, sections)
    else:
        q = by_section(c, p, sections); u = unqualified(c, p)
    assert z.lookup(41003, section=z.Section.RTC_MEDIA_FILES).section is z.Section.RTC_MEDIA_FILES
    assert u.product is Product(p) and u.code == c and not u.event
    if len(sections) == 1:
        assert u is q[0], (c, p)
    else:
        assert u not in q and [m.section for m in u.meanings] == [x.section for x in q], (c, p)
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_enum_lookups_by_code() -> None:
    with pytest.raises(ValueError):
        z.RtcCode.from_code(2**32 - 1)
    with pytest.raises(ValueError, match="not a code of RtcCode in section 'common'"):
        z.RtcCode.from_code(41003, section="common")
    with pytest.raises(OverflowError):
        z.RtcCode.from_code(-1)


# --- threads ---------------------------------------------------------------------------------


def test_many_threads_agree_on_product_lookups() -> None:
    """The kept objects are built on first use; threads racing to build them see one."""
    script = (
        "import threading, zego_codes as z\n"
        "keys = " + repr([(k[2], k[0], k[1] == "event") for k in BY_KEY]) + "\n"
        "start = threading.Barrier(8); out = [None] * 8\n"
        "def run(i):\n"
        "    start.wait()\n"
        "    out[i] = [id(z.lookup(c, p, event=e)) for c, p, e in (keys if i % 2 else keys[::-1])]\n"
        "    out[i] = sorted(out[i])\n"
        "ts = [threading.Thread(target=run, args=(i,)) for i in range(8)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "assert all(o == out[0] for o in out), 'threads saw different objects'\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "ok"

    def work(seed: int) -> list[object]:
        keys = list(BY_KEY)
        return [fields(z.lookup(c, p, event=k == "event")) for p, k, c in keys[seed::7]]

    want = {seed: work(seed) for seed in range(7)}
    barrier = threading.Barrier(7)

    def run(seed: int) -> list[object]:
        barrier.wait()
        return work(seed)

    with ThreadPoolExecutor(max_workers=7) as pool:
        assert dict(zip(range(7), pool.map(run, range(7)))) == want


# --- the README's example --------------------------------------------------------------------


def test_the_readme_product_example_runs() -> None:
    readme = (ROOT / "python" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Other ZEGO products", 1)[1]
    block = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(block, "README.md", "exec"), {})
