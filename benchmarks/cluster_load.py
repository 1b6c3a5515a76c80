"""Load for ``bench_cluster.py``: wrk through the proxy, reader and editor threads.

Every request goes to the cluster's proxy on localhost; every loop is bounded
by a deadline.
"""

from pathlib import Path

import base64
import re
import subprocess
import threading
import time
import urllib.error
import urllib.request


MANAGER_AUTH = "Basic " + base64.b64encode(b"bench-manager:manager-password").decode()
JSON = {"Accept": "application/json"}


def wrk(url, headers, duration, connections, script: Path | None = None) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    for key, value in headers.items():
        command += ["-H", f"{key}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    output = subprocess.run(
        command + [url], capture_output=True, text=True, check=True, timeout=600
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    value, unit = re.search(r"Transfer/sec:\s+([\d.]+)(B|KB|MB|GB)", output).groups()
    scale = {"B": 1, "KB": 2**10, "MB": 2**20, "GB": 2**30}[unit]

    def percentile(label: str) -> float:
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return {
        "requests_per_second": float(
            re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)
        ),
        "p50_ms": percentile("50"),
        "p99_ms": percentile("99"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "bytes_per_second": round(float(value) * scale),
    }


def rotating_script(path: Path, paths: list[str]) -> Path:
    """A wrk Lua script asking for ``paths`` in turn (anonymous visitors)."""
    listed = ",\n".join(f'  "{p}"' for p in paths)
    path.write_text(
        f"paths = {{\n{listed}\n}}\ncounter = 0\n"
        "request = function()\n  counter = counter + 1\n"
        '  return wrk.format("GET", paths[(counter % #paths) + 1])\nend\n'
    )
    return path


def fetch(url: str, headers=None, data=None, method=None, timeout=30):
    """(status, body text); 599 for a connection that failed."""
    request = urllib.request.Request(
        url, data=data, headers=headers or {}, method=method
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except OSError:
        return 599, ""


def patch(url: str, body: bytes):
    headers = {**JSON, "Content-Type": "application/json"}
    headers["Authorization"] = MANAGER_AUTH
    return fetch(url, headers, body, "PATCH")


class Readers:
    """Threads reading ``urls`` anonymously until stopped; errors with times."""

    def __init__(self, urls: list[str], threads: int = 4) -> None:
        self.urls = urls
        self.stop_event = threading.Event()
        self.errors: list[tuple[float, int]] = []
        self.count = 0
        self.threads = [
            threading.Thread(target=self.read, args=(n,), daemon=True)
            for n in range(threads)
        ]

    def read(self, offset: int) -> None:
        n = offset
        while not self.stop_event.is_set():
            status, _ = fetch(self.urls[n % len(self.urls)])
            self.count += 1
            if status >= 500:
                self.errors.append((time.monotonic(), status))
            n += len(self.threads)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        for thread in self.threads:
            thread.join(timeout=60)


class Editors(Readers):
    """Threads saving numbered values into their own profile, through the proxy.

    A save answered 5xx (or not at all) is tried again, as a person would
    press Save again; ``saved[profile]`` is the last value the proxy
    confirmed (204).
    """

    def __init__(self, proxy_site: str, profiles: list[str]) -> None:
        super().__init__([f"{proxy_site}/guide/{p}" for p in profiles], len(profiles))
        self.saved: dict[str, str] = {}
        self.attempts = 0
        self.confirmed = 0

    def read(self, offset: int) -> None:
        url, n = self.urls[offset], 0
        while not self.stop_event.is_set():
            value = f"Save {n} of {url.rsplit('/', 1)[-1]}."
            body = ('{"choose_when": "' + value + '"}').encode()
            for _ in range(20):
                self.attempts += 1
                status, _text = patch(url, body)
                if status == 204:
                    self.saved[url] = value
                    self.confirmed += 1
                    break
                if status >= 500:
                    self.errors.append((time.monotonic(), status))
                time.sleep(0.2)
            n += 1
            time.sleep(0.05)
