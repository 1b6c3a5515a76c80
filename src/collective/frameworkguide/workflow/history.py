"""Reading a profile's workflow history.

Entries are the dicts DCWorkflow keeps per workflow (``action``, ``actor``,
``comments``, ``review_state``, ``time``)::

    >>> from types import SimpleNamespace
    >>> profile = SimpleNamespace(
    ...     workflow_history={WORKFLOW_ID: ({"action": "submit", "actor": "alice"},)}
    ... )
    >>> last_entry(profile, "submit")["actor"]
    'alice'
    >>> reject_comment(profile)
    ''
"""

from collective.frameworkguide.workflow import WORKFLOW_ID


# The entries after which a profile is published: the transition, and the
# check-in of a reviewed working copy (``working_copy.carry_history_to_baseline``).
PUBLISH_ACTIONS = ("publish", "checkin")


def entries(obj) -> list[dict]:
    """The profile's history in :data:`WORKFLOW_ID`, oldest first."""
    history = getattr(obj, "workflow_history", None) or {}
    return list(history.get(WORKFLOW_ID, ()))


def last_entry(obj, action: str) -> dict | None:
    """The newest history entry of ``action`` (e.g. ``"submit"``), or ``None``."""
    for entry in reversed(entries(obj)):
        if entry.get("action") == action:
            return entry
    return None


def last_submitter(obj) -> str | None:
    """The id of the user who made the last ``submit`` of ``obj``."""
    entry = last_entry(obj, "submit")
    return entry.get("actor") if entry else None


def reject_comment(obj) -> str:
    """The comment of the last ``reject`` if the profile is still in draft since."""
    items = entries(obj)
    if items and items[-1].get("action") == "reject":
        return items[-1].get("comments") or ""
    return ""
