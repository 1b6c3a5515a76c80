"""What the reviewer desk ``@@framework-review`` lists, as plain data.

- pending profiles, with who submitted them and when, and the field-by-field
  difference from the published version: the baseline of a working copy
  (plone.app.iterate), or the CMFEditions version that was live at the last
  ``publish`` of a retracted profile;
- published profiles due for review, oldest review first;
- drafts nobody touched for ``DRAFT_IDLE_DAYS`` days;
- open reader reports.

Staff-only and small, so it may load the profiles it lists (the public pages
never do).
"""

from collective.frameworkguide import _
from collective.frameworkguide.content.profile import IFrameworkProfileSchema
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.content.vocabularies import terms_from_registry
from collective.frameworkguide.criteria import cell_of
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import missing_evidence
from collective.frameworkguide.criteria import VERDICT_LABELS
from collective.frameworkguide.guide.card import rating_label
from collective.frameworkguide.guide.freshness import age_in_days
from collective.frameworkguide.guide.freshness import DRAFT_IDLE_DAYS
from collective.frameworkguide.guide.freshness import freshness
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.published import published_profile_brains
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.review.reports import open_reports
from collective.frameworkguide.workflow.history import entries
from collective.frameworkguide.workflow.history import last_entry
from DateTime import DateTime
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from zope.globalrequest import getRequest
from zope.schema import getFieldsInOrder

import logging
import re


logger = logging.getLogger("collective.frameworkguide.review.desk")

# Fields the diff leaves out: set by the workflow, or not text.
NOT_COMPARED = ("last_reviewed", "logo", "replaced_by")

_TAGS = re.compile(r"<[^>]+>")


def _in_guide(guide, **query):
    catalog = api.portal.get_tool("portal_catalog")
    return catalog(
        portal_type="FrameworkProfile",
        path={"query": "/".join(guide.getPhysicalPath()), "depth": 1},
        sort_on="sortable_title",
        **query,
    )


def user_title(userid: str | None) -> str:
    user = api.user.get(userid=userid) if userid else None
    if user is None:
        return userid or ""
    return user.getProperty("fullname") or userid


class Words:
    """Field values in words: vocabulary titles, rating labels, plain text."""

    def __init__(self):
        self.request = getRequest()
        self.terms = {
            "framework_kind": dict(terms_from_registry("framework_kinds")),
            "use_cases": dict(terms_from_registry("use_cases")),
            "batteries": dict(terms_from_registry("batteries")),
        }

    def translate(self, message) -> str:
        return translate_message(message, self.request)

    def __call__(self, name, value):
        if value is None or value == "" or value == set() or value == []:
            return ""
        if name in self.terms:
            titles = self.terms[name]
            tokens = [value] if isinstance(value, str) else sorted(value)
            return ", ".join(self.translate(titles.get(t, t)) for t in tokens)
        if name in RATING_FIELDS:
            return self.translate(rating_label(value) or str(value))
        if hasattr(value, "raw"):  # RichTextValue
            return " ".join(_TAGS.sub(" ", value.raw or "").split())
        if isinstance(value, (list, tuple)):
            return "; ".join(value)
        if isinstance(value, dict):  # criteria_values: id, verdict, source
            return "; ".join(
                self.cell(key, cell_of(value, key)) for key in sorted(value)
            )
        return str(value)

    def cell(self, key: str, cell: dict) -> str:
        text = f"{key}: {self.translate(VERDICT_LABELS[cell['verdict']])}"
        if cell["note"]:
            text += f" ({cell['note']})"
        return f"{text} <{cell['source_url']}>" if cell["source_url"] else text


def compared_fields() -> list[tuple[str, object]]:
    fields = [("title", _("Title")), ("description", _("Summary"))]
    fields += [
        (name, field.title)
        for name, field in getFieldsInOrder(IFrameworkProfileSchema)
        if name not in NOT_COMPARED
    ]
    fields.append(("text", _("In more detail")))
    return fields


