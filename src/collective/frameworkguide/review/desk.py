"""What the reviewer desk ``@@framework-review`` lists, as plain data.

- pending profiles, with who submitted them and when, and the field-by-field
  difference from the published version (``review/diff.py``);
- published profiles due for review, oldest review first;
- drafts nobody touched for ``DRAFT_IDLE_DAYS`` days;
- open reader reports.

Staff-only and small, so it may load the profiles it lists (the public pages
never do).
"""

from collective.frameworkguide import _
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import missing_evidence
from collective.frameworkguide.guide.freshness import age_in_days
from collective.frameworkguide.guide.freshness import DRAFT_IDLE_DAYS
from collective.frameworkguide.guide.freshness import freshness
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.published import profile_brains
from collective.frameworkguide.guide.published import published_profile_brains
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.permissions import CHECK_IN
from collective.frameworkguide.releases.maintenance import no_release_since
from collective.frameworkguide.releases.maintenance import warning_months
from collective.frameworkguide.releases.proposals import is_release_proposal
from collective.frameworkguide.releases.proposals import note
from collective.frameworkguide.releases.proposals import record_of
from collective.frameworkguide.review.diff import field_diff
from collective.frameworkguide.review.diff import published_version
from collective.frameworkguide.review.reports import open_reports
from collective.frameworkguide.workflow.guards import FOUR_EYES_MESSAGE
from collective.frameworkguide.workflow.guards import is_manager
from collective.frameworkguide.workflow.guards import NOT_A_REVIEWER_MESSAGE
from collective.frameworkguide.workflow.guards import publish_refusal
from collective.frameworkguide.workflow.guards import submitted_by_current_user
from collective.frameworkguide.workflow.history import last_entry
from DateTime import DateTime
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from zope.globalrequest import getRequest


# Who submitted a release proposal, in the desk's words.
RELEASE_CHECK = _("the package index check")


def user_title(userid: str | None) -> str:
    user = api.user.get(userid=userid) if userid else None
    if user is None:
        return userid or ""
    return user.getProperty("fullname") or userid


def _profiles_by_title(guide, **query):
    return profile_brains(guide, sort_on="sortable_title", **query)


def pending_count(guide) -> int:
    """How many of the guide's profiles wait for review (that the user sees)."""
    return len(profile_brains(guide, review_state="pending"))


def approval_refusal(profile):
    """Why the current user may not approve ``profile`` (publish it, or check
    in a working copy), or ``None``: the desk then offers no button but says
    why (the four-eyes rule, or not a reviewer)."""
    if not IWorkingCopy.providedBy(profile):
        return publish_refusal(profile)
    if not api.user.has_permission(CHECK_IN, obj=profile):
        return NOT_A_REVIEWER_MESSAGE
    if submitted_by_current_user(profile) and not is_manager(profile):
        return FOUR_EYES_MESSAGE
    return None


def pending_rows(guide) -> list[dict]:
    criteria = guide_criteria(guide)
    rows = []
    for brain in _profiles_by_title(guide, review_state="pending"):
        profile = brain.getObject()
        submit = last_entry(profile, "submit") or {}
        published = published_version(profile)
        release = is_release_proposal(profile)
        rows.append(
            {
                "title": brain.Title,
                "url": brain.getURL(),
                "working_copy": IWorkingCopy.providedBy(profile),
                "submitter": translate_message(RELEASE_CHECK, getRequest())
                if release
                else user_title(submit.get("actor")),
                "submitted": submit.get("time"),
                # A release proposal's note follows its latest update.
                "comment": note(record_of(profile))
                if release
                else submit.get("comments") or "",
                "release_proposal": release,
                "is_new": published is None,
                "diff": field_diff(published, profile) if published else [],
                "reject_url": f"{brain.getURL()}/@@framework-reject",
                "refusal": approval_refusal(profile),
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


def quiet_rows(guide, today: date) -> list[dict]:
    """Published profiles whose last release is older than the guide's
    ``release_warning_months``, the longest silence first."""
    months = warning_months(guide)
    rows = []
    for brain in published_profile_brains(guide):
        card = brain.framework_card or {}
        released = card.get("latest_release_date")
        if no_release_since(released, months, today):
            rows.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "package": card.get("package_name") or "",
                    "last_release": released,
                }
            )
    return sorted(rows, key=lambda row: row["last_release"])


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
