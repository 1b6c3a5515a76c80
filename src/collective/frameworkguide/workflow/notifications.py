"""E-mail about review steps, sent through the site's MailHost.

A submit mails the reviewers group; a reject or publish mails the user who
submitted, with the reviewer's comment. A mail that cannot be sent is logged
and never blocks the transition.
"""

from collective.frameworkguide import _
from collective.frameworkguide.workflow import REVIEWERS_GROUP
from collective.frameworkguide.workflow.groups import group_emails
from collective.frameworkguide.workflow.history import entries
from collective.frameworkguide.workflow.history import last_submitter
from plone import api
from zope.i18n import translate
from zope.i18nmessageid import Message

import logging


logger = logging.getLogger("collective.frameworkguide.workflow")

SUBJECTS = {
    "submit": _("mail_submit_subject", default="Please review the profile “${title}”"),
    "reject": _("mail_reject_subject", default="The profile “${title}” was sent back"),
    "publish": _("mail_publish_subject", default="The profile “${title}” is published"),
}

BODIES = {
    "submit": _(
        "mail_submit_body",
        default="${actor} submitted the Framework Profile “${title}” for review."
        "\n\nReview it here: ${url}\n\nComment: ${comment}",
    ),
    "reject": _(
        "mail_reject_body",
        default="${actor} sent the Framework Profile “${title}” back to its "
        "editors.\n\nWhat to change: ${comment}\n\nEdit it here: ${url}",
    ),
    "publish": _(
        "mail_publish_body",
        default="${actor} published the Framework Profile “${title}”.\n\n"
        "Comment: ${comment}\n\nSee it here: ${url}",
    ),
}


def user_address(userid: str | None) -> list[str]:
    user = api.user.get(userid=userid) if userid else None
    email = user.getProperty("email") if user is not None else None
    return [email] if email else []


def recipients(obj, transition: str) -> list[str]:
    if transition == "submit":
        return group_emails(REVIEWERS_GROUP)
    return user_address(last_submitter(obj))


def compose(obj, transition: str) -> tuple[str, str]:
    """The subject and body of the mail about ``transition`` on ``obj``."""
    last = entries(obj)[-1] if entries(obj) else {}
    actor = api.user.get(userid=last.get("actor")) if last.get("actor") else None
    mapping = {
        "title": obj.Title(),
        "url": obj.absolute_url(),
        "actor": (actor.getProperty("fullname") or actor.getId()) if actor else "",
        "comment": last.get("comments") or "—",
    }
    request = getattr(obj, "REQUEST", None)
    # Message() keeps the default text; translate() ignores a separate mapping.
    subject = translate(Message(SUBJECTS[transition], mapping=mapping), context=request)
    body = translate(Message(BODIES[transition], mapping=mapping), context=request)
    return subject, body


def notify_transition(obj, transition: str | None) -> None:
    """Mail the people concerned by ``transition``; log, never raise."""
    if transition not in SUBJECTS:
        return
    addresses = recipients(obj, transition)
    if not addresses:
        return
    try:
        subject, body = compose(obj, transition)
        for address in addresses:
            api.portal.send_email(
                recipient=address, subject=subject, body=body, immediate=True
            )
    except Exception:
        # Mail is a courtesy: a missing or broken MailHost must not undo a review.
        logger.exception(
            "Could not send the %s mail for %s", transition, obj.absolute_url()
        )
