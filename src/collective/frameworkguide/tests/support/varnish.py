"""Debian's varnishd with the repository's VCL, as ``make start-cluster`` runs it.

The VCL files of ``deploy/varnish`` are copied into the proxy's own
directory, with ``backends.vcl`` written for the given instance ports and,
where ``purgers`` names other addresses, ``purgers.vcl`` too (varnishd reads
an include from its ``vcl_path`` only). varnishd runs in the foreground (``-F``)
in a process group of its own and is stopped with it.

Usage::

    proxy = VarnishProxy(tmp / "varnish", backend_ports=[8080, 8081])
    proxy.start(); proxy.wait_until_ready("/Plone")
    proxy.url  # http://localhost:<port>
    proxy.stop()
"""

from collective.frameworkguide.tests.support.paths import REPOSITORY
from collective.frameworkguide.tests.support.zope_instances import die_with_parent
from collective.frameworkguide.tests.support.zope_instances import free_port
from collective.frameworkguide.tests.support.zope_instances import stop_process_group
from pathlib import Path

import http.client
import json
import os
import shutil
import subprocess
import time
import unittest
import urllib.error
import urllib.request


VCL_DIR = REPOSITORY / "deploy" / "varnish"
REQUIRE_VARIABLE = "FRAMEWORKGUIDE_REQUIRE_VARNISH"

BACKENDS_HEAD = """\
# The Zope instances behind the proxy, balanced round robin with health probes.
# One `backend` block and one `add_backend` line per instance: to scale to N
# instances, add blocks (docs/deployment.rst). `make start-cluster` and the
# tests write this file for their own ports with the same layout
# (collective.frameworkguide.tests.support.varnish.backends_vcl).

probe zope_ok {
    # Plone's @@ok answers "OK" from the Zope root without rendering a page.
    # A dead instance refuses at once: out after three probes (3 s). A busy
    # one may queue the probe behind pages being rendered: 5 s to answer.
    .url = "/@@ok";
    .interval = 1s;
    .timeout = 5s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}
"""

BACKEND = """
backend instance{number} {{
    .host = "{host}";
    .port = "{port}";
    .probe = zope_ok;
    .connect_timeout = 1s;
    .first_byte_timeout = 120s;
}}
"""


def backends_vcl(ports, host: str = "127.0.0.1") -> str:
    """``backends.vcl`` for Zope instances on ``host`` at ``ports``."""
    blocks = "".join(
        BACKEND.format(number=n, host=host, port=port)
        for n, port in enumerate(ports, 1)
    )
    adds = "".join(
        f"    instances.add_backend(instance{n});\n" for n in range(1, len(ports) + 1)
    )
    init = (
        f"\nsub vcl_init {{\n    new instances = directors.round_robin();\n{adds}}}\n"
    )
    return BACKENDS_HEAD + blocks + init


def purgers_vcl(addresses) -> str:
    entries = "".join(f'    "{address}";\n' for address in addresses)
    return f"acl purgers {{\n{entries}}}\n"


def varnishd() -> str | None:
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")


def require_varnishd() -> str:
    """varnishd's path, or ``unittest.SkipTest`` (an error where CI needs it)."""
    found = varnishd()
    if found is None:
        reason = "varnishd is missing (Debian: apt-get install varnish)"
        if os.environ.get(REQUIRE_VARIABLE):
            raise RuntimeError(f"{reason} ({REQUIRE_VARIABLE} is set)")
        raise unittest.SkipTest(reason)
    return found


class VarnishProxy:
    """varnishd on ``localhost:port`` in front of ``backend_ports``."""

    def __init__(
        self,
        home: Path,
        backend_ports,
        port: int | None = None,
        proxy_protocol_port: int | None = None,
        purgers=None,
        storage: str = "malloc,256m",
    ) -> None:
        self.binary = require_varnishd()
        self.home = Path(home)
        self.port = port or free_port()
        self.proxy_protocol_port = proxy_protocol_port
        self.url = f"http://localhost:{self.port}"
        self.storage = storage
        self.process = None
        vcl = self.home / "vcl"
        vcl.mkdir(parents=True, exist_ok=True)
        for name in ("frameworkguide.vcl", "purgers.vcl"):
            shutil.copyfile(VCL_DIR / name, vcl / name)
        (vcl / "backends.vcl").write_text(backends_vcl(backend_ports))
        if purgers is not None:
            (vcl / "purgers.vcl").write_text(purgers_vcl(purgers))
        # varnishd's own users (varnish, vcache) read the VCL and work here.
        for path in (vcl, *vcl.parents):
            mode = path.stat().st_mode
            if path.stat().st_uid == os.getuid() and not mode & 0o005:
                path.chmod(mode | 0o055)

    @property
    def workdir(self) -> Path:
        return self.home / "work"

    def command(self) -> list[str]:
        listen = ["-a", f"localhost:{self.port}"]
        if self.proxy_protocol_port:
            listen += ["-a", f"127.0.0.1:{self.proxy_protocol_port},PROXY"]
        return [
            self.binary,
            "-F",
            "-n",
            str(self.workdir),
            *listen,
            "-f",
            str(self.home / "vcl" / "frameworkguide.vcl"),
            # Includes are looked up here only (not beside the file).
            "-p",
            f"vcl_path={self.home / 'vcl'}",
            "-s",
            self.storage,
        ]

    def start(self) -> None:
        log = open(self.home / "varnishd.log", "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            self.command(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
        log.close()

    def log(self) -> str:
        path = self.home / "varnishd.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def wait_until_ready(
        self, path: str = "/@@ok", timeout: float = 60, expect: int = 200
    ) -> None:
        """Until ``path`` answers ``expect`` through the proxy (200: healthy)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"varnishd exited: {self.log()}")
            try:
                with urllib.request.urlopen(self.url + path, timeout=10) as answer:
                    if answer.status == expect:
                        return
            except urllib.error.HTTPError as error:
                if error.code == expect:
                    return
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"varnish on {self.url} not ready: {self.log()}")

    def counters(self) -> dict[str, int]:
        """varnishstat's MAIN counters (cache_hit, cache_miss, s_pass …)."""
        done = subprocess.run(
            ["varnishstat", "-n", str(self.workdir), "-1", "-j"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        found = json.loads(done.stdout)
        found = found.get("counters", found)
        return {
            name.removeprefix("MAIN."): entry["value"]
            for name, entry in found.items()
            if name.startswith("MAIN.") and isinstance(entry, dict)
        }

    def backend_health(self) -> dict[str, str]:
        """``{"instance1": "healthy", …}`` from ``varnishadm backend.list``."""
        done = subprocess.run(
            ["varnishadm", "-n", str(self.workdir), "backend.list"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        found = {}
        for line in done.stdout.splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 4 and "." in parts[0]:
                found[parts[0].split(".", 1)[1]] = parts[3]
        return found

    def stop(self) -> None:
        stop_process_group(self.process)
