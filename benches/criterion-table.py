"""Prints criterion's results for the message lookups as one table: median ns per lookup for
each implementation and code mix, and each one's ratio to the catalog.

usage: python3 benches/criterion-table.py target/criterion
"""

import json
import sys
from pathlib import Path

LOOKUPS_PER_ITERATION = 1024  # benches/benches/lookup.rs: N


def main(root: Path) -> None:
    mixes = ["known", "unknown", "mixed"]
    table: dict[str, dict[str, float]] = {}
    for mix in mixes:
        for estimates in sorted((root / f"message_{mix}").glob("*/new/estimates.json")):
            median_ns = json.loads(estimates.read_text())["median"]["point_estimate"]
            table.setdefault(estimates.parent.parent.name, {})[mix] = median_ns / LOOKUPS_PER_ITERATION
    if not table:
        sys.exit(f"no criterion results under {root}/message_*: run the lookup benchmark first")
    print("median ns per message lookup (ratio to the catalog)")
    print(f"  {'lookup':14}" + "".join(f"{mix:>18}" for mix in mixes))
    order = ["catalog"] + sorted(name for name in table if name != "catalog")
    for name in order:
        cells = []
        for mix in mixes:
            ns, base = table[name].get(mix), table.get("catalog", {}).get(mix)
            cells.append(f"{ns:8.2f} ({ns / base:4.1f}x)" if ns and base else f"{'-':>16}")
        print(f"  {name:14}" + "".join(f"{c:>18}" for c in cells))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion"))
