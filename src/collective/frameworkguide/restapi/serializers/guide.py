"""``@framework-guide``'s JSON: a registered adapter of the guide's comparison.

Filters, quick pick, matrix and the profiles of a ``GuideComparison``
(``IGuideComparison``), vocabulary values as ``{"token", "title"}`` and
ratings as ``{"value", "title"}``, titles translated for the request. Profiles
and recommendations come in plone.restapi batches (``b_start``, ``b_size``);
each profile's JSON comes from the ``ISerializeProfileToJson`` adapter
(``profile.py``)::

    comparison = GuideComparison.from_form(guide, request.form)
    data = getMultiAdapter((comparison, request), ISerializeToJson)()
    data["profiles"][0]["framework_kind"]
    # {'token': 'micro', 'title': 'Micro-framework'}
"""

from collective.frameworkguide.content.fields import names_of_kind
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IGuideComparison
from collective.frameworkguide.interfaces import ISerializeProfileToJson
from collective.frameworkguide.releases.lock import last_run
from collective.frameworkguide.releases.maintenance import warning_months
from collective.frameworkguide.restapi.serializers.profile import iso_date
from collective.frameworkguide.restapi.serializers.profile import profile_reference
from collective.frameworkguide.restapi.serializers.terms import GuideTerms
from datetime import datetime
from datetime import timezone
from plone import api
from plone.restapi.batching import HypermediaBatch
from plone.restapi.interfaces import ISerializeToJson
from zope.component import adapter
from zope.component import getMultiAdapter
from zope.i18n import translate
from zope.interface import implementer


@implementer(ISerializeToJson)
@adapter(IGuideComparison, IFrameworkGuideLayer)
class GuideSerializer:
    """``@framework-guide``: filters, quick pick, matrix and the profiles."""

    def __init__(self, comparison, request):
        self.comparison = comparison
        self.request = request
        self.terms = GuideTerms(comparison, request)

    def __call__(self) -> dict:
        guide = self.comparison.guide
        batch = HypermediaBatch(self.request, self.comparison.profiles)
        profiles = list(batch)
        profile_json = getMultiAdapter(
            (self.comparison, self.request), ISerializeProfileToJson
        )
        answer = {
            "@id": f"{guide.absolute_url()}/@framework-guide",
            "guide": {
                "@id": guide.absolute_url(),
                "title": guide.Title(),
                "description": guide.Description(),
            },
            "filters": self.filters(),
            "differences": self.comparison.differences,
            "criteria": [
                {key: row[key] for key in ("id", "title", "description", "decisive")}
                for row in self.comparison.criteria
            ],
            "notices": [
                translate_message(notice, self.request)
                for notice in self.comparison.notices
            ],
            "releases": self.releases(),
            "quick_pick": self.quick_pick(),
            "matrix": self.matrix(profiles),
            "profiles": [profile_json(profile) for profile in profiles],
            "items_total": batch.items_total,
        }
        if batch.links:
            answer["batching"] = batch.links
        return answer

    def releases(self) -> dict:
        """The release check: the guide's threshold and the last run's end."""
        run = last_run(api.portal.get()) or {}
        finished = run.get("finished")
        return {
            "warning_months": warning_months(self.comparison.guide),
            "last_check": datetime.fromtimestamp(finished, timezone.utc).isoformat()
            if finished
            else None,
        }

    def filters(self) -> dict:
        comparison = self.comparison
        return {
            "use_case": self.terms.use_cases.term(comparison.use_case),
            "framework_kind": self.terms.kinds.term(comparison.framework_kind),
            "ignored": list(comparison.ignored_filters),
            "options": {
                "use_case": self.terms.use_cases.all(),
                "framework_kind": self.terms.kinds.all(),
            },
        }

    def quick_pick(self) -> list[dict]:
        """Per use case, the published profiles best for it (filters aside)."""
        return [
            {
                "use_case": self.terms.use_cases.term(pick["token"]),
                "profiles": [profile_reference(p) for p in pick["profiles"]],
                "more": pick["more"],
            }
            for pick in self.comparison.quick_pick()
        ]

    def matrix(self, profiles: list[dict]) -> dict:
        """The HTML view's table (``GuideComparison.matrix``): one column per
        profile of the batch, the rows in its order, the cells as structured
        values."""
        cell_value = {
            "framework_kind": self.terms.kinds.term,
            "use_cases": self.terms.use_cases.terms,
            **dict.fromkeys(names_of_kind("rating", role="card"), self.terms.rating),
        }
        rows = []
        for row in self.comparison.matrix(profiles):
            name = row["name"]
            convert = cell_value.get(name, lambda value: value)
            data = {"name": name}
            if "token" in row:
                data["token"] = row["token"]
            data["title"] = translate(row["title"], context=self.request)
            data["differs"] = row["differs"]
            if row["kind"] == "criterion":
                data["cells"] = [self.criterion_cell(cell) for cell in row["cells"]]
            else:
                data["cells"] = [convert(cell["value"]) for cell in row["cells"]]
            rows.append(data)
        return {
            "columns": [profile_reference(p) for p in profiles],
            "rows": rows,
        }

    def criterion_cell(self, cell: dict) -> dict:
        """A criterion's cell: the verdict as ``{"token", "title"}``, the
        evidence, and ``stale`` when it was verified too long ago."""
        return {
            "verdict": {
                "token": cell["value"],
                "title": translate(cell["label"], context=self.request),
            },
            "note": cell["note"],
            "source_url": cell["source_url"] or None,
            "verified_on": iso_date(cell["verified_on"]),
            "stale": cell["stale"],
        }
