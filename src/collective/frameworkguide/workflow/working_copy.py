"""Published profiles change through a reviewed working copy (plone.app.iterate).

Editors check out a published profile; the working copy is an ordinary draft
that follows the same workflow (submit, reject with a comment). A reviewer who
did not submit it approves it with iterate's *Check in*, which copies it over
the published profile: visitors see the published version until then.
"""

from collective.frameworkguide.permissions import CHECK_IN
from collective.frameworkguide.workflow import WORKFLOW_ID
from collective.frameworkguide.workflow.guards import is_manager
from collective.frameworkguide.workflow.guards import submitted_by_current_user
from collective.frameworkguide.workflow.history import entries
from collective.frameworkguide.workflow.subscribers import mark_reviewed
from DateTime import DateTime
from plone import api
from plone.app.iterate.browser.control import Control
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from zope.annotation.interfaces import IAnnotations


# Annotations that belong to the published profile, not to its working copy:
# iterate's merge copies every annotation of the working copy over the
# baseline's, which would bring back the verdict history and reader reports
# as they were at check-out.
BASELINE_ANNOTATIONS = (
    "collective.frameworkguide.review.advice_history",
    "collective.frameworkguide.reports",
    # The release check's note on a proposal (releases/proposals.py).
    "collective.frameworkguide.releases",
)


class ReviewedCheckinControl(Control):
    """``@@iterate_control`` for profiles: check-in is the reviewer's approval.

    iterate's own rule (whoever may modify the published original) would let
    editors bypass review; here check-in needs a pending working copy, the
    check-in permission (reviewers, in ``pending``) and a user other than the
    one who submitted it, unless a Manager.
    """

    def checkin_allowed(self):
        context = self.context
        if not IWorkingCopy.providedBy(context) or not self._can_lock():
            return False
        if api.content.get_state(obj=context, default=None) != "pending":
            return False
        if not api.user.has_permission(CHECK_IN, obj=context):
            return False
        if submitted_by_current_user(context) and not is_manager(context):
            return False
        return self._baseline() is not None

    def _baseline(self):
        policy = ICheckinCheckoutPolicy(self.context, None)
        return policy.getBaseline() if policy is not None else None


def carry_history_to_baseline(working_copy, event) -> None:
    """Before the merge: the working copy's review steps join the original's
    history, closed by a ``checkin`` entry that keeps it ``published``; the
    working copy's copies of ``BASELINE_ANNOTATIONS`` are dropped."""
    baseline = event.baseline
    annotations = IAnnotations(working_copy, None)
    for key in BASELINE_ANNOTATIONS if annotations is not None else ():
        annotations.pop(key, None)
    history = getattr(baseline, "workflow_history", None)
    if history is None or WORKFLOW_ID not in history:
        return
    carried = tuple(dict(entry) for entry in entries(working_copy))
    checkin = {
        "action": "checkin",
        "actor": api.user.get_current().getId(),
        "comments": event.message or "",
        "review_state": "published",
        "time": DateTime(),
    }
    history[WORKFLOW_ID] = (*history[WORKFLOW_ID], *carried, checkin)


def after_checkin(baseline, event) -> None:
    """The approved change is live: stamp ``last_reviewed``. (The content rule
    ``framework-profile-checked-in`` tells the editor: ``mail_rules``.)"""
    mark_reviewed(baseline)
