"""Benchmark the guide's views against stock Plone views in the same run.

    python benchmarks/bench.py                 # 10, 100, 1000 profiles (make bench)
    python benchmarks/bench.py --sizes 10 --duration 2 --smoke   # CI-sized run

For each size the site is grown (seeded data), a Zope WSGI server (waitress,
4 threads, not in debug mode) is started on 127.0.0.1 and every URL is hit
with ``wrk`` (Debian's package; 2 threads, 8 connections): once cold (the
first request after start) and then warm. Baselines: A = ``@@ok`` (the
publishing floor), B = stock ``tabular_view`` of a folder with as many
Documents as profiles, C = a stock Document of similar text size. Results
are printed as a table with ratios to A and B and written to
``benchmarks/results/bench-<timestamp>.json``.
"""

from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path

import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import print_table  # noqa: E402


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = ROOT / ".venv" / "bin"
EDITOR_AUTH = "Basic " + base64.b64encode(b"editor:editor-password").decode()
MANAGER_AUTH = "Basic " + base64.b64encode(b"bench-manager:manager-password").decode()
CACHING_ENABLED = "plone.caching.interfaces.ICacheSettings.enabled"
JSON = {"Accept": "application/json"}


@dataclass
class Target:
    name: str
    path: str
    headers: dict
    editor: bool = False


@dataclass
class Measure:
    size: int
    name: str
    cold_ms: float
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    bytes: int
    ratio_to_a: float = 0.0
    ratio_to_b: float = 0.0
    ratio_to_c: float = 0.0
    p50_to_c: float = 0.0


def targets(size: int) -> list[Target]:
    three = "&".join(f"profiles=framework-{n:04d}" for n in range(3))
    chooser = "use_case=crud&experience=some&admin=yes&own_libraries=no&permissions=no"
    found = [
        Target("A: @@ok", "Plone/@@ok", {}),
        Target("B: tabular_view", "Plone/baseline/listing/documents/tabular_view", {}),
        Target("C: Document", "Plone/page", {}),
        Target("front page", "Plone", {}),
        Target("front page, no guide", "Bare", {}),
        Target("@@framework-guide", "Plone/guide", {}),
        Target("@@framework-guide?use_case=crud", "Plone/guide?use_case=crud", {}),
        Target(
            "@@framework-compare (3)", f"Plone/guide/@@framework-compare?{three}", {}
        ),
        Target("@@framework-chooser", f"Plone/guide/@@framework-chooser?{chooser}", {}),
        Target("@framework-guide (REST)", "Plone/guide/@framework-guide", JSON),
        Target("profile page", "Plone/guide/framework-0001", {}),
        Target("@@framework-guide (editor)", "Plone/guide", {}, editor=True),
        Target("profile page (editor)", "Plone/guide/framework-0001", {}, editor=True),
    ]
    return found


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, text=True, **kwargs)


