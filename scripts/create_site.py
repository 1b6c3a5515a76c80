"""Create (or complete) the Plone site with the add-on and its demo guide.

Run by ``make start`` through ``zconsole run instance/etc/zope.conf
scripts/create_site.py`` while the server is stopped (FileStorage allows one
process at a time). An existing site is never replaced: its data is kept and
only missing profiles are installed.

Environment: ``SITE_ID`` (Plone), ``ADMIN_USER`` (admin), ``ADMIN_PASSWORD``
(admin), ``SITE_TITLE``, ``DEMO`` (1 = install the demo guide), ``MAIL_PORT``
(set by ``make start``: the site mails the development mail sink,
``scripts/mail_sink.py``, on that port of localhost, unless the site's mail
settings were changed from Plone's defaults).
"""

from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from plone.base.utils import get_installer
from plone.distribution.api import site as site_api
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import os
import transaction


SITE_ID = os.environ.get("SITE_ID", "Plone")
ADMIN_USER = os.environ.get("ADMIN_USER", "admin")
ADMIN_PASSWORD = os.environ.get("ADMIN_PASSWORD", "admin")
DEMO = os.environ.get("DEMO", "1") not in ("0", "false", "no")
MAIL_PORT = os.environ.get("MAIL_PORT", "")

ANSWERS = {
    "site_id": SITE_ID,
    "title": os.environ.get("SITE_TITLE", "Framework Guide"),
    "description": "Which Python web framework to choose for which job",
    "default_language": "en",
    "portal_timezone": "UTC",
    "setup_content": False,
}


def ensure_admin(root) -> None:
    users = root.acl_users
    if users.getUserById(ADMIN_USER) is None:
        users._doAddUser(ADMIN_USER, ADMIN_PASSWORD, ["Manager"], [])
        print(f"Created Zope administrator {ADMIN_USER!r}")
    newSecurityManager(None, users.getUserById(ADMIN_USER).__of__(users))


def ensure_site(root):
    site = root.get(SITE_ID)
    if site is None:
        site = site_api.create(root, "classic", ANSWERS)
        print(f"Created Plone site {SITE_ID!r}")
    else:
        print(f"Plone site {SITE_ID!r} exists; keeping its data")
    return site


def ensure_addon(site) -> None:
    setSite(site)
    installer = get_installer(site)
    if not installer.is_product_installed("collective.frameworkguide"):
        installer.install_product("collective.frameworkguide")
        print("Installed collective.frameworkguide")
    setup = site.portal_setup
    if (
        DEMO
        and setup.getLastVersionForProfile("collective.frameworkguide:demo")
        == "unknown"
    ):
        setup.runAllImportStepsFromProfile("profile-collective.frameworkguide:demo")
        print("Installed the demo guide at /guide")


def use_mail_sink(site, port: int) -> bool:
    """Send the site's mail to the sink on ``localhost:port`` if its mail
    settings are still Plone's (SMTP on localhost:25, no sender address)."""
    setSite(site)
    host = api.portal.get_registry_record("plone.smtp_host") or "localhost"
    smtp_port = api.portal.get_registry_record("plone.smtp_port")
    if host != "localhost" or smtp_port not in (None, 25, port):
        return False  # configured for a real server: leave it
    api.portal.set_registry_record("plone.smtp_host", "localhost")
    api.portal.set_registry_record("plone.smtp_port", port)
    if not api.portal.get_registry_record("plone.email_from_address"):
        api.portal.set_registry_record(
            "plone.email_from_address", "framework-guide@localhost"
        )
        api.portal.set_registry_record("plone.email_from_name", site.Title())
    print(f"The site mails the development mail sink on localhost:{port}")
    return True


if __name__ == "__main__":  # zconsole run
    root = makerequest(app)  # noqa: F821 -- zconsole provides ``app``
    ensure_admin(root)
    site = ensure_site(root)
    # Creating the first site puts a new user folder (PAS) at the Zope root,
    # which drops the administrator added above: add it again (a no-op when it
    # exists).
    ensure_admin(root)
    if MAIL_PORT:  # before the demo's review steps, which may send mail
        use_mail_sink(site, int(MAIL_PORT))
    ensure_addon(site)
    transaction.commit()
