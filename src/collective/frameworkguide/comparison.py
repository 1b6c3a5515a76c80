"""The comparison of a guide's published profiles, from catalog metadata only.

One implementation serves the HTML views and the REST API::

    >>> comparison = GuideComparison(guide, use_case="crud")  # doctest: +SKIP
    >>> [p["title"] for p in comparison.profiles]
    ['Django']
"""

from collective.frameworkguide import _
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.vocabularies import terms_from_registry
from plone import api

import functools


PUBLISHED = "published"

RATING_LABELS = {
    1: _("rating_1", default="Very low"),
    2: _("rating_2", default="Low"),
    3: _("rating_3", default="Medium"),
    4: _("rating_4", default="High"),
    5: _("rating_5", default="Very high"),
}

RATING_TITLES = {
    "learning_curve": _("Ease of learning"),
    "documentation_quality": _("Documentation"),
    "flexibility": _("Flexibility"),
    "ecosystem": _("Ecosystem"),
}


def published_profile_brains(guide, **query):
    """Catalog brains of the guide's published profiles, sorted by title."""
    catalog = api.portal.get_tool("portal_catalog")
    return catalog(
        portal_type="FrameworkProfile",
        review_state=PUBLISHED,
        path={"query": "/".join(guide.getPhysicalPath()), "depth": 1},
        sort_on="sortable_title",
        **query,
    )


def profile_from_brain(brain) -> dict:
    """A profile as plain data: identity from the brain, values from its card."""
    card = brain.framework_card or {}
    return {
        "id": brain.getId,
        "title": brain.Title,
        "description": brain.Description,
        "url": brain.getURL(),
        **card,
    }


class GuideComparison:
    """Published profiles of a guide, filtered by use case and kind."""

    def __init__(self, guide, use_case: str = "", framework_kind: str = ""):
        self.guide = guide
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

    @functools.cached_property
    def all_profiles(self) -> list[dict]:
        return [profile_from_brain(b) for b in published_profile_brains(self.guide)]

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

    def kind_title(self, token) -> str:
        return self.kinds.get(token, token or "")

    def use_case_titles(self, tokens) -> list[str]:
        return [self.use_cases.get(t, t) for t in tokens or ()]

    def battery_rows(self) -> list[dict]:
        """One row per battery term that at least one shown profile has."""
        rows = []
        for token, title in self.batteries.items():
            cells = [token in (p.get("batteries") or ()) for p in self.profiles]
            if any(cells):
                rows.append({"token": token, "title": title, "cells": cells})
        return rows

    def rating_rows(self) -> list[dict]:
        return [
            {
                "name": name,
                "title": RATING_TITLES[name],
                "cells": [rating_label(p.get(name)) for p in self.profiles],
                "values": [p.get(name) for p in self.profiles],
            }
            for name in RATING_FIELDS
        ]


def rating_label(value):
    """The word for a 1–5 rating (``None`` when unrated)."""
    return RATING_LABELS.get(value)
