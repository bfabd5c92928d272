"""What a lookup costs next to `dict.get`: `python bench_message.py` prints timeit medians;
`python bench_message.py --callgrind` prints instructions per call, counted by valgrind
(exact and repeatable, unlike wall time). Figures only: nothing here asserts a speed."""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import timeit

import zego_codes as z

CODE = 410001002
TABLE = {c.value: c.message for c in z.ZegoCode}
BY_NAME = {"name": z.name}

# name -> (statement, setup namespace); each runs one lookup of CODE.
CASES: dict[str, str] = {
    "dict.get(code)": "get(CODE)",
    "message(code)": "message(CODE)",
    "message(code, 'en')": "message(CODE, 'en')",
    "message(code, lang='en')": "message(CODE, lang='en')",
    "name(code)": "name(CODE)",
    "is_retryable(code)": "is_retryable(CODE)",
    "ZegoCode.from_code(code)": "from_code(CODE)",
    "ZegoCode(code)": "ZegoCode(CODE)",
    "lookup(code)": "lookup(CODE)",
    "ZegoCode member .message": "member.message",
}

NAMESPACE = {
    "get": TABLE.get,
    "message": z.message,
    "name": z.name,
    "is_retryable": z.is_retryable,
    "from_code": z.ZegoCode.from_code,
    "ZegoCode": z.ZegoCode,
    "lookup": z.lookup,
    "member": z.ZegoCode.AGENT_INSTANCE_NOT_FOUND,
    "CODE": CODE,
}


def wall() -> None:
    number = 200_000
    print(f"timeit, median of 15 runs of {number:,} calls, ns per call")
    base = None
    for label, stmt in CASES.items():
        runs = timeit.repeat(stmt, globals=NAMESPACE, number=number, repeat=15)
        ns = statistics.median(runs) / number * 1e9
        base = base or ns
        print(f"  {label:28} {ns:8.1f} ns   {ns / base:5.2f}x dict.get")


def loop(label: str, count: int) -> None:
    # A function whose names are all locals, so the loop around the call costs the same
    # few instructions for every case and the empty loop measures it.
    params = ", ".join(NAMESPACE)
    source = f"def run({params}):\n    for _ in range({count}):\n        {CASES.get(label, 'pass')}\n"
    scope: dict[str, object] = {}
    exec(compile(source, "<bench>", "exec"), scope)
    scope["run"](**NAMESPACE)  # type: ignore[operator]


def instructions(label: str, count: int) -> int:
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__, "--loop", label, str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    match = re.search(r"Collected : (\d+)", proc.stderr)
    if match is None:
        raise RuntimeError(proc.stderr)
    return int(match.group(1))


def callgrind() -> None:
    low, high = 20_000, 120_000
    print(f"valgrind --tool=callgrind, instructions per call (difference of {low:,} and {high:,} calls)")
    def per_call(label: str) -> float:
        return (instructions(label, high) - instructions(label, low)) / (high - low)

    empty = per_call("empty loop")
    print(f"  {'empty loop':28} {empty:8.0f}   (subtracted below)")
    base = None
    for label in CASES:
        cost = per_call(label) - empty
        base = base or cost
        print(f"  {label:28} {cost:8.0f}   {cost / base:5.2f}x dict.get")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--loop"]:
        loop(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1:2] == ["--callgrind"]:
        callgrind()
    else:
        wall()
