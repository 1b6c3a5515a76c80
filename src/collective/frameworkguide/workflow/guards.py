"""Workflow guards, callable from DCWorkflow guard expressions.

The ``publish`` transition's guard is::

    python:modules['collective.frameworkguide.workflow.guards'].may_publish(here)
"""

from AccessControl import getSecurityManager
from AccessControl import ModuleSecurityInfo
from collective.frameworkguide import _
from collective.frameworkguide.permissions import REVIEW_PROFILE
from collective.frameworkguide.workflow.history import last_submitter
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy


FOUR_EYES_MESSAGE = _(
    "You submitted this profile, so another reviewer must publish it (four-eyes rule)."
)
WORKING_COPY_MESSAGE = _(
    "This is a working copy of a published profile: approve it with “Check in”, "
    "which updates the published profile."
)
NOT_A_REVIEWER_MESSAGE = _("Only the guide's reviewers may publish profiles.")

ModuleSecurityInfo("collective.frameworkguide.workflow.guards").declarePublic(
    "may_publish"
)


def is_manager(obj) -> bool:
    # The security manager's user, not a plone.api lookup: Zope's root
    # administrator (scripts, zconsole) is no user of the site.
    return bool(getSecurityManager().getUser().has_role("Manager", obj))


def publish_refusal(obj):
    """Why the current user may not publish ``obj``, or ``None`` if they may."""
    if IWorkingCopy.providedBy(obj):
        return WORKING_COPY_MESSAGE
    if not api.user.has_permission(REVIEW_PROFILE, obj=obj):
        return NOT_A_REVIEWER_MESSAGE
    if submitted_by_current_user(obj) and not is_manager(obj):
        return FOUR_EYES_MESSAGE
    return None


def submitted_by_current_user(obj) -> bool:
    return last_submitter(obj) == getSecurityManager().getUser().getId()


def may_publish(obj) -> bool:
    """Guard of ``publish``: a reviewer, not the last submitter (Managers may)."""
    return publish_refusal(obj) is None
