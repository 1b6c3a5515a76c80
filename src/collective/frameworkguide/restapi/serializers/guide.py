"""JSON shapes of a guide's plain data, for the REST API.

Profiles arrive as ``GuideComparison`` dicts (catalog metadata, see
``profile_data.card_for``), so serializing a guide never wakes a profile.
Vocabulary values become ``{"token", "title"}`` and ratings
``{"value", "title"}``, titles translated for the request. Profiles and
recommendations come in plone.restapi batches (``b_start``, ``b_size``)::

    >>> data = GuideSerializer(comparison, request)()  # doctest: +SKIP
    >>> data["profiles"][0]["framework_kind"]
    {'token': 'micro', 'title': 'Micro-framework'}
"""

from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.guide.card import rating_label
from collective.frameworkguide.guide.comparison import QUICK_PICK_SIZE
from collective.frameworkguide.i18n import translate_message
from plone.restapi.batching import HypermediaBatch
from zope.i18n import translate


# Plain fields copied as they are from the catalog card.
PLAIN_FIELDS = (
    "choose_when",
    "avoid_when",
    "strengths",
    "weaknesses",
    "website",
    "repository",
    "documentation_url",
    "license",
    "latest_version",
    "first_release_year",
    "example_projects",
)


class TermTitles:
    """One vocabulary's titles, translated once per request.

    >>> kinds = TermTitles({"micro": "Micro-framework"}, request)  # doctest: +SKIP
    >>> kinds.terms(["cms", "micro"])
    [{'token': 'micro', 'title': 'Micro-framework'}, {'token': 'cms', 'title': 'cms'}]
    """

    def __init__(self, terms: dict, request):
        self.titles = {
            token: translate(title, context=request) for token, title in terms.items()
        }

    def term(self, token: str | None) -> dict | None:
        """``{"token", "title"}``; a token no longer in the vocabulary keeps
        itself as title, as in the HTML views."""
        if not token:
            return None
        return {"token": token, "title": self.titles.get(token, token)}

    def terms(self, tokens) -> list[dict]:
        """Terms in vocabulary order, unknown tokens last."""
        tokens = set(tokens or ())
        ordered = [token for token in self.titles if token in tokens]
        ordered += sorted(tokens - set(self.titles))
        return [self.term(token) for token in ordered]

    def all(self) -> list[dict]:
        return [self.term(token) for token in self.titles]


class ProfileSerializer:
    """One profile's JSON from its comparison dict."""

    def __init__(self, comparison, request):
        self.request = request
        self.kinds = TermTitles(comparison.kinds, request)
        self.use_cases = TermTitles(comparison.use_cases, request)
        self.batteries = TermTitles(comparison.batteries, request)
        self._rating_titles = {}

    def rating(self, value: int | None) -> dict | None:
        """``{"value": 4, "title": "High"}``, ``None`` when unrated."""
        label = rating_label(value)
        if label is None:
            return None
        if value not in self._rating_titles:
            self._rating_titles[value] = translate(label, context=self.request)
        return {"value": value, "title": self._rating_titles[value]}

    def reference(self, profile: dict) -> dict:
        """The short form used by the matrix columns and the quick pick."""
        return {
            "@id": profile["url"],
            "id": profile["id"],
            "title": profile["title"],
        }

    def __call__(self, profile: dict) -> dict:
        data = self.reference(profile)
        data["description"] = profile.get("description") or ""
        data["framework_kind"] = self.kinds.term(profile.get("framework_kind"))
        data["use_cases"] = self.use_cases.terms(profile.get("use_cases"))
        data["batteries"] = self.batteries.terms(profile.get("batteries"))
        for name in RATING_FIELDS:
            data[name] = self.rating(profile.get(name))
        for name in PLAIN_FIELDS:
            data[name] = profile.get(name)
        for name in ("strengths", "weaknesses", "example_projects"):
            data[name] = list(data[name] or ())
        last_reviewed = profile.get("last_reviewed")
        data["last_reviewed"] = last_reviewed.isoformat() if last_reviewed else None
        html = profile.get("text")
        data["text"] = (
            {"data": html, "content-type": "text/html", "encoding": "utf-8"}
            if html
            else None
        )
        data["criteria_values"] = criteria_json(profile.get("criteria"))
        # The image stays in its blob; clients fetch it when they show it.
        data["logo"] = (
            f"{profile['url']}/@@images/logo" if profile.get("logo") else None
        )
        return data


class GuideSerializer:
    """``@framework-guide``: filters, quick pick, matrix and the profiles."""

    def __init__(self, comparison, request):
        self.comparison = comparison
        self.request = request
        self.profile = ProfileSerializer(comparison, request)

    def __call__(self) -> dict:
        guide = self.comparison.guide
        batch = HypermediaBatch(self.request, self.comparison.profiles)
        profiles = list(batch)
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
            "quick_pick": self.quick_pick(),
            "matrix": self.matrix(profiles),
            "profiles": [self.profile(profile) for profile in profiles],
            "items_total": batch.items_total,
        }
        if batch.links:
            answer["batching"] = batch.links
        return answer

    def filters(self) -> dict:
        comparison = self.comparison
        return {
            "use_case": self.profile.use_cases.term(comparison.use_case),
            "framework_kind": self.profile.kinds.term(comparison.framework_kind),
            "ignored": list(comparison.ignored_filters),
            "options": {
                "use_case": self.profile.use_cases.all(),
                "framework_kind": self.profile.kinds.all(),
            },
        }

    def quick_pick(self) -> list[dict]:
        """Per use case, the published profiles best for it (filters aside)."""
        return [
            {
                "use_case": self.profile.use_cases.term(pick["token"]),
                "profiles": [
                    self.profile.reference(p)
                    for p in pick["profiles"][:QUICK_PICK_SIZE]
                ],
                "more": max(0, len(pick["profiles"]) - QUICK_PICK_SIZE),
            }
            for pick in self.comparison.quick_pick()
        ]

    def matrix(self, profiles: list[dict]) -> dict:
        """The HTML view's table (``GuideComparison.matrix``): one column per
        profile of the batch, the rows in its order, the cells as structured
        values."""
        serialize = self.profile
        cell_value = {
            "framework_kind": serialize.kinds.term,
            "use_cases": serialize.use_cases.terms,
            **dict.fromkeys(RATING_FIELDS, serialize.rating),
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
            "columns": [serialize.reference(p) for p in profiles],
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
            "verified_on": _iso(cell["verified_on"]),
            "stale": cell["stale"],
        }


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def criteria_json(values: dict | None) -> dict:
    """A profile's cells as the content API shows ``criteria_values``."""
    return {
        key: {
            "verdict": cell["verdict"],
            "note": cell["note"],
            "source_url": cell["source_url"],
            "verified_on": _iso(cell["verified_on"]),
        }
        for key, cell in (values or {}).items()
    }
