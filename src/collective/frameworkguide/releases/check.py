"""A release check: read the index for each profile, propose what changed.

``check_profiles`` works inside the current transaction (tests, code);
``run_check`` is what the view and ``scripts/release_check.py`` call: it takes
the database lease (``lock.py``), commits after each profile, and gives the
lease back with a summary. Every failure of the index is logged as a WARNING
naming the package and changes nothing::

    result = run_check(portal, [guide], today=date.today())
    result.summary()  # {'proposed': 1, 'unchanged': 3, 'failed': 0, ...}
"""

from collective.frameworkguide.content import GUIDE_TYPE
from collective.frameworkguide.errors import PackageIndexError
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.releases import lock
from collective.frameworkguide.releases.index import Limits
from collective.frameworkguide.releases.index import read_release
from collective.frameworkguide.releases.proposals import apply_release
from collective.frameworkguide.settings import PACKAGE_INDEX_RECORD
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from ZODB.POSException import ConflictError

import logging
import time
import transaction
import uuid


logger = logging.getLogger("collective.frameworkguide.releases")


@dataclass
class Outcome:
    title: str
    url: str
    package: str
    action: str  # one of proposals.OUTCOMES, or "failed" / "not checked"
    version: str = ""
    message: str = ""


@dataclass
class CheckResult:
    outcomes: list[Outcome] = field(default_factory=list)
    # Why nothing ran: "off" (no index URL), "running" or "fresh" (lock.py).
    stopped: str | None = None

    def summary(self) -> dict:
        counts = {}
        for outcome in self.outcomes:
            counts[outcome.action] = counts.get(outcome.action, 0) + 1
        return counts


def index_url() -> str:
    """The control panel's package index URL ("" when the check is off)."""
    return (
        api.portal.get_registry_record(PACKAGE_INDEX_RECORD, default="") or ""
    ).strip()


def all_guides(site) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=GUIDE_TYPE)
    return [brain._unrestrictedGetObject() for brain in brains]


def checked_profiles(guides) -> list:
    """The profiles with a package name, working copies left out."""
    found = []
    for guide in guides:
        for profile in guide.objectValues():
            if not IFrameworkProfile.providedBy(profile):
                continue
            if IWorkingCopy.providedBy(profile) or not profile.package_name:
                continue
            found.append(profile)
    return sorted(found, key=lambda p: (p.Title().lower(), p.getId()))


def check_profile(profile, url: str, today: date, limits: Limits) -> Outcome:
    outcome = Outcome(
        profile.Title(), profile.absolute_url(), profile.package_name, "failed"
    )
    try:
        release = read_release(url, profile.package_name, limits)
    except PackageIndexError as error:
        outcome.message = str(error)
        logger.warning(
            "Release check of %r (%s): %s; nothing changed.",
            profile.package_name,
            profile.absolute_url(),
            error,
        )
        return outcome
    outcome.version = release.version
    outcome.action = apply_release(profile, release, today)
    logger.info(
        "Release check of %r: %s is %s.",
        profile.package_name,
        release.version,
        outcome.action,
    )
    return outcome


def check_profiles(guides, url: str, today: date, limits: Limits, commit=False):
    """Check each profile of ``guides`` (at most ``limits.max_packages``)."""
    result = CheckResult()
    profiles = checked_profiles(guides)
    for number, profile in enumerate(profiles):
        if number >= limits.max_packages:
            logger.warning(
                "Release check: %d packages left for the next run (at most %d "
                "per run).",
                len(profiles) - number,
                limits.max_packages,
            )
            result.outcomes.extend(
                Outcome(p.Title(), p.absolute_url(), p.package_name, "not checked")
                for p in profiles[number:]
            )
            break
        outcome = check_profile(profile, url, today, limits)
        if commit:
            try:
                transaction.commit()
            except ConflictError:
                transaction.abort()
                outcome.action, outcome.message = "failed", "a conflicting edit"
                logger.warning("Release check of %r: conflict.", outcome.package)
        result.outcomes.append(outcome)
    return result


def run_check(site, guides=None, today=None, limits=None, fresh_seconds=None):
    """The check under the database lease; commits what it does."""
    url = index_url()
    if not url:
        return CheckResult(stopped="off")
    holder = f"{uuid.uuid4().hex}@{time.time():.0f}"
    refused = lock.acquire(site, holder, fresh_seconds)
    if refused is not None:
        logger.info("Release check not run: %s.", refused)
        return CheckResult(stopped=refused)
    result = CheckResult()
    limits = limits or Limits()
    try:
        guides = all_guides(site) if guides is None else guides
        today = today or date.today()
        result = check_profiles(guides, url, today, limits, commit=True)
    finally:
        transaction.abort()
        summary = {"finished": time.time(), **result.summary()}
        lock.release(site, holder, summary)
    return result
