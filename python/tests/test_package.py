"""The installed wheel: what it contains and what it exports."""

from __future__ import annotations

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


@pytest.mark.parametrize("first", ["_enum_methods", "_codes", "_info", "_errors", "__main__"])
def test_any_module_may_be_imported_first(first: str) -> None:
    """The enums and their bases import each other; neither order may fail."""
    code = f"import zego_codes.{first}; import zego_codes; zego_codes.ZegoCode.SUCCESS.guidance"
    subprocess.run([sys.executable, "-c", code], check=True)