def field_diff(published, pending) -> list[dict]:
    """Rows ``{name, title, old, new}`` for each field whose value differs."""
    words = Words()
    rows = []
    for name, title in compared_fields():
        old = words(name, getattr(published, name, None))
        new = words(name, getattr(pending, name, None))
        if old != new:
            rows.append({"name": name, "title": title, "old": old, "new": new})
    return rows


def published_version(profile):
    """The published content a pending ``profile`` would replace, or None."""
    if IWorkingCopy.providedBy(profile):
        policy = ICheckinCheckoutPolicy(profile, None)
        return policy.getBaseline() if policy is not None else None
    published_at = None
    for entry in entries(profile):
        if entry.get("action") in ("publish", "checkin"):
            published_at = entry["time"]
    if published_at is None:
        return None  # never published: everything is new
    repository = api.portal.get_tool("portal_repository")
    try:
        history = repository.getHistoryMetadata(profile)
        if not history:
            return None
        live = None
        for version_id in range(history.getLength(countPurged=False)):
            meta = history.retrieve(version_id)["metadata"]["sys_metadata"]
            if meta["timestamp"] <= published_at.timeTime():
                live = version_id
        return repository.retrieve(profile, live).object if live is not None else None
    except Exception:  # a purged or unreadable history: no diff, no error
        logger.exception("No published version of %s", profile.absolute_url())
        return None


def pending_rows(guide) -> list[dict]:
    criteria = guide_criteria(guide)
    rows = []
    for brain in _in_guide(guide, review_state="pending"):
        profile = brain.getObject()
        submit = last_entry(profile, "submit") or {}
        published = published_version(profile)
        rows.append(
            {
                "title": brain.Title,
                "url": brain.getURL(),
                "working_copy": IWorkingCopy.providedBy(profile),
                "submitter": user_title(submit.get("actor")),
                "submitted": submit.get("time"),
                "comment": submit.get("comments") or "",
                "is_new": published is None,
                "diff": field_diff(published, profile) if published else [],
                "reject_url": f"{brain.getURL()}/@@framework-reject",
                # The completeness check: a warning, publishing stays possible.
                "missing": missing_evidence(
                    criteria, getattr(profile, "criteria_values", None)
                ),
            }
        )
    return rows


def stale_rows(guide, today: date) -> list[dict]:
    months = interval_of(guide)
    rows = []
    for brain in published_profile_brains(guide):
        card = brain.framework_card or {}
        if not freshness(card, months, today)["stale"]:
            continue
        rows.append(
            {
                "title": brain.Title,
                "url": brain.getURL(),
                "last_reviewed": card.get("last_reviewed"),
                "age": age_in_days(card.get("last_reviewed"), today),
                "checkout_url": f"{brain.getURL()}/@@content-checkout",
            }
        )
    # Never reviewed first, then the oldest review.
    return sorted(rows, key=lambda r: -1 if r["age"] is None else -r["age"])


def idle_draft_rows(guide, today: date) -> list[dict]:
    cutoff = DateTime((today - timedelta(days=DRAFT_IDLE_DAYS)).isoformat())
    brains = _in_guide(
        guide, review_state="draft", modified={"query": cutoff, "range": "max"}
    )
    return [
        {
            "title": brain.Title,
            "url": brain.getURL(),
            "modified": brain.modified,
            "idle": age_in_days(brain.modified, today),
            "edit_url": f"{brain.getURL()}/edit",
        }
        for brain in brains
    ]


def report_rows(guide) -> list[dict]:
    rows = []
    for profile in guide.objectValues():
        if not IFrameworkProfile.providedBy(profile) or IWorkingCopy.providedBy(
            profile
        ):
            continue
        for report in open_reports(profile):
            rows.append(
                {
                    **report,
                    "profile_id": profile.getId(),
                    "title": profile.Title(),
                    "url": profile.absolute_url(),
                }
            )
    return sorted(rows, key=lambda r: r["created"])
