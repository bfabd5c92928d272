"""python/README.md's examples, run (the products example is test_products.py's).

A line of an example that is an expression with a comment shows what it evaluates to when the
comment starts with a value: a repr (`'...'`, `<Guidance.RENEW_SIGNATURE: ...>`), `True`,
`False`, `None`, a number, an enum member as `str` prints it (`Category.BUSINESS`), a class name
(`CodeInfo: ...`, the value's type) or an exception's (`ValueError: ...`, which the line must
raise), several of them for a tuple (`False, False`), each followed by the end, `:` or `,`.
Any other comment is prose and the line only has to run."""

from __future__ import annotations

import ast
import io
import json
import re
import sys
import tokenize
import types
from typing import Any, Dict, List, Optional

import pytest

import zego_codes

from conftest import ROOT

README = ROOT / "python" / "README.md"

TOKEN = r"'(?:[^'\\]|\\.)*'|<[^<>]*>|True|False|None|-?\d+|[A-Z]\w*(?:\.[A-Z][A-Z_0-9]*)?"
CLAIM = re.compile(rf"((?:{TOKEN})(?:, (?:{TOKEN}))*)(?=$|[:,\s])")


def block(heading: str, index: int = 1) -> str:
    """The index-th python block under the `## heading` of python/README.md."""
    text = README.read_text(encoding="utf-8")
    section = re.split(r"^## ", text.split("\n## " + heading + "\n", 1)[1], maxsplit=1, flags=re.M)[0]
    return section.split("```python\n")[index].split("```", 1)[0]


def claim(comment: str) -> Optional[List[str]]:
    m = CLAIM.match(comment)
    return None if m is None else [t.strip() for t in re.findall(TOKEN, m.group(1))]


def shows(value: Any, token: str) -> bool:
    return token in (repr(value), str(value), type(value).__name__)


def comments(source: str) -> Dict[int, str]:
    out = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            out[tok.start[0]] = tok.string[1:].strip()
    return out


def run_claims(source: str, namespace: Dict[str, Any]) -> int:
    """Runs source statement by statement, holding each expression to its comment's claim;
    returns how many claims it checked."""
    notes = comments(source)
    checked = 0
    for node in ast.parse(source).body:
        note = notes.get(node.end_lineno or node.lineno, "")
        tokens = claim(note) if isinstance(node, ast.Expr) else None
        code = compile(ast.Module(body=[node], type_ignores=[]), str(README), "exec")
        where = f"README line {node.lineno}: {ast.get_source_segment(source, node)}  # {note}"
        if tokens and len(tokens) == 1 and re.fullmatch(r"[A-Z]\w*(Error|Exception)", tokens[0]):
            try:
                exec(code, namespace)
            except Exception as e:
                assert type(e).__name__ == tokens[0], f"{where}\nraised {e!r}"
                checked += 1
                continue
            raise AssertionError(f"{where}\nraised nothing")
        if not tokens:
            exec(code, namespace)
            continue
        value = eval(compile(ast.Expression(body=node.value), str(README), "eval"), namespace)
        values = list(value) if isinstance(value, tuple) and len(tokens) > 1 else [value]
        assert len(values) == len(tokens) and all(map(shows, values, tokens)), f"{where}\nis {value!r}"
        checked += 1
    return checked


def test_the_claim_reader() -> None:
    assert claim("'AI agent instance not found.'") == ["'AI agent instance not found.'"]
    assert claim("True: a concurrency limit, back off and retry") == ["True"]
    assert claim("False, False") == ["False", "False"]
    assert claim("None, or the revision of ZEGO's page") == ["None"]
    assert claim("<Guidance.RENEW_SIGNATURE: 'renew_signature'>") == ["<Guidance.RENEW_SIGNATURE: 'renew_signature'>"]
    assert claim("Category.BUSINESS") == ["Category.BUSINESS"]
    for prose in ("ZEGO's texts", "the same as ZegoCode(...)", "one line telling a person", "back off and retry"):
        assert claim(prose) is None, prose


def test_a_wrong_claim_fails() -> None:
    with pytest.raises(AssertionError):
        run_claims("import zego_codes\nzego_codes.is_retryable(0)  # True\n", {})
    with pytest.raises(AssertionError):
        run_claims("import zego_codes\nzego_codes.message(0)  # KeyError: no\n", {})


def test_look_up_a_code() -> None:
    assert run_claims(block("Look up a code"), {}) >= 2


def test_zego_code() -> None:
    assert run_claims(block("`ZegoCode`"), {}) >= 2


class _Response:
    def __init__(self, body: Dict[str, Any]) -> None:
        self.content = json.dumps(body).encode()

    def raise_for_status(self) -> None:
        pass


class _Client:
    def __init__(self, body: Dict[str, Any]) -> None:
        self.body = body
        self.calls: List[Dict[str, Any]] = []

    def post(self, url: str, params: Dict[str, Any], json: Any) -> _Response:
        self.calls.append({"url": url, "params": params, "json": json})
        return _Response(self.body)


class _Log:
    def __init__(self) -> None:
        self.lines: List[str] = []

    def error(self, fmt: str, *args: Any) -> None:
        self.lines.append(fmt % args)


def test_checking_responses_with_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    """The httpx example, with a stand-in for httpx's client: it returns Data, re-raises a rate
    limit and logs any other ZegoError before raising it."""
    monkeypatch.setitem(sys.modules, "httpx", types.ModuleType("httpx"))
    sys.modules["httpx"].Client = _Client
    log = _Log()
    namespace: Dict[str, Any] = {"API_URL": "https://example.invalid/", "log": log}
    exec(compile(block("Checking responses"), str(README), "exec"), namespace)
    call = namespace["create_agent_instance"]
    signed = {"AppId": 1, "Signature": "s"}

    client = _Client({"Code": 0, "Data": {"AgentInstanceId": "a1"}, "RequestId": "r0"})
    assert call(client, signed, {"x": 1}) == {"AgentInstanceId": "a1"}
    assert client.calls[0]["params"] == {"Action": "CreateAgentInstance", **signed}

    limited = next(c for c in zego_codes.all_codes() if zego_codes.error_class(c) is zego_codes.RateLimitError)
    with pytest.raises(zego_codes.RateLimitError):
        call(_Client({"Code": limited, "RequestId": "r1"}), signed, {})
    assert log.lines == []

    with pytest.raises(zego_codes.NotFoundError):
        call(_Client({"Code": 410001002, "RequestId": "r2"}), signed, {})
    assert log.lines == [f"ZEGO 410001002 {zego_codes.name(410001002)}: {zego_codes.message(410001002)} (RequestId r2)"]
