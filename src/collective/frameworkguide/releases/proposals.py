"""A newer release on the index becomes a proposal, never a silent edit.

- a published profile gets a working copy (plone.app.iterate) with the new
  ``latest_version`` and ``latest_release_date`` (and ``first_release_year``
  when it is empty), submitted with the change note "Release X.Y found on the
  package index on DATE": it waits in the reviewer desk like any other change
  and goes live only when a reviewer checks it in; cancelling the check-out
  declines it (that release is not proposed again);
- a proposal already waiting is updated in place, never duplicated;
- a draft (a new profile, or an editor's working copy still in draft) gets the
  values directly, with a note its editors see on the profile page;
- a profile in review, or with an editor's working copy in review, is left
  alone until the review is over.

Each function returns what it did, one of ``OUTCOMES``.
"""

from AccessControl.SecurityManagement import getSecurityManager
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import setSecurityManager
from AccessControl.SpecialUsers import system
from collective.frameworkguide import _
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.releases.versions import Release
from contextlib import contextmanager
from datetime import date
from packaging.version import InvalidVersion
from packaging.version import Version
from persistent.mapping import PersistentMapping
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.uuid.interfaces import IUUID
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest
from zope.i18nmessageid import Message


# On the proposal or the draft: what was written, when, for which object.
ANNOTATION_KEY = "collective.frameworkguide.releases"
# On the published profile: the release a reviewer declined.
DECLINED_KEY = "collective.frameworkguide.releases.declined"

OUTCOMES = ("proposed", "updated", "suggested", "unchanged", "waiting", "declined")

NOTE = _(
    "release_note",
    default="Release ${version} found on the package index on ${date}",
)


@contextmanager
def as_system():
    """Act as Zope's system user: the proposal's submitter is no reviewer,
    so any reviewer may approve it (the four-eyes rule)."""
    saved = getSecurityManager()
    newSecurityManager(None, system)
    try:
        yield
    finally:
        setSecurityManager(saved)


def same_version(first, second) -> bool:
    """Equal as PEP 440 versions (as text when one is no version)."""
    try:
        return Version(str(first)) == Version(str(second))
    except InvalidVersion:
        return str(first or "").strip() == str(second or "").strip()


def proposed_values(profile, release: Release) -> dict:
    """The fields the release changes on ``profile``."""
    values = {}
    if not same_version(profile.latest_version, release.version):
        values["latest_version"] = release.version
    if release.released and profile.latest_release_date != release.released:
        values["latest_release_date"] = release.released
    if release.first_released and not profile.first_release_year:
        values["first_release_year"] = release.first_released.year
    return values


def note(record: dict) -> str:
    """The change note of a proposal or suggestion, in the site's language."""
    message = Message(
        NOTE, mapping={"version": record["version"], "date": record["found_on"]}
    )
    return translate_message(message, getRequest())


def record_of(obj) -> dict | None:
    """What the release check wrote on ``obj`` (``kind``: proposal or
    suggestion), or ``None``."""
    annotations = IAnnotations(obj, None)
    record = annotations.get(ANNOTATION_KEY) if annotations is not None else None
    return dict(record) if record else None


def _write(obj, values: dict, release: Release, today: date, kind: str) -> dict:
    for name, value in values.items():
        setattr(obj, name, value)
    record = PersistentMapping(
        kind=kind,
        version=release.version,
        released=release.released,
        found_on=today.isoformat(),
        uid=IUUID(obj, None),
    )
    IAnnotations(obj)[ANNOTATION_KEY] = record
    obj.reindexObject()
    return dict(record)


def suggestion_for(profile) -> dict | None:
    """The note for a draft's editors: the values written, while unchanged."""
    record = record_of(profile)
    if not record or record["kind"] != "suggestion":
        return None
    if record["uid"] != IUUID(profile, None):
        return None  # copied with the object (a check-out): not about this one
    if api.content.get_state(obj=profile, default=None) != "draft":
        return None
    if not same_version(profile.latest_version, record["version"]):
        return None
    return {**record, "note": note(record)}


# What writing into an existing object is called: the kind of record, the
# outcome.
SUGGEST = ("suggestion", "suggested")
UPDATE_PROPOSAL = ("proposal", "updated")


def _rewrite(obj, release: Release, today: date, how: tuple[str, str]) -> str:
    """Write ``release``'s values into a draft or a pending working copy."""
    values = proposed_values(obj, release)
    if not values:
        return "unchanged"
    kind, outcome = how
    _write(obj, values, release, today, kind)
    return outcome


def _propose(profile, release: Release, today: date) -> str:
    annotations = IAnnotations(profile)
    if annotations.get(DECLINED_KEY) == release.version:
        return "declined"
    values = proposed_values(profile, release)
    if not values:
        return "unchanged"
    working_copy = ICheckinCheckoutPolicy(profile).checkout(profile.aq_parent)
    record = _write(working_copy, values, release, today, "proposal")
    api.content.transition(obj=working_copy, transition="submit", comment=note(record))
    return "proposed"


def apply_release(profile, release: Release, today: date) -> str:
    """Propose, update or suggest ``release`` for ``profile``; the outcome."""
    with as_system():
        state = api.content.get_state(obj=profile, default=None)
        if state == "draft":
            return _rewrite(profile, release, today, SUGGEST)
        if state != "published":
            return "waiting"  # in review or archived: nothing to propose now
        working_copy = ICheckinCheckoutPolicy(profile).getWorkingCopy()
        if working_copy is None:
            return _propose(profile, release, today)
        record = record_of(working_copy)
        wc_state = api.content.get_state(obj=working_copy, default=None)
        if record and record["kind"] == "proposal" and wc_state == "pending":
            return _rewrite(working_copy, release, today, UPDATE_PROPOSAL)
        if wc_state == "draft":
            return _rewrite(working_copy, release, today, SUGGEST)
        return "waiting"


def remember_declined(event) -> None:
    """A reviewer cancelled a release proposal: do not propose it again."""
    record = record_of(event.object)
    baseline = getattr(event, "baseline", None)
    if record and record["kind"] == "proposal" and baseline is not None:
        IAnnotations(baseline)[DECLINED_KEY] = record["version"]


def is_release_proposal(obj) -> bool:
    record = record_of(obj)
    return (
        bool(record) and record["kind"] == "proposal" and IWorkingCopy.providedBy(obj)
    )
