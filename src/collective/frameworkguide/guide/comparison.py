"""The comparison of a guide's published profiles, from catalog metadata only.

One implementation serves the HTML views and the REST API::

    >>> comparison = GuideComparison(guide, use_case="crud")  # doctest: +SKIP
    >>> [p["title"] for p in comparison.profiles]
    ['Django']
    >>> chosen, ignored = comparison.select(["flask", "nope"])
    >>> [row["name"] for row in comparison.matrix(chosen)][:2]
    ['framework_kind', 'use_cases']

Profiles are plain dicts (``id``, ``title``, ``description``, ``url`` and the
``framework_card`` values): no profile object is loaded.
"""

from collections.abc import Callable
from collections.abc import Mapping
from collective.frameworkguide import _
from collective.frameworkguide.chooser.questions import ChooserAnswers
from collective.frameworkguide.chooser.questions import parse_answers
from collective.frameworkguide.chooser.scoring import rank
from collective.frameworkguide.chooser.scoring import Recommendation
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.content.vocabularies import terms_from_registry
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria.matrix import criterion_rows
from collective.frameworkguide.criteria.matrix import differences_only
from collective.frameworkguide.guide.card import rating_label
from collective.frameworkguide.guide.card import RATING_LABELS  # noqa: F401
from collective.frameworkguide.guide.card import RATING_TITLES
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.guide.published import published_profiles
from collective.frameworkguide.guide.published import published_state_key
from collective.frameworkguide.guide.querystring import QueryReader
from collective.frameworkguide.guide.querystring import shorten
from collective.frameworkguide.guide.ramcache import cached_fragment
from collective.frameworkguide.i18n import translate_message
from zope.globalrequest import getRequest
from zope.i18nmessageid import Message

import functools


# The quick pick names at most this many profiles per use case (HTML and REST).
QUICK_PICK_SIZE = 6


def _comparable(value):
    return tuple(value) if isinstance(value, (list, set, tuple)) else value


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


