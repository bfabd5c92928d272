#!/usr/bin/env python3
"""The test of tests/docs/examples.py, run by `make lint`: the tree as committed passes, and an
example planted in a copy of the tree fails it, named by document, line and heading, as do an
unrun example given only a kind, a claim by a test that never names its document, and a
registry entry whose block is gone."""

import contextlib
import importlib.util
import io
import os
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
spec = importlib.util.spec_from_file_location("examples", os.path.join(HERE, "examples.py"))
examples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(examples)


def run(root):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = examples.main(["--root", root])
    return status, out.getvalue()


class Planted(unittest.TestCase):
    def setUp(self):
        """A copy of the documents and the registry, as a git tree of its own (the documents are
        the files git tracks)."""
        self.tmp = tempfile.mkdtemp(prefix="examples-")
        for rel in examples.md.documents(ROOT) + [examples.REGISTRY]:
            os.makedirs(os.path.join(self.tmp, os.path.dirname(rel)), exist_ok=True)
            shutil.copy(os.path.join(ROOT, rel), os.path.join(self.tmp, rel))
        self.tests = set()
        with open(os.path.join(ROOT, examples.REGISTRY), "rb") as f:
            for e in examples.tomllib.load(f)["block"]:
                t = e.get("test", [])
                self.tests.update([t] if isinstance(t, str) else t)
        for rel in self.tests:
            os.makedirs(os.path.join(self.tmp, os.path.dirname(rel)), exist_ok=True)
            shutil.copy(os.path.join(ROOT, rel), os.path.join(self.tmp, rel))
        subprocess.run(["git", "init", "-q"], cwd=self.tmp, check=True)
        subprocess.run(["git", "add", "."], cwd=self.tmp, check=True)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def edit(self, rel, old, new, count=1):
        path = os.path.join(self.tmp, rel)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, count))

    def test_the_tree_passes(self):
        status, out = run(ROOT)
        self.assertEqual(status, 0, out)

    def test_a_planted_example_fails(self):
        self.edit("python/README.md", "## Bad input\n", "## Bad input\n\n```python\nimport zego_codes\n```\n")
        status, out = run(self.tmp)
        self.assertEqual(status, 1, out)
        self.assertIn("python/README.md:", out)
        self.assertIn("a python block no test claims", out)
        self.assertIn("'## Bad input'", out)

    def test_an_example_cannot_be_classified_away(self):
        self.edit(examples.REGISTRY, 'test = ["python/tests/test_products.py"]', 'kind = "output"\nwhy = "planted"')
        status, out = run(self.tmp)
        self.assertEqual(status, 1, out)
        self.assertIn("a python example must name the test that runs it", out)

    def test_a_command_in_a_shell_block_must_be_run(self):
        self.edit("ffi/README.md", "make ffi          #", "zego-codes 3\nmake ffi          #")
        status, out = run(self.tmp)
        self.assertEqual(status, 1, out)
        self.assertIn("a sh example must name the test that runs it", out)

    def test_a_test_must_name_its_document(self):
        self.edit("python/tests/test_products.py", "README.md", "OTHER.md", count=-1)
        status, out = run(self.tmp)
        self.assertEqual(status, 1, out)
        self.assertIn("never names python/README.md", out)

    def test_a_stale_entry_fails(self):
        self.edit("RELEASING.md", "## The CHANGELOG entry", "## The entry")
        status, out = run(self.tmp)
        self.assertEqual(status, 1, out)
        self.assertIn("names no block", out)


if __name__ == "__main__":
    unittest.main(verbosity=1)
