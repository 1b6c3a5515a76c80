"""Mail the editors the Framework Profiles due for review (daily, from cron).

Run with the instance's configuration; the site id is the first argument
(default: ``SITE_ID`` or ``Plone``)::

    .venv/bin/zconsole run instance/etc/zope.conf scripts/review_reminders.py Plone

Running it twice the same day mails nothing new (see
``collective.frameworkguide.review.reminders``). With FileStorage the server must be
stopped, or the instance must use ZEO or RelStorage.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from collective.frameworkguide.console import script_arguments
from collective.frameworkguide.console import site_id_from
from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.review.reminders import send_reminders
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest

import sys
import transaction


def main(app, site_id: str) -> dict:
    app = makerequest(app)
    setRequest(app.REQUEST)
    site = app[site_id]
    setSite(site)
    newSecurityManager(None, system)
    result = send_reminders(site, today())
    transaction.commit()
    return result


if __name__ == "__main__":
    # zconsole provides ``app``.
    result = main(app, site_id_from(script_arguments(sys.argv)))  # noqa: F821
    print(
        f"Mailed {len(result['profiles'])} profile(s) "
        f"to {result['recipients']} editor(s)."
    )
