#!/usr/bin/env python3
"""The test of tools/lint-tests.py, run by `make lint`: the tree as committed passes, and a
gap, a date, a count or a text of today's data planted in a copy of a real test fails it,
named by file, line and reason (LINT_TESTS_SHOW=1 prints what the lint said of each). What is planted is read from the data (the lint's own
reader), so this test names no fact of today's data either."""

import contextlib
import importlib.util
import io
import os
import shutil
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("lint_tests", os.path.join(HERE, "lint-tests.py"))
lint = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lint)
DATA = lint.Data(ROOT)


def a_gap():
    """A number next to the highest 4-digit code any product holds, which none holds."""
    held = max(k for k in DATA.codes if 1000 <= k <= 9999)
    return next(n for n in range(held + 1, held + lint.NEAR) if DATA.is_gap(n))


def a_date():
    return min(d for d in DATA.dates if lint.DATE_RE.fullmatch(d))


def a_text():
    return min((t for t in DATA.texts if t.isascii() and '"' not in t and "\\" not in t and "\n" not in t), key=len)


def show(out):
    """What the lint printed for a planted file, with LINT_TESTS_SHOW=1."""
    if os.environ.get("LINT_TESTS_SHOW"):
        print("\n" + out.rstrip())


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = lint.main(["--root", ROOT, *args])
    return status, out.getvalue() + err.getvalue()


