"""Event subscribers that make the workflow's rules hold on every path.

They run for the Classic UI, the REST API and code alike: a reject without a
comment is refused, ``publish`` stamps ``last_reviewed`` and a Manager's override
of the four-eyes rule is written into the history. (The verdict history
subscribes to the same events on its own: ``review/configure.zcml``; the mails
are content rules: ``workflow/mail_rules.py``.)
"""

from collective.frameworkguide import _
from collective.frameworkguide.workflow import WORKFLOW_ID
from collective.frameworkguide.workflow.history import entries
from datetime import date
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.i18n import translate


REJECT_NEEDS_COMMENT = _(
    "Please say what the editors should change: rejecting a profile needs a comment."
)
OVERRIDE_NOTE = _(
    "Published by its own submitter: a Manager overrode the four-eyes rule."
)


def our_transition(event) -> str | None:
    """The id of a workflow event's transition if it is one of our workflow's."""
    if event.workflow is None or event.workflow.id != WORKFLOW_ID:
        return None
    return event.transition.id if event.transition is not None else None


def require_reject_comment(obj, event) -> None:
    """Before ``reject``: refuse it when no comment is given."""
    if our_transition(event) != "reject":
        return
    comment = (event.kwargs or {}).get("comment") or ""
    if not comment.strip():
        raise WorkflowException(translate(REJECT_NEEDS_COMMENT, context=obj.REQUEST))


def after_transition(obj, event) -> None:
    """After our workflow's ``publish``: stamp and note an override."""
    if our_transition(event) == "publish":
        mark_reviewed(obj)
        record_override_if_any(obj)


def mark_reviewed(obj) -> None:
    obj.last_reviewed = date.today()
    obj.reindexObject()


def record_override_if_any(obj) -> None:
    """Note in the history when the last submitter (a Manager) published."""
    history = entries(obj)
    if len(history) < 2 or history[-1].get("action") != "publish":
        return
    publisher = history[-1].get("actor")
    previous = history[:-1]
    submitter = None
    for entry in reversed(previous):
        if entry.get("action") == "submit":
            submitter = entry.get("actor")
            break
    if publisher and publisher == submitter:
        note = translate(OVERRIDE_NOTE, context=obj.REQUEST)
        last = dict(history[-1])
        comment = last.get("comments") or ""
        last["comments"] = f"{note} {comment}".strip()
        wf_history = obj.workflow_history
        wf_history[WORKFLOW_ID] = (*wf_history[WORKFLOW_ID][:-1], last)
        obj.workflow_history = wf_history
