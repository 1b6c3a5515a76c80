"""Check the package index for newer releases of the profiled frameworks (daily).

Run with the instance's configuration; the site id is the first argument
(default: ``SITE_ID`` or ``Plone``)::

    .venv/bin/zconsole run instance/etc/zope.conf scripts/release_check.py Plone

A newer release becomes a working copy waiting on the reviewer desk (see
``collective.frameworkguide.releases``). With several instances each may run
it from cron: a lease in the database lets one run do the work, and a run
within 12 hours of the last finished one does nothing (``--force`` runs
anyway). With FileStorage the server must be stopped, or the instance must use
ZEO or RelStorage. Exit status 0, also when the check is off or another run
holds the lease.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from collective.frameworkguide.console import script_arguments
from collective.frameworkguide.console import site_id_from
from collective.frameworkguide.releases.check import run_check
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest

import sys


FRESH_SECONDS = 12 * 3600


def main(app, site_id: str, force: bool = False):
    app = makerequest(app)
    setRequest(app.REQUEST)
    site = app[site_id]
    setSite(site)
    newSecurityManager(None, system)
    return run_check(site, fresh_seconds=None if force else FRESH_SECONDS)


if __name__ == "__main__":
    arguments = script_arguments(sys.argv)
    force = "--force" in arguments
    # zconsole provides ``app``.
    result = main(app, site_id_from(arguments), force)  # noqa: F821
    if result.stopped:
        print(f"Release check not run: {result.stopped}.")
    else:
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(result.summary().items()))
        print(f"Release check done ({counts or 'no profile with a package name'}).")
