"""The installed wheel: what it contains and what it exports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import zego_codes as z
from zego_codes import _native

from conftest import ROOT


def test_runs_against_the_installed_wheel_not_the_source_tree() -> None:
    package = Path(z.__file__).resolve().parent
    assert "site-packages" in package.parts
    assert not package.is_relative_to(ROOT / "python")
    assert (package / "py.typed").is_file() and (package / "_native.pyi").is_file()
    assert Path(_native.__file__).name.endswith(".abi3.so")


def test_exports() -> None:
    for name in z.__all__:
        assert hasattr(z, name), name
    assert z.__version__ == _native.__version__


def loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(sorted(m for m in ('typing', 'json', 'enum') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-I", "-c", probe], capture_output=True, text=True, check=True).stdout
    return list(out.strip().strip("[]").replace("'", "").split(", ")) if out.strip() != "[]" else []


def test_import_and_plain_lookups_load_neither_enum_nor_typing() -> None:
    assert loaded_after("import zego_codes as z\nz.message(0); z.name(1); z.is_retryable(2)") == []
    assert loaded_after("from zego_codes import check_response, ZegoError, raise_for_code") == []


def test_the_enums_load_on_first_use() -> None:
    assert loaded_after("import zego_codes as z\nz.ZegoCode") == ["enum"]
    assert loaded_after("import zego_codes as z\nz.raise_for_code(0)") == []
    assert loaded_after("from zego_codes import lookup") == ["enum"]
    assert "ZegoCode" in dir(z)
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        z.nope  # type: ignore[attr-defined]


def test_panics_never_reach_python_as_base_exceptions() -> None:
    # Every failure path raises an Exception subclass (pyo3's PanicException is a BaseException).
    for bad in (None, -1, "x"):
        try:
            z.message(bad)  # type: ignore[arg-type]
        except Exception:
            pass


@pytest.mark.parametrize(
    "first",
    ["_enum_methods", "_codes", "_info", "_errors", "_generated.codes", "_generated.exceptions", "__main__"],
)
def test_any_module_may_be_imported_first(first: str) -> None:
    """Whichever module is imported first, the package works."""
    code = f"import zego_codes.{first}; import zego_codes; zego_codes.ZegoCode.SUCCESS.guidance"
    subprocess.run([sys.executable, "-c", code], check=True)


def _runtime_imports(module: str, tree: ast.Module) -> set[str]:
    """The package modules (dotted, relative to the package) that `module` imports when it runs
    (anywhere in it, functions too), not those imported only for type checkers under
    `if TYPE_CHECKING:`."""
    found: set[str] = set()
    package = module.split(".")[:-1]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                found.add(".".join([*base, node.module]))
            else:
                found.update(".".join([*base, alias.name]) for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    package = Path(z.__file__).parent
    modules = {".".join(path.relative_to(package).with_suffix("").parts): path for path in package.rglob("*.py")}
    graph = {name: _runtime_imports(name, ast.parse(path.read_text(encoding="utf-8"))) for name, path in modules.items()}
    assert {"_codes", "_enum_methods", "_generated.codes"} <= graph.keys()
    assert "_generated.codes" in graph["_codes"], "the graph follows imports into subpackages"

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for dep in graph.get(start, ()):
            if dep == goal or (dep not in seen and reaches(dep, goal, seen | {dep})):
                return True
        return False

    cycles = sorted(m for m in graph if reaches(m, m, {m}))
    assert not cycles, f"modules on an import cycle: {cycles}"


def test_enums_keep_their_public_module_for_pickles() -> None:
    """The enums are generated into `_generated/codes.py`, but name `zego_codes._codes` as
    their module: a pickle written by any release loads in any other."""
    import pickle

    from zego_codes import _codes

    for cls in (z.Guidance, z.Category, z.EventCategory, z.ZegoCode, z.ZegoEventCode):
        assert cls.__module__ == "zego_codes._codes"
        assert getattr(_codes, cls.__qualname__) is cls
        for member in cls:
            for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
                data = pickle.dumps(member, protocol)
                assert b"zego_codes._codes" in data
                assert pickle.loads(data) is member
