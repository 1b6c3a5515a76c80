"""The comparison matrix: one row per criterion, one cell per profile.

Rows are plain, picklable dicts (the HTML matrix is cached under a digest of
them)::

    >>> row = matrix_row("license", "License", "text",
    ...                  [{"license": "BSD"}, {"license": "MIT"}], _getter("license"))
    >>> [cell["value"] for cell in row["cells"]], row["differs"]
    (['BSD', 'MIT'], True)
"""

from collections.abc import Callable
from collective.frameworkguide import _
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.criteria.matrix import criterion_rows
from collective.frameworkguide.criteria.matrix import differences_only
from collective.frameworkguide.guide.card import rating_label
from collective.frameworkguide.guide.card import RATING_TITLES
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.releases.maintenance import no_release_since
from collective.frameworkguide.releases.maintenance import warning_months
from datetime import date
from zope.globalrequest import getRequest
from zope.i18nmessageid import Message


# The advice texts the compare page shows first, with their row titles.
ADVICE_ROWS = (
    ("description", _("Summary")),
    ("choose_when", _("Choose it when…")),
    ("avoid_when", _("Avoid it when…")),
)

# The facts shown as plain text, in the matrix's order; the titles are
# shorter than the form's labels.
FACT_ROWS = (
    ("license", _("License")),
    ("first_release_year", _("First release")),
    ("latest_version", _("Latest version")),
)


def _comparable(value):
    return tuple(value) if isinstance(value, (list, set, tuple)) else value


def _getter(name: str) -> Callable[[dict], object]:
    return lambda profile: profile.get(name)


def matrix_row(
    name: str,
    title: Message,
    kind: str,
    profiles: list[dict],
    value: Callable[[dict], object],
    label: Callable[[object], object] = lambda v: v,
) -> dict:
    """One criterion across ``profiles``.

    ``kind`` tells how to show the cells: ``text``, ``rating`` (a word),
    ``battery`` (built in or not) or ``advice`` (a paragraph). ``differs`` is
    true when at least two profiles have different values.
    """
    values = [value(profile) for profile in profiles]
    return {
        "name": name,
        "title": title,
        "kind": kind,
        "cells": [{"value": v, "label": label(v)} for v in values],
        "differs": len({_comparable(v) for v in values}) > 1,
    }


def release_row(profiles: list[dict], months: int, day: date) -> dict:
    """The last release's ISO date; past the guide's threshold the cell says
    "no release since …"."""

    def label(iso):
        if iso and no_release_since(iso, months, day):
            return _(
                "no_release_since",
                default="no release since ${date}",
                mapping={"date": iso},
            )
        return iso

    def value(profile):
        released = profile.get("latest_release_date")
        return released.isoformat() if released else None

    return matrix_row(
        "latest_release_date", _("Last release"), "text", profiles, value, label
    )


def battery_rows(batteries, profiles: list[dict]) -> list[dict]:
    """One row per battery term (``TermTitles``) that one of ``profiles`` has."""
    rows = []
    for token, title in batteries.items():
        row = matrix_row(
            "batteries",
            title,
            "battery",
            profiles,
            lambda p, token=token: token in (p.get("batteries") or ()),
            lambda v: None,
        )
        if any(cell["value"] for cell in row["cells"]):
            row["token"] = token
            rows.append(row)
    return rows


def matrix_rows(comparison, profiles: list[dict], advice=False) -> list[dict]:
    """Rows of criteria (see :func:`matrix_row`) for ``profiles``.

    With ``advice``, the summary and the *choose when* / *avoid when* texts
    come first; the guide's criteria come last. With the comparison's
    ``differences`` (and two profiles or more), rows where all profiles agree
    are left out.
    """
    rows = []
    if advice:
        for name, title in ADVICE_ROWS:
            row = matrix_row(name, title, "advice", profiles, _getter(name))
            row["differs"] = False
            rows.append(row)
    rows.append(
        matrix_row(
            "framework_kind",
            _("Kind"),
            "text",
            profiles,
            _getter("framework_kind"),
            comparison.kinds.title,
        )
    )
    rows.append(
        matrix_row(
            "use_cases",
            _("Best for"),
            "text",
            profiles,
            lambda p: sorted(p.get("use_cases") or ()),
            # Joined here, so each title is translated first (German pages).
            lambda v: ", ".join(
                translate_message(title, getRequest())
                for title in comparison.use_cases.titles(v)
            ),
        )
    )
    for name in RATING_FIELDS:
        rows.append(
            matrix_row(
                name,
                RATING_TITLES[name],
                "rating",
                profiles,
                _getter(name),
                rating_label,
            )
        )
    rows.extend(battery_rows(comparison.batteries, profiles))
    for name, title in FACT_ROWS:
        rows.append(matrix_row(name, title, "text", profiles, _getter(name)))
    guide = comparison.guide
    rows.append(release_row(profiles, warning_months(guide), today()))
    rows.extend(
        criterion_rows(comparison.criteria, profiles, interval_of(guide), today())
    )
    if comparison.differences and len(profiles) > 1:
        rows = differences_only(rows)
    return rows
