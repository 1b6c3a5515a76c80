"""Carry a profile's state over when it comes under ``framework_profile_workflow``.

A profile made before this workflow was bound (under the site's default or
``simple_publication_workflow``) keeps what visitors could see: published
stays published, pending stays pending, anything else becomes a draft.
"""

from collective.frameworkguide.workflow import WORKFLOW_ID
from DateTime import DateTime
from plone import api


STATE_MAP = {
    "published": "published",
    "pending": "pending",
    "archived": "archived",
    "draft": "draft",
}


def previous_state(obj) -> str | None:
    """The newest state the profile had in any other workflow."""
    newest = None
    for workflow_id, history in (getattr(obj, "workflow_history", None) or {}).items():
        if workflow_id == WORKFLOW_ID or not history:
            continue
        entry = history[-1]
        if newest is None or entry.get("time") > newest.get("time"):
            newest = entry
    return newest.get("review_state") if newest else None


def adopt_profile_workflow(obj) -> None:
    """Give ``obj`` its first state in our workflow, mapped from the previous one."""
    history = getattr(obj, "workflow_history", None) or {}
    if history.get(WORKFLOW_ID):
        return
    old = previous_state(obj)
    if old is None:
        return
    api.portal.get_tool("portal_workflow").setStatusOf(
        WORKFLOW_ID,
        obj,
        {
            "action": None,
            "actor": api.user.get_current().getId(),
            "comments": f"State carried over from the previous workflow ({old}).",
            "review_state": STATE_MAP.get(old, "draft"),
            "time": DateTime(),
        },
    )
