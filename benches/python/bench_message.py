"""What a lookup costs next to `dict.get` on a dict of the same table, side by side in one run.

    python bench_message.py [--quick] [LIBDIR]              timeit medians, ns per call
    python bench_message.py --callgrind [--quick] [LIBDIR]  instructions per call (valgrind)
    python bench_message.py --startup                       import time and peak RSS

LIBDIR holds libzego_codes.so (`make ffi`); with it, ctypes calling the C library is measured
too. Figures only: nothing here asserts a speed. Instruction counts are exact and repeatable,
unlike wall time on a shared machine; `--quick` runs each case briefly, so `make test` keeps
this script working.
"""

from __future__ import annotations

import ctypes
import http
import os
import re
import statistics
import subprocess
import sys
import timeit

import zego_codes as z

CODE = 410001002
# An unknown code in the business range, which the dict does not hold either.
UNKNOWN = 410009999
# A caller's mix: three known codes, then an unknown one.
KNOWN = (100000004, 410001002, 410001031)
TABLE = {c.value: c.message for c in z.ZegoCode}

# label -> one statement looking up CODE, run in NAMESPACE.
CASES: dict[str, str] = {
    "dict.get(code)": "get(CODE)",
    "message(code)": "message(CODE)",
    "dict.get(unknown)": "get(UNKNOWN)",
    "message(unknown)": "message(UNKNOWN)",
    "dict.get, 1 unknown in 4": "get(K1); get(K2); get(K3); get(UNKNOWN)",
    "message, 1 unknown in 4": "message(K1); message(K2); message(K3); message(UNKNOWN)",
    "message(code, 'en')": "message(CODE, 'en')",
    "message(code, lang='en')": "message(CODE, lang='en')",
    "name(code)": "name(CODE)",
    "is_retryable(code)": "is_retryable(CODE)",
    "lookup(code)": "lookup(CODE)",
    "lookup(unknown)": "lookup(UNKNOWN)",
    "lookup(code, Product.ASR)": "lookup(CODE, asr)",
    "lookup(code, product=Product.ASR)": "lookup(CODE, product=asr)",
    "lookup(code, 'asr')": "lookup(CODE, 'asr')",
    "lookup(unknown, Product.ASR)": "lookup(UNKNOWN, asr)",
    "lookup(code, rtc, section=...)": "lookup(RTC_CODE, rtc, section=media_files)",
    "ZegoCode.from_code(code)": "from_code(CODE)",
    "ZegoCode(code)": "ZegoCode(CODE)",
    "ZegoCode(code).message": "ZegoCode(CODE).message",
    "ZegoCode member .message": "member.message",
    "HTTPStatus(404).phrase": "HTTPStatus(404).phrase",
}

NAMESPACE: dict[str, object] = {
    "get": TABLE.get,
    "message": z.message,
    "name": z.name,
    "is_retryable": z.is_retryable,
    "lookup": z.lookup,
    "asr": z.Product.ASR,
    "rtc": z.Product.RTC,
    "media_files": z.Section.RTC_MEDIA_FILES,
    "RTC_CODE": 41003,
    "from_code": z.ZegoCode.from_code,
    "ZegoCode": z.ZegoCode,
    "member": z.ZegoCode.AGENT_INSTANCE_NOT_FOUND,
    "HTTPStatus": http.HTTPStatus,
    "CODE": CODE,
    "UNKNOWN": UNKNOWN,
    "K1": KNOWN[0],
    "K2": KNOWN[1],
    "K3": KNOWN[2],
}

# Statements that make several calls; figures are per call.
CALLS = {label: stmt.count(";") + 1 for label, stmt in CASES.items()}

# A product lookup is also compared with AI Agent's lookup of the same kind of code.
def ai_agent_baseline(label: str) -> str | None:
    if not label.startswith("lookup(") or label in ("lookup(code)", "lookup(unknown)"):
        return None
    return "lookup(unknown)" if "unknown" in label else "lookup(code)"


def versus_ai_agent(label: str, costs: dict[str, float]) -> str:
    base = ai_agent_baseline(label)
    if base is None or base not in costs:
        return ""
    return f"   {costs[label] / costs[base]:5.2f}x {base}"


# What each case is compared with: the dict.get of the same codes.
def baseline(label: str) -> str:
    if "unknown in 4" in label:
        return "dict.get, 1 unknown in 4"
    if "unknown" in label:
        return "dict.get(unknown)"
    return "dict.get(code)"


