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


@pytest.mark.parametrize("first", ["_enum_methods", "_codes", "_info", "_errors", "_exceptions", "__main__"])
def test_any_module_may_be_imported_first(first: str) -> None:
    """Whichever module is imported first, the package works."""
    code = f"import zego_codes.{first}; import zego_codes; zego_codes.ZegoCode.SUCCESS.guidance"
    subprocess.run([sys.executable, "-c", code], check=True)


def _runtime_imports(tree: ast.Module) -> set[str]:
    """The package modules a module imports when it runs (anywhere in it, functions too), not
    those imported only for type checkers under `if TYPE_CHECKING:`."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    package = Path(z.__file__).parent
    graph = {
        path.stem: _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))
        for path in package.glob("*.py")
    }
    assert "_codes" in graph and "_enum_methods" in graph

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for dep in graph.get(start, ()):
            if dep == goal or (dep not in seen and reaches(dep, goal, seen | {dep})):
                return True
        return False

    cycles = sorted(m for m in graph if reaches(m, m, {m}))
    assert not cycles, f"modules on an import cycle: {cycles}"