class Planted(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="lint-tests-")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def plant(self, rel, lines, anchor=None):
        """A copy of the real test `rel` with `lines` inserted before the line holding
        `anchor` (or at the end); returns the copy's path and the first planted line."""
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            text = f.read().split("\n")
        at = len(text) if anchor is None else next(i for i, l in enumerate(text) if anchor in l)
        text[at:at] = lines
        path = os.path.join(self.tmp, os.path.basename(rel))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(text))
        return path, at + 1

    def fails_naming(self, path, line, words):
        status, out = run(path)
        show(out)
        self.assertEqual(status, 1, out)
        self.assertIn("%s:%d: " % (path, line), out)
        self.assertIn(words, out)

    def test_the_tree_passes(self):
        status, out = run()
        self.assertEqual(status, 0, out)

    def test_a_gap_in_rust(self):
        path, line = self.plant(
            "tests/api.rs",
            ["#[test]", "fn planted() {", "    assert!(!EventCode::new(%d).is_known());" % a_gap(), "}"],
        )
        self.fails_naming(path, line + 2, "%d looks like a code no product's data holds" % a_gap())

    def test_a_gap_with_underscores_in_rust(self):
        held = max(k for k in DATA.codes if k >= 100_000_000)
        gap = next(n for n in range(held + 1, held + lint.NEAR) if DATA.is_gap(n))
        digits = str(gap)
        spelled = "_".join([digits[:-6], digits[-6:-3], digits[-3:]])
        path, line = self.plant("tests/api.rs", ["fn planted() { assert!(!Code::new(%s).is_known()); }" % spelled])
        self.fails_naming(path, line, "%d looks like a code" % gap)

    def test_a_gap_in_every_language(self):
        g = a_gap()
        for rel, lines in [
            ("python/tests/test_catalog.py", ["def test_planted() -> None:", "    assert not z.lookup_event(%d).known" % g]),
            ("go/check_test.go", ["func TestPlanted(t *testing.T) {", "\tif EventCode(%d).Known() {" % g, "\t\tt.Fatal()", "\t}", "}"]),
            ("node/test/edge.test.mjs", ["test('planted', () => { assert.equal(lookupEvent(%d).known, false); });" % g]),
            ("ffi/tests/test_codes.c", ["static void planted(void) { CHECK(!zego_event_is_known(%du), \"x\"); }" % g]),
            ("java/src/test/java/zegocodes/test/EdgeTest.java", ["class Planted { void planted() { assertFalse(ZegoCodes.isKnownEvent(%dL)); } }" % g]),
            ("tests/golden/event-en.txt", None),
        ]:
            with self.subTest(rel):
                if lines is None:  # a golden case: its arguments
                    path, line = self.plant(rel, ["args: --lang en event %d" % g], anchor="args:")
                    with open(path, encoding="utf-8") as f:
                        body = f.read().split("\n")
                    del body[line]  # the case's own args line, now below the planted one
                    with open(path, "w", encoding="utf-8") as f:
                        f.write("\n".join(body))
                else:
                    path, line = self.plant(rel, lines)
                planted = line + next(i for i, l in enumerate(lines or ["%d" % g]) if str(g) in l)
                self.fails_naming(path, planted, "%d looks like a code" % g)

    def test_a_gap_inside_a_string(self):
        path, line = self.plant("cli/tests/cli.rs", ['fn planted() { run(&["--lang", "en", "event", "%d"]); }' % a_gap()])
        self.fails_naming(path, line, "%d looks like a code" % a_gap())

    def test_a_date(self):
        path, line = self.plant("tests/api.rs", ['fn planted() { assert_eq!(Code::new(0).since(), Some("%s")); }' % a_date()])
        self.fails_naming(path, line, "the date %s" % a_date())

    def test_a_date_in_python(self):
        path, line = self.plant("python/tests/test_catalog.py", ["def test_planted() -> None:", "    assert z.since(0) == '%s'" % a_date()])
        self.fails_naming(path, line + 1, "the date %s" % a_date())

    def test_a_count(self):
        n = sum(1 for _ in DATA.codes)
        for rel, lines, at in [
            ("tests/api.rs", ["fn planted() {", "    assert_eq!(", "        Code::all().count(),", "        %d" % n, "    );", "}"], 1),
            ("python/tests/test_catalog.py", ["def test_planted() -> None:", "    assert len(list(z.ZegoCode)) == %d" % n], 1),
            ("go/check_test.go", ["func TestPlanted(t *testing.T) {", "\tif n := len(AllCodes()); n != %d {" % n, "\t\tt.Fatal(n)", "\t}", "}"], 1),
            ("node/test/edge.test.mjs", ["test('planted', () => { assert.equal(allCodes().length, %d); });" % n], 0),
            ("java/src/test/java/zegocodes/test/CatalogTest.java", ["class Planted { void p() { assertEquals(%d, ZegoCode.values().length); } }" % n], 0),
        ]:
            with self.subTest(rel):
                path, line = self.plant(rel, lines)
                self.fails_naming(path, line + at, "compares a count to %d" % n)

    def test_a_text(self):
        text = a_text()
        path, line = self.plant("tests/api.rs", ['fn planted() { assert_eq!(Code::new(0).message(Lang::En), "%s"); }' % text])
        self.fails_naming(path, line, "a text of today's data")
        path, line = self.plant("python/tests/test_catalog.py", ["def test_planted() -> None:", "    assert z.message(0, 'en') == '%s'" % text])
        self.fails_naming(path, line + 1, "a text of today's data")

    def test_a_planted_gap_fails_the_tree(self):
        """The lint as `make lint` runs it, on a copy of the tree with tests/api.rs planted."""
        for d in ("data", "src"):
            os.symlink(os.path.join(ROOT, d), os.path.join(self.tmp, d))
        for d in ("tests", "python/tests"):
            shutil.copytree(os.path.join(ROOT, d), os.path.join(self.tmp, d), ignore=shutil.ignore_patterns("__pycache__"))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            self.assertEqual(lint.main(["--root", self.tmp]), 0, out.getvalue())
        api = os.path.join(self.tmp, "tests", "api.rs")
        with open(api, encoding="utf-8") as f:
            lines = f.read().split("\n")
        lines += ["#[test]", "fn planted() {", "    assert!(!EventCode::new(%d).is_known());" % a_gap(), "}"]
        with open(api, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            self.assertEqual(lint.main(["--root", self.tmp]), 1)
        show(out.getvalue() + err.getvalue())
        self.assertIn("tests/api.rs:%d: %d looks like a code" % (len(lines) - 1, a_gap()), out.getvalue())

    def test_an_allow_comment_with_its_reason_passes(self):
        path, _ = self.plant("tests/api.rs", ["// lint-tests: a planted exception, to show the allow comment", "const PLANTED: u32 = %d;" % a_gap()])
        status, out = run(path)
        self.assertEqual(status, 0, out)
        path, _ = self.plant("tests/api.rs", ["const PLANTED: u32 = %d; // lint-tests: a planted exception" % a_gap()])
        self.assertEqual(run(path)[0], 0)

    def test_what_is_not_a_fact_passes(self):
        """Known codes, the core's range bounds, small numbers, counts of 0 and 1, bounds,
        years, powers of two, digit strings with a leading zero."""
        known = max(DATA.codes)
        path, _ = self.plant(
            "tests/api.rs",
            [
                "fn planted() {",
                "    assert!(Code::new(%d).is_known() || EventCode::new(%d).is_known());" % (known, known),
                "    assert!(!Code::new(410_999_999).is_known() && EventCode::new(2399).category() == EventCategory::Tts);",
                "    assert_eq!(v.len(), 1);",
                "    assert!(v.len() >= 2);",
                "    let buf = [0u8; 1024];",
                '    run(&["search", "0%d"]);' % a_gap(),
                '    let edition = "2021";',
                "}",
            ],
        )
        status, out = run(path)
        self.assertEqual(status, 0, out)


if __name__ == "__main__":
    unittest.main(verbosity=1)
