"""Real Zope instances, as ``make start`` and ``make start-relstorage`` run them.

Each instance is configured by ``scripts/make_instance.py`` (FileStorage, or
RelStorage with ``scripts/instance/relstorage.in``), served by ``runwsgi`` in
a process of its own on a loopback port, and stopped (its process group) at
the end; ``benchmarks/soak.py`` uses it too. The RelStorage database comes
from ``scripts/postgres.sh`` (which starts Debian's cluster and creates the
role and database), or from ``FRAMEWORKGUIDE_TEST_PG_DSN``.

Usage::

    dsn = prepare_database()  # raises unittest.SkipTest without PostgreSQL
    first = ZopeInstance(tmp / "a", dsn)
    first.create_site()  # the Plone site with the add-on, no demo guide
    first.start(); first.wait_until_ready()
    ...
    first.stop()
"""

from collective.frameworkguide.tests.support.paths import SCRIPTS
from pathlib import Path

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import unittest
import urllib.request


BIN = Path(sys.executable).parent
DSN_VARIABLE = "FRAMEWORKGUIDE_TEST_PG_DSN"
TEST_DATABASE = "frameworkguide_test"
ADMIN = ("admin", "admin-relstorage-test")
SITE_ID = "Plone"


REQUIRE_VARIABLE = "FRAMEWORKGUIDE_REQUIRE_POSTGRES"


def unavailable(reason: str) -> Exception:
    """Skip the tests, or fail them where PostgreSQL must be there (CI)."""
    if os.environ.get(REQUIRE_VARIABLE):
        return RuntimeError(f"{reason} ({REQUIRE_VARIABLE} is set)")
    return unittest.SkipTest(reason)


def prepare_database(database: str = TEST_DATABASE) -> str:
    """The DSN of an empty test database, or ``unittest.SkipTest`` saying why.

    Tests that may run beside others (another module's) name a database of
    their own.

    With ``FRAMEWORKGUIDE_REQUIRE_POSTGRES`` set, a missing server is an error.
    """
    try:
        import psycopg2
        import relstorage  # noqa: F401
    except ImportError:
        raise unavailable(
            "RelStorage tests need the 'relstorage' extra: "
            "pip install -e '.[relstorage]' (make install does it)"
        ) from None
    dsn = os.environ.get(DSN_VARIABLE)
    if not dsn:
        script = SCRIPTS / "postgres.sh"
        created = subprocess.run(
            ["bash", str(script), "create", database],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if created.returncode:
            raise unavailable(
                "no PostgreSQL server could be reached or started "
                f"(scripts/postgres.sh: {created.stderr.strip()[-300:]}); "
                f"install Debian's postgresql or set {DSN_VARIABLE}"
            )
        dsn = subprocess.run(
            ["bash", str(script), "dsn", database],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    try:
        connection = psycopg2.connect(dsn, connect_timeout=5)
    except psycopg2.Error as error:
        raise unavailable(f"PostgreSQL not reachable with {dsn!r}: {error}") from error
    with connection, connection.cursor() as cursor:
        # Start from an empty database: RelStorage creates its tables again.
        cursor.execute("DROP OWNED BY CURRENT_USER")
    connection.close()
    return dsn


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


def _load_prctl():
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # not Linux
        return None


# Looked up here, in the parent: the child only calls it between fork and exec.
_PRCTL = _load_prctl()


def die_with_parent() -> None:
    """In the child: get SIGTERM when the test process dies (Linux).

    Without it an instance would outlive a killed test run, keeping its port
    and its connections to the test database.
    """
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def stop_process_group(process: subprocess.Popen | None) -> None:
    """SIGTERM to a server started in its own process group, SIGKILL after
    20 s; nothing when it is not running."""
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def run(command: list[str], env: dict | None = None) -> None:
    """Run ``command``; on failure, raise with the end of what it printed."""
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, check=False
    )
    if done.returncode:
        output = (done.stdout + done.stderr)[-3000:]
        raise RuntimeError(f"{command[1:3]} failed ({done.returncode}):\n{output}")


class ZopeInstance:
    """One Zope process serving the shared database on a loopback port."""

    def __init__(
        self,
        home: Path,
        dsn: str | None = None,
        port: int | None = None,
        admin: tuple[str, str] = ADMIN,
    ) -> None:
        """An instance in ``home``: RelStorage on ``dsn``, else FileStorage."""
        self.home = home
        self.port = port or free_port()
        self.admin = admin
        self.url = f"http://localhost:{self.port}/{SITE_ID}"
        self.process = None
        storage = []
        if dsn is not None:
            storage = [
                "--storage-file",
                str(SCRIPTS / "instance" / "relstorage.in"),
                "--set",
                f"dsn={dsn}",
            ]
        run(
            [
                sys.executable,
                str(SCRIPTS / "make_instance.py"),
                str(home),
                "--listen",
                f"localhost:{self.port}",
                *storage,
            ]
        )

    def environment(self) -> dict[str, str]:
        return dict(
            os.environ,
            SITE_ID=SITE_ID,
            ADMIN_USER=self.admin[0],
            ADMIN_PASSWORD=self.admin[1],
            DEMO="0",
        )

    def create_site(self) -> None:
        """What ``make site`` does, through this instance's configuration."""
        run(
            [
                str(BIN / "zconsole"),
                "run",
                str(self.home / "etc" / "zope.conf"),
                str(SCRIPTS / "create_site.py"),
            ],
            env=self.environment(),
        )

    def start(self) -> None:
        log = open(self.home / "var" / "log" / "runwsgi.log", "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [str(BIN / "runwsgi"), str(self.home / "etc" / "zope.ini")],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self.environment(),
            start_new_session=True,  # its own process group, stopped as a whole
            preexec_fn=die_with_parent,
        )
        log.close()

    def wait_until_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Zope on port {self.port} exited: {self.log()}")
            try:
                with urllib.request.urlopen(self.url, timeout=5) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"Zope on port {self.port} not ready: {self.log()}")

    def log(self) -> str:
        path = self.home / "var" / "log" / "runwsgi.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        stop_process_group(self.process)
