"""The benchmark's timed phases against a running cluster (``bench_cluster.py``):
hit ratio, publish → visible, one instance killed. Everything goes to the
cluster's proxy or instances on localhost; every loop has a deadline.
"""

from cluster_load import Editors
from cluster_load import fetch
from cluster_load import JSON
from cluster_load import MANAGER_AUTH
from cluster_load import Readers
from cluster_load import rotating_script
from cluster_load import wrk
from collective.frameworkguide.tests.support.cluster import Cluster

import json
import os
import signal
import statistics
import time


PROBE_WINDOW = 5.0  # seconds after the kill in which a 5xx is tolerated
SPACING = 4.0  # seconds between two publishes


def visitor_paths(size: int) -> list[str]:
    """Every profile page once, and as many visits again to the guide, its
    filters and comparisons (the pages most visitors read)."""
    profiles = [f"/Plone/guide/framework-{n:04d}" for n in range(size)]
    popular = ["/Plone/guide"] + [
        f"/Plone/guide?use_case={u}" for u in ("one-page", "crud", "unique", "cms")
    ]
    popular += [
        f"/Plone/guide/@@framework-compare?profiles=framework-{n:04d}"
        f"&profiles=framework-{n + 1:04d}"
        for n in range(0, min(size, 20) - 1)
    ]
    mixed = []
    for n, profile in enumerate(profiles):
        mixed += [profile, popular[n % len(popular)]]
    return popular + mixed


def hit_ratio(cluster: Cluster, duration: int, connections: int) -> dict:
    script = rotating_script(cluster.home / "visitors.lua", visitor_paths(cluster.size))
    before = cluster.proxy.counters()
    load = wrk(cluster.proxy.url + "/Plone", {}, duration, connections, script)
    after = cluster.proxy.counters()
    delta = {k: after[k] - before[k] for k in ("cache_hit", "cache_miss", "s_pass")}
    total = sum(delta.values()) or 1
    return {**delta, **load, "hit_ratio": round(delta["cache_hit"] / total, 4)}


def publish_to_visible(cluster: Cluster, count: int) -> dict:
    site, manager = cluster.url, {**JSON, "Authorization": MANAGER_AUTH}
    post = {**manager, "Content-Type": "application/json"}
    seconds = []
    with Readers([f"{site}/guide", f"{site}/guide?use_case=crud"]):
        for n in range(count):
            # The guide page lists a dozen profiles by title (more on its
            # next pages): each new title sorts before the ones published
            # earlier, so the newest is always on the first page.
            name, title = f"fresh-{n:02d}", f"A fresh profile {count - n:02d}"
            body = {"@type": "FrameworkProfile", "id": name, "title": title}
            body["choose_when"] = "When it is new."
            fetch(f"{site}/guide", post, json.dumps(body).encode(), "POST")
            fetch(f"{site}/guide/{name}/@workflow/submit", post, b"{}", "POST")
            status, _ = fetch(
                f"{site}/guide/{name}/@workflow/publish", post, b"{}", "POST"
            )
            if status != 200:
                raise RuntimeError(f"publish {name}: HTTP {status}")
            answered = time.monotonic()
            while title not in fetch(f"{site}/guide")[1]:
                if time.monotonic() - answered > 60:
                    direct = cluster.instances[0].url + "/guide"
                    raise RuntimeError(
                        f"{title} not visible after 60 s through the proxy; "
                        f"on an instance: {title in fetch(direct)[1]}"
                    )
                time.sleep(0.01)
            seconds.append(time.monotonic() - answered)
            # Editors publish now and then, not in a burst: the next one
            # comes after the second PURGE of this one (caching/repurge.py).
            time.sleep(SPACING)
    ordered = sorted(seconds)
    return {
        "publishes": count,
        "p50_s": round(statistics.median(ordered), 3),
        "p99_s": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 3),
        "max_s": round(ordered[-1], 3),
        "over_1_s": len([s for s in ordered if s > 1.0]),
    }


def kill_one(cluster: Cluster) -> dict:
    victim = cluster.instances[1]
    urls = [cluster.proxy.url + p for p in visitor_paths(min(cluster.size, 50))]
    profiles = [f"framework-{n:04d}" for n in range(min(cluster.size, 4))]
    with Readers(urls) as readers, Editors(cluster.url, profiles) as editors:
        time.sleep(3)
        killed = time.monotonic()
        os.killpg(victim.process.pid, signal.SIGKILL)
        victim.process.wait(timeout=30)
        time.sleep(10)
        victim.start()
        victim.wait_until_ready()
        while cluster.proxy.backend_health().get("instance2") != "healthy":
            if time.monotonic() - killed > 180:
                break
            time.sleep(0.2)
        rejoined = time.monotonic() - killed
        time.sleep(3)
    errors = [t - killed for t, _status in readers.errors + editors.errors]
    first = cluster.instances[0]
    lost = []
    for url, value in editors.saved.items():
        own = url.replace(cluster.proxy.url, f"http://localhost:{first.port}")
        answer = json.loads(fetch(own, {**JSON, "Authorization": MANAGER_AUTH})[1])
        if answer.get("choose_when") != value:
            lost.append(url)
    return {
        "reads": readers.count,
        "saves_confirmed": editors.confirmed,
        "save_attempts": editors.attempts,
        "errors_5xx": len(errors),
        "errors_after_window": len([e for e in errors if not 0 <= e <= PROBE_WINDOW]),
        "last_error_after_kill_s": round(max(errors), 2) if errors else None,
        "lost_edits": len(lost),
        "rejoined_after_kill_s": round(rejoined, 1),
        "health": cluster.proxy.backend_health(),
    }
