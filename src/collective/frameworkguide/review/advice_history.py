"""The history of a profile's advice: its kind and its use cases over time.

When a reviewer publishes a profile (``publish``, or the check-in of a working
copy), its advice (kind and use cases)::

    >>> from types import SimpleNamespace
    >>> current_advice(SimpleNamespace(framework_kind="micro", use_cases=["unique"]))
    {'framework_kind': 'micro', 'use_cases': ['unique']}

are compared with those it had when last published; each difference becomes a
dated entry "moved from … to …" (the subscribers below, registered in
``review/configure.zcml``, do it for every publication)::

    record_publication(profile, date(2026, 5, 1))
    # [{'date': datetime.date(2026, 5, 1), 'field': 'framework_kind',
    #   'old': 'micro', 'new': 'full-stack'}]

The entries live in an annotation of the profile (public: the profile page
shows them as a changelog). A working copy's copy of the annotation is dropped
before check-in (see ``workflow.working_copy``), so plone.app.iterate's merge
never overwrites the published profile's history with an older one.
"""

from collective.frameworkguide.workflow.history import entries as workflow_entries
from collective.frameworkguide.workflow.history import PUBLISH_ACTIONS
from collective.frameworkguide.workflow.subscribers import our_transition
from datetime import date
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations


ANNOTATION_KEY = "collective.frameworkguide.review.advice_history"

TRACKED_FIELDS = ("framework_kind", "use_cases")


def current_advice(profile) -> dict:
    return {
        "framework_kind": getattr(profile, "framework_kind", None) or None,
        "use_cases": sorted(getattr(profile, "use_cases", None) or ()),
    }


def _storage(profile, create=False):
    annotations = IAnnotations(profile, None)
    if annotations is None:
        return None
    storage = annotations.get(ANNOTATION_KEY)
    if storage is None and create:
        storage = annotations[ANNOTATION_KEY] = PersistentMapping(
            {"published": None, "entries": PersistentList()}
        )
    return storage


def record_publication(profile, day: date) -> list[dict]:
    """Compare the advice with the last published one; keep what moved."""
    storage = _storage(profile, create=True)
    now = current_advice(profile)
    before = storage.get("published")
    added = []
    if before is not None:
        for name in TRACKED_FIELDS:
            if before.get(name) != now[name]:
                added.append(
                    {
                        "date": day,
                        "field": name,
                        "old": before.get(name),
                        "new": now[name],
                    }
                )
    storage["entries"].extend(added)
    storage["published"] = now
    return added


def changes(profile) -> list[dict]:
    """The entries, newest first (copies: safe to hand to templates)."""
    storage = _storage(profile)
    if not storage:
        return []
    return [dict(entry) for entry in reversed(storage["entries"])]


def last_changed(profile) -> date | None:
    storage = _storage(profile)
    if not storage or not storage["entries"]:
        return None
    return storage["entries"][-1]["date"]


def first_published(profile) -> date | None:
    """The day of the profile's first ``publish``, from its workflow history."""
    for entry in workflow_entries(profile):
        if entry.get("action") in PUBLISH_ACTIONS and entry.get("time") is not None:
            return entry["time"].asdatetime().date()
    return None


# Subscribers (review/configure.zcml). They are registered before the
# workflow's own, which stamp ``last_reviewed`` and reindex the profile: the
# catalog card then holds the entry recorded here (``last_changed``).


def record_after_publish(profile, event) -> None:
    """After our workflow's ``publish`` of a profile."""
    if our_transition(event) == "publish":
        record_publication(profile, date.today())


def record_after_checkin(profile, event) -> None:
    """After the check-in of a profile's working copy (the reviewer's approval)."""
    record_publication(profile, date.today())
