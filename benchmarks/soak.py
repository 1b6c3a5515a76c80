"""Soak: visitors read and editors write against one Plone instance, for a while.

    .venv/bin/python benchmarks/soak.py              # own instance, 120 s, 16 conns
    .venv/bin/python benchmarks/soak.py --duration 30 --connections 8
    .venv/bin/python benchmarks/soak.py --url http://localhost:8080/Plone \\
        --admin admin:admin                         # a running site (make start)
    make soak SOAK_ARGS="--duration 60"

Without ``--url`` it makes a throwaway instance (FileStorage in a temporary
folder, 4 waitress threads as ``make start``), serves it on a free loopback
port and removes it afterwards. Through the REST API it then creates users, a
published guide with published profiles for the visitors, and one draft
profile per editor, and requests each kind of page once (a warm-up).
Visitors (anonymous) read the guide page, profile pages and a profile as
JSON; each editor saves its own profile through the edit form over and over,
adding one line to "Example projects" per save.

Bounded: every connection stops at ``--duration`` seconds or
``--max-requests``, each request times out after 30 s; loopback addresses
only. At the end every editor's profile must hold every line it saved (a
lost write otherwise). Prints latency percentiles per kind of request; exits
1 when any request failed (5xx, connection error, refused save) or a write was
lost. Writes ``benchmarks/results/soak.json`` (``--json``).
"""

from collective.frameworkguide.tests.support.http_editing import EditorClient
from collective.frameworkguide.tests.support.http_editing import require_loopback
from collective.frameworkguide.tests.support.zope_instances import ZopeInstance
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import argparse
import json
import random
import requests
import secrets
import sys
import tempfile
import threading
import time


LINES = "form.widgets.example_projects"
TIMEOUT = 30
RESULTS = Path(__file__).parent / "results" / "soak.json"


@dataclass
class Tally:
    """Latencies and failures, shared by all connections (under a lock)."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, failure: str = "") -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            if failure:
                self.failures.append(f"{kind}: {failure}")


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` 0.99 for p99) of ``values``."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


class Site:
    """The REST calls that set the soak up, as the site's administrator."""

    def __init__(self, url: str, admin: tuple[str, str]) -> None:
        self.url = require_loopback(url)
        self.admin = admin
        self.run = time.strftime("%H%M%S") + secrets.token_hex(2)
        self.password = secrets.token_urlsafe(12)

    def session(self, user: tuple[str, str] | None = None) -> requests.Session:
        session = requests.Session()
        session.auth = user or self.admin
        session.headers["Accept"] = "application/json"
        return session

    def call(self, method: str, path: str, user=None, **json_body) -> dict:
        answer = self.session(user).request(
            method, f"{self.url}{path}", json=json_body or None, timeout=TIMEOUT
        )
        if answer.status_code >= 400:
            raise RuntimeError(f"{method} {path}: {answer.status_code} {answer.text}")
        return answer.json() if answer.content else {}

    def add_user(self, name: str, group: str) -> tuple[str, str]:
        userid = f"soak-{self.run}-{name}"
        self.call(
            "POST",
            "/@users",
            username=userid,
            email=f"{userid}@example.org",
            password=self.password,
        )
        self.call("PATCH", f"/@groups/{group}", users={userid: True})
        return userid, self.password

    def set_up(self, editors: int, published: int) -> tuple[list[str], list]:
        """Published profile URLs for visitors, ``(editor, draft URL)`` pairs."""
        reviewer = self.add_user("reviewer", "framework-guide-reviewers")
        writers = [
            self.add_user(f"editor-{n}", "framework-guide-editors")
            for n in range(editors)
        ]
        guide = f"/soak-{self.run}"
        self.call(
            "POST",
            "",
            title="Soak guide",
            **{"@type": "FrameworkGuide", "id": guide[1:]},
        )
        self.call("POST", f"{guide}/@workflow/publish")
        profile = {"@type": "FrameworkProfile", "choose_when": "Under load."}
        shown = []
        for n in range(published):
            made = self.call("POST", guide, writers[0], title=f"Steady {n}", **profile)
            path = made["@id"].removeprefix(self.url)
            self.call("POST", f"{path}/@workflow/submit", writers[0])
            self.call("POST", f"{path}/@workflow/publish", reviewer)
            shown.append(made["@id"])
        drafts = [
            (writer, self.call("POST", guide, writer, title=f"Busy {n}", **profile))
            for n, writer in enumerate(writers)
        ]
        pages = [f"{self.url}{guide}", *shown]
        self.warm_up(pages, writers[0], drafts[0][1]["@id"])
        return pages, [(w, d["@id"]) for w, d in drafts]

    def warm_up(self, pages: list[str], writer, draft: str) -> None:
        """One request of each kind first: the soak measures a warm site.

        Chameleon compiles each template on first use; on CPython 3.11.7
        concurrent first compilations can fail (gh-106905, docs/reliability.rst).
        """
        visitor = requests.Session()
        for url in pages[:2]:
            visitor.get(url, timeout=TIMEOUT).raise_for_status()
        visitor.get(
            pages[1], headers={"Accept": "application/json"}, timeout=TIMEOUT
        ).raise_for_status()
        client = EditorClient(*writer, timeout=TIMEOUT)
        client.get(f"{draft}/@@edit").raise_for_status()
        client.close()


