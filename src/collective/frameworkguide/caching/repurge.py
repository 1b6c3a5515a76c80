"""A second PURGE a few seconds after the first, for pages rendered meanwhile.

plone.cachepurging purges right after the commit. A visitor's request that
reached another instance just before the commit renders the old page and
the proxy stores it after the purge: Varnish applies a ban only to answers
stored before it. Sending the same PURGEs again ``DELAY`` seconds later (more
than a page takes to render) removes such a page; at most ``DELAY`` seconds of
old advice instead of ``s-maxage``.
"""

from plone.cachepurging.hooks import KEY
from plone.cachepurging.interfaces import ICachePurgingSettings
from plone.cachepurging.interfaces import IPurger
from plone.cachepurging.utils import getURLsToPurge
from plone.cachepurging.utils import isCachePurgingEnabled
from plone.registry.interfaces import IRegistry
from zope.annotation.interfaces import IAnnotations
from zope.component import queryUtility

import threading


DELAY = 3.0


def purge_again(event) -> None:
    """Subscriber for ``IPubSuccess``, after plone.cachepurging's own."""
    annotations = IAnnotations(event.request, None)
    paths = annotations.get(KEY) if annotations is not None else None
    registry = queryUtility(IRegistry)
    purger = queryUtility(IPurger)
    if not paths or registry is None or purger is None:
        return
    if not isCachePurgingEnabled(registry=registry):
        return
    settings = registry.forInterface(ICachePurgingSettings, check=False)
    urls = [
        url
        for path in sorted(paths)
        for url in getURLsToPurge(path, settings.cachingProxies or ())
    ]
    if urls:
        timer = threading.Timer(DELAY, send, args=(purger, urls))
        timer.daemon = True
        timer.start()


def send(purger, urls: list[str]) -> None:
    for url in urls:
        purger.purgeAsync(url)
