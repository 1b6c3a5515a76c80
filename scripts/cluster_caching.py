"""Switch a site to "behind a purging caching proxy": ``zconsole run ZOPE_CONF
scripts/cluster_caching.py PROXY_URL [PROXY_URL ...]``.

Run by ``make start-cluster`` (and the cluster tests and benchmark) while the
instances are stopped. Installs plone.app.caching if needed, imports its
``with-caching-proxy`` settings, turns caching and plone.cachepurging on and
names the proxies that get the PURGE requests. The add-on's own ruleset
(``collective.frameworkguide.guide``) comes with the add-on's profile
(``profiles/default/registry/caching.xml``). Idempotent.

Environment: ``SITE_ID`` (Plone).
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.users import system
from plone import api
from plone.base.utils import get_installer
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import os
import sys
import transaction


SITE_ID = os.environ.get("SITE_ID", "Plone")
SETTINGS = {
    "plone.caching.interfaces.ICacheSettings.enabled": True,
    "plone.cachepurging.interfaces.ICachePurgingSettings.enabled": True,
    "plone.cachepurging.interfaces.ICachePurgingSettings.virtualHosting": False,
}
PROXIES = "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies"


def main(proxies: list[str]) -> None:
    root = makerequest(app)  # noqa: F821 -- provided by zconsole
    newSecurityManager(None, system)
    site = root[SITE_ID]
    setSite(site)
    installer = get_installer(site)
    if not installer.is_product_installed("plone.app.caching"):
        installer.install_product("plone.app.caching")
    site.portal_setup.runAllImportStepsFromProfile(
        "profile-plone.app.caching:with-caching-proxy"
    )
    for name, value in SETTINGS.items():
        api.portal.set_registry_record(name, value)
    api.portal.set_registry_record(PROXIES, tuple(proxies))
    transaction.commit()
    print(f"Caching on; PURGE requests go to {', '.join(proxies)}")


main([argument for argument in sys.argv if argument.startswith("http")])
