"""The production tier of ``make start-cluster``: Zope instances on one
RelStorage database behind Varnish, with plone.app.caching's proxy settings
and plone.cachepurging sending PURGEs to the proxy.

Used by ``tests/functional/test_cluster.py`` and ``benchmarks/bench_cluster.py``::

    dsn = prepare_database()  # or unittest.SkipTest
    cluster = Cluster(tmp, dsn)  # also SkipTest without varnishd
    cluster.create_site()
    cluster.start()
    cluster.url  # http://localhost:<proxy port>/Plone
    cluster.stop()
"""

from collective.frameworkguide.tests.support.paths import SCRIPTS
from collective.frameworkguide.tests.support.varnish import require_varnishd
from collective.frameworkguide.tests.support.varnish import VarnishProxy
from collective.frameworkguide.tests.support.zope_instances import BIN
from collective.frameworkguide.tests.support.zope_instances import run
from collective.frameworkguide.tests.support.zope_instances import SITE_ID
from collective.frameworkguide.tests.support.zope_instances import ZopeInstance
from pathlib import Path


def configure_caching(instance: ZopeInstance, proxy_urls: list[str]) -> None:
    """``scripts/cluster_caching.py`` through ``instance``'s configuration."""
    run(
        [
            str(BIN / "zconsole"),
            "run",
            str(instance.home / "etc" / "zope.conf"),
            str(SCRIPTS / "cluster_caching.py"),
            *proxy_urls,
        ],
        env=instance.environment(),
    )


class Cluster:
    """``size`` Zope instances on ``dsn`` behind one Varnish."""

    def __init__(self, home: Path, dsn: str, size: int = 2, **proxy) -> None:
        require_varnishd()  # skip before building instances
        self.home = Path(home)
        self.instances = [
            ZopeInstance(self.home / f"instance{n}", dsn) for n in range(1, size + 1)
        ]
        self.proxy = VarnishProxy(
            self.home / "varnish", [i.port for i in self.instances], **proxy
        )
        self.url = f"{self.proxy.url}/{SITE_ID}"

    @property
    def admin(self) -> tuple[str, str]:
        return self.instances[0].admin

    def create_site(self) -> None:
        """The site with the add-on (no demo), caching on, purging to the proxy."""
        first = self.instances[0]
        first.create_site()
        configure_caching(first, [self.proxy.url])

    def start(self) -> None:
        for instance in self.instances:
            instance.start()
        for instance in self.instances:
            instance.wait_until_ready()
        self.proxy.start()
        self.proxy.wait_until_ready(f"/{SITE_ID}")

    def logs(self) -> str:
        parts = [f"--- {i.url}:\n{i.log()}" for i in self.instances]
        return "\n".join([*parts, f"--- varnish:\n{self.proxy.log()}"])

    def stop(self) -> None:
        self.proxy.stop()
        for instance in self.instances:
            instance.stop()
