"""Many threads calling at once get the answers one thread gets."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import zego_codes as z

# Edge numbers, then every AI Agent code the catalog holds and the number after each (known or
# not): taken from the catalog, so an update changes the sample, never the test.
CODES = [0, 1, 100000004, 410001002, 410000011, 410009999, 2**32 - 1]
CODES += sorted({n for c in z.ZegoCode for n in (c.value, c.value + 1)})


def work(seed: int) -> list[object]:
    out: list[object] = []
    for i in range(300):
        code = CODES[(seed + i) % len(CODES)]
        out.append((z.message(code), z.message(code, "en"), z.suggestion(code, "en"), z.name(code)))
        out.append((z.lookup(code), z.guidance(code), z.is_retryable(code)))
        try:
            z.raise_for_code(code)
        except z.ZegoError as e:
            out.append((type(e), e.code))
        try:
            z.message(-seed - 1)
        except OverflowError:
            out.append("overflow")
    return out


def test_many_threads_agree_with_one() -> None:
    expected = {seed: work(seed) for seed in range(16)}
    start = threading.Barrier(16)

    def run(seed: int) -> list[object]:
        start.wait()
        return work(seed)

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = dict(zip(range(16), pool.map(run, range(16))))
    assert results == expected
