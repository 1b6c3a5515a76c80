"""A profile's JSON in ``@framework-guide``: a registered adapter.

Profiles arrive as the comparison's plain dicts (catalog metadata, see
``guide.card.card_for``), so serializing a guide never wakes a profile. The
fields and the shape of their values follow the field table
(``content/fields.py``): a field on the card is in the JSON. Override the
adapter to change the shape (docs/rest-api.rst, "Overriding the JSON")::

    serialize = getMultiAdapter((comparison, request), ISerializeProfileToJson)
    serialize(comparison.profiles[0])["framework_kind"]
    # {'token': 'micro', 'title': 'Micro-framework'}
"""

from collective.frameworkguide.content.fields import names_of_kind
from collective.frameworkguide.criteria import cells_json
from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IGuideComparison
from collective.frameworkguide.interfaces import ISerializeProfileToJson
from collective.frameworkguide.releases.maintenance import release_signal
from collective.frameworkguide.releases.maintenance import warning_months
from collective.frameworkguide.restapi.serializers.terms import GuideTerms
from zope.component import adapter
from zope.interface import implementer


def plain_fields() -> tuple[str, ...]:
    """The card's values the JSON copies as they are (lists as lists).

    Read from the field table when called, so it follows the table::

        >>> plain_fields()[:3]
        ('choose_when', 'avoid_when', 'strengths')
    """
    return names_of_kind("line", "text", "url", "lines", "number", role="card")


def profile_reference(profile: dict) -> dict:
    """The short form used by the matrix columns, the quick pick and the
    chooser::

        >>> profile_reference({"url": "http://g/f", "id": "f", "title": "Flask"})
        {'@id': 'http://g/f', 'id': 'f', 'title': 'Flask'}
    """
    return {"@id": profile["url"], "id": profile["id"], "title": profile["title"]}


def iso_date(day) -> str | None:
    """A date as JSON: ISO 8601, ``None`` when unset."""
    return day.isoformat() if day else None


@implementer(ISerializeProfileToJson)
@adapter(IGuideComparison, IFrameworkGuideLayer)
class ProfileSerializer:
    """One profile's JSON from its comparison dict."""

    def __init__(self, comparison, request):
        self.comparison = comparison
        self.request = request
        self.terms = GuideTerms(comparison, request)
        # Read from the table once per request, not once per profile.
        self.plain = plain_fields()
        self.lists = names_of_kind("lines", role="card")
        self.kinds = {
            kind: names_of_kind(kind, role="card")
            for kind in ("choice", "choices", "rating", "date", "rich", "image")
        }
        self.release_months = warning_months(comparison.guide)

    def __call__(self, profile: dict) -> dict:
        data = profile_reference(profile)
        data["description"] = profile.get("description") or ""
        for name in self.plain:
            value = profile.get(name)
            data[name] = list(value or ()) if name in self.lists else value
        for name in self.kinds["choice"]:
            data[name] = self.terms.of_field(name).term(profile.get(name))
        for name in self.kinds["choices"]:
            data[name] = self.terms.of_field(name).terms(profile.get(name))
        for name in self.kinds["rating"]:
            data[name] = self.terms.rating(profile.get(name))
        for name in self.kinds["date"]:
            data[name] = iso_date(profile.get(name))
        for name in self.kinds["rich"]:
            data[name] = rich_text(profile.get(name))
        for name in self.kinds["image"]:
            # The image stays in its blob; clients fetch it when they show it.
            has_image = profile.get(name)
            data[name] = f"{profile['url']}/@@images/{name}" if has_image else None
        # The card keeps the cells under ``criteria`` (see guide/card.py).
        data["criteria_values"] = cells_json(profile.get("criteria"))
        # The maintenance signal (releases/maintenance.py).
        signal = release_signal(profile, self.release_months, today())
        data["release"] = {**signal, "last_release": iso_date(signal["last_release"])}
        return data


def rich_text(html: str | None) -> dict | None:
    """Rich text as plone.restapi shows it (the card holds the safe HTML)."""
    if not html:
        return None
    return {"data": html, "content-type": "text/html", "encoding": "utf-8"}
