"""A small package index on 127.0.0.1 answering the JSON simple API (PEP 691).

Serves ``/simple/<name>/`` from ``pages`` (built with ``project_page``) and
misbehaves on purpose for some names: ``slow`` (answers after the client's
timeout), ``malformed`` (broken JSON), ``huge`` (50 MB without a length),
``html`` (the HTML API only), ``broken`` (HTTP 500); any other name is a 404.
``requests`` lists the names asked for; ``hold`` (a ``threading.Event``),
when set to one, makes every answer wait for it (``hold_seconds`` at most)::

    with PackageIndex({"flask": project_page("Flask", [("3.2.0", "2026-10-01")])}) as index:
        index.url  # 'http://127.0.0.1:PORT/simple/'
"""  # noqa: E501

from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer

import contextlib
import json
import socket
import threading
import time


JSON_API = "application/vnd.pypi.simple.v1+json"
HUGE_BYTES = 50 * 1024 * 1024
SLOW_SECONDS = 3


def project_page(name: str, releases, versions=None) -> dict:
    """A PEP 691/700 page: per release ``(version, iso_date[, yanked])`` an
    sdist and a wheel uploaded that day."""
    files = []
    for release in releases:
        version, day = release[0], release[1]
        yanked = release[2] if len(release) > 2 else False
        stem = f"{name.lower()}-{version}"
        for filename in (f"{stem}.tar.gz", f"{stem}-py3-none-any.whl"):
            files.append(
                {
                    "filename": filename,
                    "url": f"https://files.example.org/{filename}",
                    "hashes": {},
                    "upload-time": f"{day}T10:00:00.000000Z",
                    "yanked": yanked,
                }
            )
    listed = versions if versions is not None else [r[0] for r in releases]
    return {
        "meta": {"api-version": "1.1"},
        "name": name.lower(),
        "versions": listed,
        "files": files,
    }


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet test output
        pass

    def do_GET(self):
        index = self.server.index
        name = self.path.strip("/").split("/")[-1]
        index.requests.append(name)
        if index.hold is not None:
            index.hold.wait(index.hold_seconds)
        # The client may cut an answer off, as it should.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.answer(index, name)

    def send(self, status: int, body: bytes, content_type=JSON_API, length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def answer(self, index, name: str):
        if name == "slow":
            time.sleep(SLOW_SECONDS)
            self.send(200, b'{"files": []}')
        elif name == "malformed":
            self.send(200, b'{"files": [')
        elif name == "html":
            self.send(200, b"<html></html>", "text/html")
        elif name == "broken":
            self.send(500, b"oops", "text/plain")
        elif name == "huge":
            self.send_response(200)
            self.send_header("Content-Type", JSON_API)
            self.end_headers()
            chunk = b" " * (1024 * 1024)
            for _number in range(HUGE_BYTES // len(chunk)):
                self.wfile.write(chunk)
        elif name in index.pages:
            self.send(200, json.dumps(index.pages[name]).encode())
        else:
            self.send(404, b"Not Found", "text/plain")


class PackageIndex:
    """The index in a thread of the test process, while in ``with``."""

    def __init__(self, pages: dict | None = None) -> None:
        self.pages = dict(pages or {})
        self.requests: list[str] = []
        self.hold: threading.Event | None = None
        self.hold_seconds = 60.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.index = self
        self.url = f"http://127.0.0.1:{self.server.server_port}/simple/"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        if self.hold is not None:
            self.hold.set()
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    """A loopback port nothing listens on (for an unreachable index)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
