"""The installed wheel: what it contains and what it exports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_import_does_not_load_typing_or_json() -> None:
    code = "import sys, zego_codes; print(sorted(m for m in ('typing', 'json') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_panics_never_reach_python_as_base_exceptions() -> None:
    # Every failure path raises an Exception subclass (pyo3's PanicException is a BaseException).
    for bad in (None, -1, "x"):
        try:
            z.message(bad)  # type: ignore[arg-type]
        except Exception:
            pass