def make_instance(home: Path, port: int) -> None:
    run(
        [
            str(BIN / "python"),
            str(ROOT / "scripts" / "make_instance.py"),
            str(home),
            "--listen",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
    )


def grow_site(home: Path, size: int) -> int:
    result = run(
        [
            str(BIN / "zconsole"),
            "run",
            str(home / "etc" / "zope.conf"),
            str(HERE / "build_site.py"),
            str(size),
        ],
        capture_output=True,
    )
    match = re.search(r"DATAFS_BYTES_PER_PROFILE=(\d+)", result.stdout)
    return int(match.group(1)) if match else 0


def start_server(home: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(BIN / "runwsgi"), str(home / "etc" / "zope.ini")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise RuntimeError("the benchmark server did not start")


def fetch(url: str, headers: dict) -> tuple[float, int, int, dict]:
    """One request: (milliseconds, status, body bytes, lower-cased headers)."""
    request = urllib.request.Request(url, headers=headers)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
            status, answer = response.status, response.headers
    except urllib.error.HTTPError as error:
        body, status, answer = error.read(), error.code, error.headers
    headers = {key.lower(): value for key, value in answer.items()}
    return (time.perf_counter() - start) * 1000, status, len(body), headers


def set_caching(port: int, enabled: bool) -> None:
    """Switch plone.app.caching on or off through plone.restapi's @registry."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/Plone/@registry",
        data=json.dumps({CACHING_ENABLED: enabled}).encode(),
        method="PATCH",
        headers={
            "Accept": "application/json",
            "Content-Type": "application/json",
            "Authorization": MANAGER_AUTH,
        },
    )
    urllib.request.urlopen(request, timeout=60).read()


def wrk(url: str, headers: dict, duration: int, connections: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    for key, value in headers.items():
        command += ["-H", f"{key}: {value}"]
    output = run(command + [url], capture_output=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)

    def percentile(label: str) -> float:
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return {
        "requests_per_second": rps,
        "p50_ms": percentile("50"),
        "p99_ms": percentile("99"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
    }


def peak_rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


def measure(port, size, target, duration, connections) -> Measure:
    url = f"http://127.0.0.1:{port}/{target.path}"
    headers = dict(target.headers)
    if target.editor:
        headers["Authorization"] = EDITOR_AUTH
    cold_ms, status, size_bytes, _ = fetch(url, headers)
    if status >= 400:
        raise RuntimeError(f"{target.name}: HTTP {status} for {url}")
    warm = wrk(url, headers, duration, connections)
    return Measure(size, target.name, round(cold_ms, 1), bytes=size_bytes, **warm)


def cached_targets(port: int) -> list[Target]:
    """The guide with plone.app.caching on: RAM-cache hits and 304 answers."""
    _, _, _, answer = fetch(f"http://127.0.0.1:{port}/Plone/guide", {})
    etag = answer.get("etag", "")
    if not etag:
        raise RuntimeError("caching is on but the guide answered without an ETag")
    return [
        Target("@@framework-guide, cached (RAM)", "Plone/guide", {}),
        Target(
            "@@framework-guide, cached (304)", "Plone/guide", {"If-None-Match": etag}
        ),
        Target("profile page, cached (RAM)", "Plone/guide/framework-0001", {}),
    ]


def add_ratios(measures: list[Measure]) -> None:
    by_name = {m.name: m for m in measures}
    a, b, c = (by_name[name] for name in ("A: @@ok", "B: tabular_view", "C: Document"))
    for m in measures:
        m.ratio_to_a = round(m.requests_per_second / a.requests_per_second, 3)
        m.ratio_to_b = round(m.requests_per_second / b.requests_per_second, 3)
        m.ratio_to_c = round(m.requests_per_second / c.requests_per_second, 3)
        m.p50_to_c = round(m.p50_ms / c.p50_ms, 3) if c.p50_ms else 0.0


def measure_size(home, port, size, duration, connections) -> tuple[list[Measure], dict]:
    per_profile = grow_site(home, size)
    server = start_server(home, port)
    try:
        measures = [
            measure(port, size, target, duration, connections)
            for target in targets(size)
        ]
        set_caching(port, True)
        try:
            measures += [
                measure(port, size, target, duration, connections)
                for target in cached_targets(port)
            ]
        finally:
            set_caching(port, False)
        rss = peak_rss_mib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=60)
    add_ratios(measures)
    return measures, {
        "size": size,
        "peak_rss_mib": round(rss, 1),
        "datafs_bytes_per_profile": per_profile,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--work", type=Path, default=HERE / "work")
    parser.add_argument("--smoke", action="store_true", help="CI-sized: no JSON kept")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 2
    shutil.rmtree(args.work, ignore_errors=True)
    make_instance(args.work, args.port)
    measures, extras = [], []
    for size in sorted(args.sizes):
        found, extra = measure_size(
            args.work, args.port, size, args.duration, args.connections
        )
        measures += found
        extras.append(extra)
    print_table(measures, extras)
    if not args.smoke:
        out = HERE / "results" / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(
            json.dumps(
                {
                    "measures": [asdict(m) for m in measures],
                    "sites": extras,
                    "cpus": os.cpu_count(),
                },
                indent=2,
            )
        )
        print(f"results written to {out}")
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
