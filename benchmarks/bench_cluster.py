"""Benchmark the production tier: Varnish in front of two instances on RelStorage.

    python benchmarks/bench_cluster.py               # 10, 100, 1000 profiles
    python benchmarks/bench_cluster.py --sizes 10 --duration 2   # a quick run

For each size the same seeded site as ``bench.py`` (``build_site.py``) is
built in a fresh PostgreSQL database and served as ``make start-cluster``
serves it (tests/support/cluster.py): two Zope instances, Debian's varnishd
with ``deploy/varnish``, plone.app.caching's proxy settings, purging on.
Measured in one run, as ratios where the machine's speed would matter:

1. each page through the proxy (hits) ÷ a static resource through the proxy
   (``wrk``; target ≥ 0.8), also ÷ a static resource of a page's size and
   in bytes per second;
2. the proxy's hit ratio while anonymous visitors read every profile page and
   the guide's variants (varnishstat; target ≥ 95 %);
3. publish → visible: 20 publishes, one every few seconds, while visitors
   read; the seconds from the publish's answer to the first fresh guide page
   (target p99 ≤ 1 s);
4. one instance killed (SIGKILL) under visitors and editors saving through
   the proxy: 5xx only within 5 s of the kill, no lost edit, and the
   restarted instance healthy again in the proxy.

Everything runs on localhost. Results:
``benchmarks/results/bench-cluster-<timestamp>.json``.
"""

from pathlib import Path

import argparse
import json
import os
import shutil
import sys
import tempfile
import time


sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_load import fetch  # noqa: E402
from cluster_load import JSON  # noqa: E402
from cluster_load import wrk  # noqa: E402
from cluster_phases import hit_ratio  # noqa: E402
from cluster_phases import kill_one  # noqa: E402
from cluster_phases import publish_to_visible  # noqa: E402
from collective.frameworkguide.tests.support.cluster import Cluster  # noqa: E402
from collective.frameworkguide.tests.support.cluster import configure_caching  # noqa: E402
from collective.frameworkguide.tests.support.zope_instances import BIN  # noqa: E402
from collective.frameworkguide.tests.support.zope_instances import prepare_database  # noqa: E402
from collective.frameworkguide.tests.support.zope_instances import run  # noqa: E402


HERE = Path(__file__).resolve().parent
STATIC = "Plone/++plone++collective.frameworkguide/frameworkguide.css"
CHOOSER = "use_case=crud&experience=some&admin=yes&own_libraries=no&permissions=no"
# A static resource of a page's size: with every page a hit, bytes decide.
STATIC_LARGE = "Plone/++plone++static/fonts/glyphicons-halflings-regular.ttf"
TARGETS = {
    "S: static resource": (STATIC, {}),
    "S2: static resource, 45 KB": (STATIC_LARGE, {}),
    "@@framework-guide": ("Plone/guide", {}),
    "@@framework-guide?use_case=crud": ("Plone/guide?use_case=crud", {}),
    "@@framework-compare (3)": (
        "Plone/guide/@@framework-compare?"
        + "&".join(f"profiles=framework-{n:04d}" for n in range(3)),
        {},
    ),
    "@@framework-chooser": (f"Plone/guide/@@framework-chooser?{CHOOSER}", {}),
    "@framework-guide (REST)": ("Plone/guide/@framework-guide", JSON),
    "@framework-chooser (REST)": (f"Plone/guide/@framework-chooser?{CHOOSER}", JSON),
    "profile page": ("Plone/guide/framework-0001", {}),
}
DATABASE = "frameworkguide_bench_cluster"


def grow_site(cluster: Cluster, size: int) -> None:
    first = cluster.instances[0]
    run(
        [
            str(BIN / "zconsole"),
            "run",
            str(first.home / "etc" / "zope.conf"),
            str(HERE / "build_site.py"),
            str(size),
        ],
        env=first.environment(),
    )
    configure_caching(first, [cluster.proxy.url])