class GuideComparison:
    """Published profiles of a guide, filtered by use case and kind."""

    def __init__(
        self,
        guide,
        use_case: str = "",
        framework_kind: str = "",
        differences: bool = False,
    ):
        self.guide = guide
        # Hide the matrix rows where every shown profile agrees.
        self.differences = differences
        self.kinds = dict(terms_from_registry("framework_kinds"))
        self.use_cases = dict(terms_from_registry("use_cases"))
        self.batteries = dict(terms_from_registry("batteries"))
        self.use_case = use_case if use_case in self.use_cases else ""
        self.framework_kind = framework_kind if framework_kind in self.kinds else ""
        self.ignored_filters = [
            value
            for value, kept in (
                (use_case, self.use_case),
                (framework_kind, self.framework_kind),
            )
            if value and not kept
        ]
        self.notices: list[Message] = [
            _(
                "notice_unknown_filter",
                default="“${value}” is not a filter of this guide; it was ignored.",
                mapping={"value": shorten(value)},
            )
            for value in self.ignored_filters
        ]

    @classmethod
    def from_form(cls, guide, form: Mapping) -> "GuideComparison":
        """The comparison filtered by ``use_case`` and ``framework_kind`` of a form.

        Whatever cannot be used is ignored and explained in ``notices``.
        """
        reader = QueryReader(form)
        comparison = cls(
            guide,
            use_case=reader.one("use_case"),
            framework_kind=reader.one("framework_kind"),
            differences=differences_wanted(reader),
        )
        comparison.notices[:0] = reader.notices
        return comparison

    @functools.cached_property
    def criteria(self) -> list[dict]:
        """The guide's visible criteria rows, read once."""
        return guide_criteria(self.guide)

    @functools.cached_property
    def all_profiles(self) -> list[dict]:
        return list(published_profiles(self.guide))

    @functools.cached_property
    def profiles(self) -> list[dict]:
        return [
            profile
            for profile in self.all_profiles
            if (not self.use_case or self.use_case in (profile.get("use_cases") or ()))
            and (
                not self.framework_kind
                or profile.get("framework_kind") == self.framework_kind
            )
        ]

    @property
    def filtered(self) -> bool:
        return bool(self.use_case or self.framework_kind)

    def quick_pick(self) -> list[dict]:
        """Per use case (vocabulary order), the published profiles best for it."""
        picks = []
        for token, title in self.use_cases.items():
            matches = [
                p for p in self.all_profiles if token in (p.get("use_cases") or ())
            ]
            if matches:
                picks.append({"token": token, "title": title, "profiles": matches})
        return picks

    def select(self, ids: list[str]) -> tuple[list[dict], list[str]]:
        """The published profiles named by ``ids`` (in that order) and the ids
        that name none: unknown, unpublished and archived ones alike, so a
        visitor learns nothing about unpublished content."""
        by_id = {profile["id"]: profile for profile in self.all_profiles}
        chosen = [by_id[i] for i in ids if i in by_id]
        ignored = [i for i in ids if i not in by_id]
        return chosen, ignored

    def kind_title(self, token) -> str:
        return self.kinds.get(token, token or "")

    def use_case_titles(self, tokens) -> list[str]:
        return [self.use_cases.get(t, t) for t in tokens or ()]

    def matrix(self, profiles: list[dict] | None = None, advice=False) -> list[dict]:
        """Rows of criteria (see :func:`matrix_row`) for ``profiles``.

        Defaults to the filtered profiles. With ``advice``, the summary and the
        *choose when* / *avoid when* texts come first; the guide's criteria
        come last. With ``differences`` (and two profiles or more), rows where
        all profiles agree are left out.
        """
        profiles = self.profiles if profiles is None else profiles
        rows = []
        if advice:
            for name, title in (
                ("description", _("Summary")),
                ("choose_when", _("Choose it when…")),
                ("avoid_when", _("Avoid it when…")),
            ):
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
                self.kind_title,
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
                    for title in self.use_case_titles(v)
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
        rows.extend(self.battery_rows(profiles))
        for name, title in (
            ("license", _("License")),
            ("first_release_year", _("First release")),
            ("latest_version", _("Latest version")),
        ):
            rows.append(matrix_row(name, title, "text", profiles, _getter(name)))
        rows.extend(
            criterion_rows(self.criteria, profiles, interval_of(self.guide), today())
        )
        if self.differences and len(profiles) > 1:
            rows = differences_only(rows)
        return rows

    def battery_rows(self, profiles: list[dict] | None = None) -> list[dict]:
        """One row per battery term that at least one of ``profiles`` has."""
        profiles = self.profiles if profiles is None else profiles
        rows = []
        for token, title in self.batteries.items():
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

    def recommend(
        self, form: Mapping
    ) -> tuple[ChooserAnswers, list[Message], list[Recommendation]]:
        """The chooser's answers read from ``form``, the notices, and the
        published profiles ranked by :func:`chooser.rank` (empty while no
        question is answered)."""
        answers, notices = parse_answers(form, self.use_cases)
        if not answers.given:
            return answers, notices, []
        decisive = [row for row in self.criteria if row["decisive"]]
        # Scoring every profile is the chooser's whole cost; the same answers
        # on the same published data give the same ranking (shared, read-only).
        ranked = cached_fragment(
            (
                "ranking",
                *published_state_key(self.guide),
                answers.as_query(),
                decisive,
            ),
            lambda: rank(self.all_profiles, answers, decisive),
        )
        return answers, notices, ranked


def differences_wanted(reader: QueryReader) -> bool:
    """``?differences=1`` (or ``on``, as a checkbox sends it)."""
    return reader.one("differences").lower() in ("1", "on", "yes", "true")


def _getter(name: str) -> Callable[[dict], object]:
    return lambda profile: profile.get(name)
