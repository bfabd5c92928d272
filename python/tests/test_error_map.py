"""Every guidance raises the class the map of every language's error classes names for Python
(tests/error-classes.tsv), in every product of the oracle, and the error names its product."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

import zego_codes as z
from conftest import error_classes

MAP = error_classes()


def _oracle() -> list[dict[str, Any]]:
    path = os.environ.get("ZEGOCODES_PRODUCTS")
    if not path:
        pytest.fail("ZEGOCODES_PRODUCTS is not set: run `make test-python`, which builds the oracle", pytrace=False)
    with open(path, encoding="utf-8") as f:
        rows: list[dict[str, Any]] = json.load(f)
    return [r for r in rows if r["kind"] == "return"]


def _samples(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """guidance -> product -> one code of the product with that guidance: the first the oracle
    lists that one section alone defines; for `unknown`, a code past the product's last."""
    samples: dict[str, dict[str, int]] = {g: {} for g in MAP}
    last: dict[str, int] = {}
    for r in rows:
        last[r["product"]] = max(last.get(r["product"], 0), r["code"])
        if r["code"] != 0 and not r["ambiguous"]:
            samples[r["guidance"]].setdefault(r["product"], r["code"])
    samples["unknown"] = {p: code + 1 for p, code in last.items()}
    return samples


def test_a_code_of_every_guidance_raises_its_class_naming_its_product() -> None:
    samples = _samples(_oracle())
    checked = set()
    for guidance, name in MAP.items():
        for product, code in samples[guidance].items():
            what = f"{product} {code} ({guidance})"
            with pytest.raises(z.ZegoError) as caught:
                z.raise_for_code(code, product=product, request_id="req-map")
            err = caught.value
            assert type(err).__name__ == name and type(err) is getattr(z, name), what
            assert err.product.value == product and err.guidance.value == guidance, what
            if product != z.Product.AI_AGENT.value:
                assert str(err).startswith(f"[{product}] {code}"), what
            body = {"Code": code, "Message": "from the server", "RequestId": "req-map"}
            with pytest.raises(z.ZegoError) as caught:
                z.check_response(json.dumps(body), product=product)
            assert type(caught.value) is type(err) and caught.value.product == err.product, what
            checked.add(guidance)
    # A guidance no non-zero code of any product has cannot be raised; the rest must be.
    assert checked == {g for g in MAP if samples[g]}
    assert "unknown" in checked
    print("guidance no non-zero return code has, not raised:", sorted(set(MAP) - checked))