def throughput(base: str, args) -> list[dict]:
    """Each target ``args.rounds`` times, the targets interleaved, the median
    run kept: the machine's other load moves every target alike."""
    runs = {name: [] for name in TARGETS}
    for name, (path, headers) in TARGETS.items():
        status, _ = fetch(f"{base}/{path}", headers)  # fills the cache
        if status != 200:
            raise RuntimeError(f"{name}: HTTP {status}")
    for _round in range(args.rounds):
        for name, (path, headers) in TARGETS.items():
            url = f"{base}/{path}"
            runs[name].append(wrk(url, headers, args.duration, args.connections))
    rows = []
    for name, found in runs.items():
        found.sort(key=lambda run: run["requests_per_second"])
        rows.append({"name": name, **found[len(found) // 2]})
    static, large = rows[0], rows[1]
    for row in rows:
        row["ratio_to_static"] = round(
            row["requests_per_second"] / static["requests_per_second"], 3
        )
        row["ratio_to_static_large"] = round(
            row["requests_per_second"] / large["requests_per_second"], 3
        )
        row["bytes_ratio_to_static"] = round(
            row["bytes_per_second"] / static["bytes_per_second"], 3
        )
    return rows


def measure_size(size: int, args) -> dict:
    home = args.work / f"size-{size}"
    shutil.rmtree(home, ignore_errors=True)
    cluster = Cluster(home, prepare_database(DATABASE), port=args.port)
    cluster.size = size
    grow_site(cluster, size)
    cluster.start()
    try:
        found = {"size": size, "load_before": os.getloadavg()}
        found["throughput"] = throughput(cluster.proxy.url, args)
        # From a cold cache, then the same load for as long again.
        window = max(30, args.duration * 3)
        found["hits"] = hit_ratio(cluster, window, args.connections)
        found["hits_next"] = hit_ratio(cluster, window, args.connections)
        found["publish_to_visible"] = publish_to_visible(cluster, args.publishes)
        found["kill_one"] = kill_one(cluster)
        found["load_after"] = os.getloadavg()
    finally:
        cluster.stop()
    return found


def print_size(found: dict) -> None:
    print(f"\n{found['size']} profiles (load {found['load_before'][0]:.1f})")
    for row in found["throughput"]:
        print(
            f"  {row['name']:<34} {row['requests_per_second']:>9.0f} req/s "
            f"p99 {row['p99_ms']:>7.1f} ms  ÷S {row['ratio_to_static']:.2f} "
            f"÷S2 {row['ratio_to_static_large']:.2f}  "
            f"bytes/s ÷S {row['bytes_ratio_to_static']:.2f}"
        )
    for label, key in (("cold cache", "hits"), ("next window", "hits_next")):
        hits = found[key]
        print(
            f"  hit ratio, {label}: {hits['hit_ratio']:.2%} ({hits['cache_hit']} "
            f"hits, {hits['cache_miss']} misses, {hits['s_pass']} passes)"
        )
    visible = found["publish_to_visible"]
    print(f"  publish → visible: p50 {visible['p50_s']} s, p99 {visible['p99_s']} s")
    print(f"  one instance killed: {json.dumps(found['kill_one'])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3, help="median of")
    parser.add_argument("--publishes", type=int, default=20)
    parser.add_argument("--port", type=int, default=None, help="default: a free one")
    parser.add_argument("--work", type=Path, default=None, help="default: a temp dir")
    parser.add_argument("--smoke", action="store_true", help="no JSON kept")
    args = parser.parse_args()
    args.work = args.work or Path(tempfile.mkdtemp(prefix="frameworkguide-bench-"))
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 2
    results = []
    try:
        for size in sorted(args.sizes):
            results.append(measure_size(size, args))
            print_size(results[-1])
    finally:
        shutil.rmtree(args.work, ignore_errors=True)
    if not args.smoke:
        out = HERE / "results" / f"bench-cluster-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(json.dumps({"sizes": results, "cpus": os.cpu_count()}, indent=2))
        print(f"results written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
