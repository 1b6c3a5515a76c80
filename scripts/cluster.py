"""Serve the site through Varnish in front of the RelStorage instances.

    python scripts/cluster.py --listen 8000 --instance instance-relstorage/8080 \
        --instance instance-relstorage/8081

Run by ``make start-cluster`` after ``make relstorage-site``: switches the
site to plone.app.caching's proxy settings with purging to this proxy
(``scripts/cluster_caching.py``), starts each instance (``runwsgi``) and
Debian's varnishd in the foreground with ``deploy/varnish`` (backends written
for the instances' ports), and stops them all on Ctrl+C.
"""

from collective.frameworkguide.tests.support.cluster import configure_caching
from collective.frameworkguide.tests.support.varnish import VarnishProxy
from collective.frameworkguide.tests.support.zope_instances import ZopeInstance
from pathlib import Path

import argparse
import configparser
import os
import signal


class ExistingInstance(ZopeInstance):
    """An instance ``make relstorage-site`` configured (not written again)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        ini = configparser.ConfigParser(interpolation=None)
        ini.read(home / "etc" / "zope.ini")
        self.port = int(ini["server:main"]["listen"].rsplit(":", 1)[1])
        self.admin = (os.environ["ADMIN_USER"], os.environ["ADMIN_PASSWORD"])
        self.url = f"http://localhost:{self.port}/{os.environ['SITE_ID']}"
        self.process = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", type=int, default=8000)
    parser.add_argument("--instance", type=Path, action="append", required=True)
    parser.add_argument("--work", type=Path, default=Path("instance-relstorage"))
    args = parser.parse_args()
    instances = [ExistingInstance(home) for home in args.instance]
    proxy = VarnishProxy(
        args.work / "varnish", [i.port for i in instances], port=args.listen
    )
    configure_caching(instances[0], [proxy.url])
    try:
        for instance in instances:
            instance.start()
        for instance in instances:
            instance.wait_until_ready()
        proxy.start()
        proxy.wait_until_ready(f"/{os.environ['SITE_ID']}")
        print(f"\n  Through Varnish: {proxy.url}/{os.environ['SITE_ID']}/guide")
        print(f"  Instances: {', '.join(i.url for i in instances)}")
        print("  Logged-in users pass the proxy; Ctrl+C stops everything.\n")
        # Blocked only now: the processes started above keep their signals.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        proxy.stop()
        for instance in instances:
            instance.stop()


if __name__ == "__main__":
    main()
