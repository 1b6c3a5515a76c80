"""What the reviewer desk ``@@framework-review`` lists, as plain data.

- pending profiles, with who submitted them and when, and the field-by-field
  difference from the published version (``review/diff.py``);
- published profiles due for review, oldest review first;
- drafts nobody touched for ``DRAFT_IDLE_DAYS`` days;
- open reader reports.

Staff-only and small, so it may load the profiles it lists (the public pages
never do).
"""

from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import missing_evidence
from collective.frameworkguide.guide.freshness import age_in_days
from collective.frameworkguide.guide.freshness import DRAFT_IDLE_DAYS
from collective.frameworkguide.guide.freshness import freshness
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.published import profile_brains
from collective.frameworkguide.guide.published import published_profile_brains
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.review.diff import field_diff
from collective.frameworkguide.review.diff import published_version
from collective.frameworkguide.review.reports import open_reports
from collective.frameworkguide.workflow.history import last_entry
from DateTime import DateTime
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy


def user_title(userid: str | None) -> str:
    user = api.user.get(userid=userid) if userid else None
    if user is None:
        return userid or ""
    return user.getProperty("fullname") or userid


def _profiles_by_title(guide, **query):
    return profile_brains(guide, sort_on="sortable_title", **query)


def pending_rows(guide) -> list[dict]:
    criteria = guide_criteria(guide)
    rows = []
    for brain in _profiles_by_title(guide, review_state="pending"):
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
    brains = _profiles_by_title(
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
