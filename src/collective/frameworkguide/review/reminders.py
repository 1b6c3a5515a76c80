"""Reminders: mail the editors group the published profiles due for review.

Run daily from cron (``scripts/review_reminders.py``) or by a Manager through
``@@framework-review-reminders``. What was mailed is remembered per day in an
annotation of the site, so a second run the same day mails only profiles that
became due since, and nothing when there are none::

    send_reminders(portal, date(2026, 3, 15))
    # {'recipients': 2, 'profiles': ['http://…/guide/django']}
"""

from collective.frameworkguide import _
from collective.frameworkguide.content import GUIDE_TYPE
from collective.frameworkguide.review.desk import stale_rows
from collective.frameworkguide.workflow.substitutions import editor_emails
from datetime import date
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message

import logging


logger = logging.getLogger("collective.frameworkguide.review.reminders")

ANNOTATION_KEY = "collective.frameworkguide.review.reminders"

SUBJECT = _(
    "mail_reminder_subject",
    default="${count} Framework Profile(s) due for review",
)
BODY = _(
    "mail_reminder_body",
    default="These published Framework Profiles are due for review:\n\n"
    "${profiles}\n\nCheck each one out, update it and submit it for review; "
    "the reviewer desk of each guide lists them all.",
)
LINE = _(
    "mail_reminder_line",
    default="- ${title} (${guide}), last reviewed ${date}: ${url}",
)
NEVER = _("never")


def due_profiles(portal, today: date) -> list[dict]:
    """Stale published profiles of every guide, with their guide's title."""
    catalog = api.portal.get_tool("portal_catalog")
    found = []
    for brain in catalog.unrestrictedSearchResults(portal_type=GUIDE_TYPE):
        guide = brain._unrestrictedGetObject()
        for row in stale_rows(guide, today):
            found.append({**row, "guide": guide.Title()})
    return found


def editor_addresses(portal=None) -> list[str]:
    """Who is reminded: ``${framework_editor_emails}`` of the site, the
    editors group's members (the mail rules' lookup)."""
    return editor_emails(portal)


def _sent_today(portal, today: date) -> set[str]:
    log = IAnnotations(portal).get(ANNOTATION_KEY)
    if not log or log.get("date") != today.isoformat():
        return set()
    return set(log.get("urls", ()))


def pending_reminders(portal, today: date) -> list[dict]:
    """The due profiles not yet mailed today."""
    sent = _sent_today(portal, today)
    return [row for row in due_profiles(portal, today) if row["url"] not in sent]


def compose(rows: list[dict], request=None) -> tuple[str, str]:
    request = request if request is not None else getRequest()
    lines = []
    for row in rows:
        reviewed = row["last_reviewed"]
        mapping = {
            "title": row["title"],
            "guide": row["guide"],
            "date": reviewed.isoformat()
            if reviewed
            else translate(NEVER, context=request),
            "url": row["url"],
        }
        lines.append(translate(Message(LINE, mapping=mapping), context=request))
    subject = translate(Message(SUBJECT, mapping={"count": len(rows)}), context=request)
    body = translate(
        Message(BODY, mapping={"profiles": "\n".join(lines)}), context=request
    )
    return subject, body


def send_reminders(portal, today: date) -> dict:
    """Mail the editors the profiles that became due and were not mailed today."""
    rows = pending_reminders(portal, today)
    addresses = editor_addresses(portal)
    if not rows or not addresses:
        return {"recipients": 0, "profiles": []}
    subject, body = compose(rows)
    for address in addresses:
        api.portal.send_email(
            recipient=address, subject=subject, body=body, immediate=True
        )
    annotations = IAnnotations(portal)
    urls = _sent_today(portal, today) | {row["url"] for row in rows}
    annotations[ANNOTATION_KEY] = PersistentMapping(
        {"date": today.isoformat(), "urls": sorted(urls)}
    )
    logger.info("Reminded %d editors of %d profiles.", len(addresses), len(rows))
    return {"recipients": len(addresses), "profiles": [row["url"] for row in rows]}
