"""The comparison of a guide's published profiles, from catalog metadata only.

One implementation serves the HTML views and the REST API (on a site, with
the demo guide)::

    comparison = GuideComparison(guide, use_case="crud")
    [p["title"] for p in comparison.profiles]  # ['Django']
    chosen, ignored = comparison.select(["flask", "nope"])  # ignored: ['nope']
    [row["name"] for row in comparison.matrix(chosen)][:2]
    # ['framework_kind', 'use_cases']

Profiles are plain dicts (``id``, ``title``, ``description``, ``url`` and the
``framework_card`` values): no profile object is loaded.
"""

from collections.abc import Mapping
from collective.frameworkguide import _
from collective.frameworkguide.content.vocabularies import TermTitles
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.guide.matrix import battery_rows
from collective.frameworkguide.guide.matrix import matrix_rows
from collective.frameworkguide.guide.published import published_profiles
from collective.frameworkguide.guide.querystring import QueryReader
from collective.frameworkguide.guide.querystring import shorten
from collective.frameworkguide.interfaces import IGuideComparison
from zope.i18nmessageid import Message
from zope.interface import implementer

import functools


# The quick pick names at most this many profiles per use case (HTML and REST).
QUICK_PICK_SIZE = 6


@implementer(IGuideComparison)
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
        self.kinds = TermTitles.of_field("framework_kind")
        self.use_cases = TermTitles.of_field("use_cases")
        self.batteries = TermTitles.of_field("batteries")
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
        """Per use case (vocabulary order), the published profiles best for it:
        the first ``QUICK_PICK_SIZE`` in ``profiles``, how many more in ``more``."""
        picks = []
        for token, title in self.use_cases.items():
            matches = [
                p for p in self.all_profiles if token in (p.get("use_cases") or ())
            ]
            if matches:
                picks.append(
                    {
                        "token": token,
                        "title": title,
                        "profiles": matches[:QUICK_PICK_SIZE],
                        "more": max(0, len(matches) - QUICK_PICK_SIZE),
                    }
                )
        return picks

    def select(self, ids: list[str]) -> tuple[list[dict], list[str]]:
        """The published profiles named by ``ids`` (in that order) and the ids
        that name none: unknown, unpublished and archived ones alike, so a
        visitor learns nothing about unpublished content."""
        by_id = {profile["id"]: profile for profile in self.all_profiles}
        chosen = [by_id[i] for i in ids if i in by_id]
        ignored = [i for i in ids if i not in by_id]
        return chosen, ignored

    def matrix(self, profiles: list[dict] | None = None, advice=False) -> list[dict]:
        """The matrix rows for ``profiles`` (default: the filtered ones); see
        :func:`collective.frameworkguide.guide.matrix.matrix_rows`."""
        profiles = self.profiles if profiles is None else profiles
        return matrix_rows(self, profiles, advice)

    def battery_rows(self, profiles: list[dict] | None = None) -> list[dict]:
        """One row per battery term that at least one of ``profiles`` has."""
        profiles = self.profiles if profiles is None else profiles
        return battery_rows(self.batteries, profiles)


def differences_wanted(reader: QueryReader) -> bool:
    """``?differences=1`` (or ``on``, as a checkbox sends it)."""
    return reader.one("differences").lower() in ("1", "on", "yes", "true")