def add_ctypes(libdir: str | None) -> None:
    """ctypes calling zego_code_message in the shared library, decoding the result."""
    if libdir is None:
        return
    lib = ctypes.CDLL(os.path.join(libdir, "libzego_codes.so"))
    fn = lib.zego_code_message
    fn.restype = ctypes.c_char_p
    fn.argtypes = [ctypes.c_uint32]
    NAMESPACE["c_message"] = fn
    CASES["ctypes zego_code_message"] = "c_message(CODE).decode()"


def wall(quick: bool) -> None:
    number, repeat = (2_000, 3) if quick else (200_000, 15)
    print(f"timeit, median of {repeat} runs of {number:,} calls, ns per call")
    costs: dict[str, float] = {}
    for label, stmt in CASES.items():
        runs = timeit.repeat(stmt, globals=NAMESPACE, number=number, repeat=repeat)
        ns = costs[label] = statistics.median(runs) / number * 1e9 / CALLS.get(label, 1)
        base = costs.get(baseline(label), ns)
        print(f"  {label:36} {ns:8.1f} ns   {ns / base:5.2f}x {baseline(label)}{versus_ai_agent(label, costs)}")


def loop(label: str, count: int) -> None:
    # A function whose names are all locals, so the loop around the call costs the same
    # few instructions for every case and the empty loop measures it.
    params = ", ".join(NAMESPACE)
    source = f"def run({params}):\n    for _ in range({count}):\n        {CASES.get(label, 'pass')}\n"
    scope: dict[str, object] = {}
    exec(compile(source, "<bench>", "exec"), scope)
    scope["run"](**NAMESPACE)  # type: ignore[operator]


def instructions(label: str, count: int, libdir: str | None) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__, "--loop", label, str(count)]
    # A fixed hash seed, so dict and str hashing take the same path in every run.
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run(cmd + ([libdir] if libdir else []), capture_output=True, text=True, check=True, env=env)
    match = re.search(r"Collected : (\d+)", proc.stderr)
    if match is None:
        raise RuntimeError(proc.stderr)
    return int(match.group(1))


def callgrind(quick: bool, libdir: str | None) -> None:
    low, high = (200, 1_200) if quick else (20_000, 120_000)
    print(f"valgrind --tool=callgrind, instructions per call (difference of {low:,} and {high:,} calls)")

    def per_call(label: str) -> float:
        return (instructions(label, high, libdir) - instructions(label, low, libdir)) / (high - low)

    empty = per_call("empty loop")
    print(f"  {'empty loop':36} {empty:8.0f}   (subtracted below)")
    costs: dict[str, float] = {}
    # Each case costs two interpreter starts under valgrind: a quick run measures one case.
    for label in ["message(code)", "lookup(code, Product.ASR)"] if quick else CASES:
        calls = CALLS.get(label, 1)
        cost = costs[label] = (per_call(label) - empty) / calls
        base = costs.get(baseline(label), cost)
        print(f"  {label:36} {cost:8.0f}   {cost / base:5.2f}x {baseline(label)}{versus_ai_agent(label, costs)}")


def startup() -> None:
    """`import zego_codes` time from -X importtime, and peak RSS against a bare interpreter."""

    def import_us() -> int:
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import zego_codes"], capture_output=True, text=True, check=True)
        line = next(l for l in proc.stderr.splitlines() if l.rstrip().endswith("| zego_codes"))
        return int(line.split("|")[1])

    def max_rss_kib(code: str) -> int:
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forked parent.
        probe = f"{code}\nprint(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
        return int(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)

    times = sorted(import_us() for _ in range(9))
    print(f"  import zego_codes (-X importtime, cumulative)   median {times[4] / 1000:.2f} ms, min {times[0] / 1000:.2f} ms")
    bare = statistics.median(max_rss_kib("pass") for _ in range(5))
    loaded = statistics.median(max_rss_kib("import zego_codes") for _ in range(5))
    used = statistics.median(max_rss_kib("import zego_codes\nzego_codes.ZegoCode.SUCCESS.message") for _ in range(5))
    print(f"  peak RSS: bare python {bare / 1024:.1f} MiB, after import {loaded / 1024:.1f} MiB "
          f"(+{(loaded - bare) / 1024:.2f}), after first enum use {used / 1024:.1f} MiB (+{(used - bare) / 1024:.2f})")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--loop"]:
        add_ctypes(argv[3] if len(argv) > 3 else None)
        loop(argv[1], int(argv[2]))
        return
    if argv[:1] == ["--startup"]:
        startup()
        return
    quick = "--quick" in argv
    rest = [a for a in argv if a not in ("--quick", "--callgrind")]
    libdir = rest[0] if rest else None
    add_ctypes(libdir)
    if "--callgrind" in argv:
        callgrind(quick, libdir)
    else:
        wall(quick)


if __name__ == "__main__":
    main(sys.argv[1:])