def visitor(urls: list[str], deadline: float, limit: int, tally: Tally) -> None:
    session = requests.Session()
    kinds = [("guide page", urls[0], {})]
    for url in urls[1:]:
        kinds.append(("profile page", url, {}))
        kinds.append(("profile JSON", url, {"Accept": "application/json"}))
    for _ in range(limit):
        if time.monotonic() >= deadline:
            break
        kind, url, headers = random.choice(kinds)
        started = time.perf_counter()
        try:
            answer = session.get(url, headers=headers, timeout=TIMEOUT)
            failure = "" if answer.status_code == 200 else str(answer.status_code)
        except requests.RequestException as error:
            failure = type(error).__name__
        tally.record(kind, time.perf_counter() - started, failure)


def editor(user, url: str, deadline: float, limit: int, tally: Tally) -> list[str]:
    """Saves ``url`` until the deadline; returns the lines it saved."""
    client = EditorClient(*user, timeout=TIMEOUT)
    saved: list[str] = []
    for number in range(limit):
        if time.monotonic() >= deadline:
            break
        line = f"Write {number} of {user[0]}"
        started = time.perf_counter()
        try:
            outcome = client.edit(url, {LINES: "\n".join([*saved, line])})
            failure = "" if outcome.saved else f"{outcome.status} {outcome.message}"
        except requests.RequestException as error:
            failure = type(error).__name__
        tally.record(
            "editor save (form + post)", time.perf_counter() - started, failure
        )
        if not failure:
            saved.append(line)
    client.close()
    return saved


def soak(site: Site, args) -> dict:
    editors = max(1, round(args.connections * args.editor_share))
    urls, drafts = site.set_up(editors, published=4)
    tally = Tally()
    deadline = time.monotonic() + args.duration
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.connections) as pool:
        writes = [
            pool.submit(editor, user, url, deadline, args.max_requests, tally)
            for user, url in drafts
        ]
        reads = [
            pool.submit(visitor, urls, deadline, args.max_requests, tally)
            for _ in range(args.connections - editors)
        ]
    elapsed = time.monotonic() - started
    for future in reads:
        future.result()  # a bug in a visitor thread must not pass unnoticed
    lost = 0
    for (_user, url), future in zip(drafts, writes, strict=True):
        stored = site.call("GET", url.removeprefix(site.url))["example_projects"]
        lost += len(set(future.result()) - set(stored))
    requests_done = sum(len(v) for v in tally.latencies.values())
    return {
        "connections": args.connections,
        "editors": editors,
        "duration_s": round(elapsed, 1),
        "requests": requests_done,
        "requests_per_s": round(requests_done / elapsed, 1),
        "errors": len(tally.failures),
        "error_samples": tally.failures[:10],
        "lost_writes": lost,
        "writes": sum(len(f.result()) for f in writes),
        "latency_ms": {
            kind: {
                "count": len(values),
                **{
                    name: round(percentile(values, share) * 1000, 1)
                    for name, share in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99))
                },
                "max": round(max(values) * 1000, 1),
            }
            for kind, values in sorted(tally.latencies.items())
        },
    }


def report(result: dict) -> None:
    print(
        f"\n{result['requests']} requests in {result['duration_s']} s "
        f"({result['requests_per_s']}/s) on {result['connections']} connections "
        f"({result['editors']} editors)"
    )
    header = ("count", "p50 ms", "p90 ms", "p99 ms", "max ms")
    print(f"{'kind':28} {header[0]:>6}", *(f"{name:>8}" for name in header[1:]))
    for kind, row in result["latency_ms"].items():
        print(
            f"{kind:28} {row['count']:>6} {row['p50']:>8} {row['p90']:>8} "
            f"{row['p99']:>8} {row['max']:>8}"
        )
    print(
        f"errors: {result['errors']}   writes: {result['writes']}   "
        f"lost writes: {result['lost_writes']}"
    )
    for sample in result["error_samples"]:
        print("  ", sample)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running site (loopback); default: own one")
    parser.add_argument("--admin", default="admin:admin", help="user:password")
    parser.add_argument("--duration", type=float, default=120, help="seconds")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--editor-share", type=float, default=0.25)
    parser.add_argument("--max-requests", type=int, default=100_000)
    parser.add_argument("--json", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not 1 <= args.connections <= 64 or not 1 <= args.duration <= 3600:
        parser.error("keep to 1-64 connections and 1-3600 seconds")
    with tempfile.TemporaryDirectory(prefix="frameworkguide-soak-") as tmp:
        instance = None
        if args.url:
            site = Site(args.url, tuple(args.admin.split(":", 1)))
        else:
            admin = ("admin", secrets.token_urlsafe(12))
            instance = ZopeInstance(Path(tmp) / "instance", admin=admin)
            print(f"Creating a throwaway site on {instance.url} …", flush=True)
            instance.create_site()
            instance.start()
            instance.wait_until_ready()
            site = Site(instance.url, admin)
        try:
            result = soak(site, args)
        finally:
            if instance is not None:
                instance.stop()
    report(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 1 if result["errors"] or result["lost_writes"] else 0


if __name__ == "__main__":
    sys.exit(main())
