"""The benchmark's console table, for a run or for its saved JSON.

    python benchmarks/report.py benchmarks/results/bench-<timestamp>.json

``bench.py`` prints the table at the end of a run; this script prints it
again from the JSON a run saved (the reference run in ``docs/performance.rst``
was quoted this way).
"""

from types import SimpleNamespace

import json
import sys


def print_table(measures: list, extras: list[dict]) -> None:
    header = (
        f"{'profiles':>8} {'view':<34} {'cold ms':>8} {'req/s':>8} {'p50 ms':>8} "
        f"{'p99 ms':>8} {'÷A':>6} {'÷B':>6} {'÷C':>6} {'p50÷C':>6} {'bytes':>9}"
    )
    print(header)
    print("-" * len(header))
    for m in measures:
        print(
            f"{m.size:>8} {m.name:<34} {m.cold_ms:>8.1f} {m.requests_per_second:>8.1f} "
            f"{m.p50_ms:>8.1f} {m.p99_ms:>8.1f} "
            f"{m.ratio_to_a:>6.2f} {m.ratio_to_b:>6.2f} {m.ratio_to_c:>6.2f} "
            f"{m.p50_to_c:>6.2f} {m.bytes:>9}"
        )
    for extra in extras:
        print(
            f"{extra['size']:>8} profiles: peak RSS {extra['peak_rss_mib']} MiB, "
            f"Data.fs {extra['datafs_bytes_per_profile']} bytes per profile"
        )
    print_growth(measures)


def print_growth(measures: list) -> None:
    """How each view's p50 grows with the number of profiles (10 → 100 → 1000)."""
    sizes = sorted({m.size for m in measures})
    if len(sizes) < 2:
        return
    print(f"\np50 growth from {sizes[0]} profiles ({' → '.join(map(str, sizes))}):")
    names = [m.name for m in measures if m.size == sizes[0]]
    for name in names:
        p50 = {m.size: m.p50_ms for m in measures if m.name == name}
        base = p50.get(sizes[0]) or 1.0
        steps = " → ".join(f"{p50.get(size, 0) / base:.2f}×" for size in sizes)
        print(f"  {name:<34} {steps}")


def main(path: str) -> None:
    with open(path) as results:
        run = json.load(results)
    measures = [SimpleNamespace(**m) for m in run["measures"]]
    print_table(measures, run["sites"])


if __name__ == "__main__":
    main(sys.argv[1])
