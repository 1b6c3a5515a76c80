"""Vocabulary terms and ratings as the REST API shows them, for one request.

A vocabulary value is ``{"token", "title"}`` and a rating ``{"value",
"title"}``; titles are translated once per request, and a token no longer in
its vocabulary keeps itself as title, as in the HTML views::

    >>> kinds = JsonTerms({"micro": "Micro-framework"}, request=None)
    >>> kinds.terms(["cms", "micro"])
    [{'token': 'micro', 'title': 'Micro-framework'}, {'token': 'cms', 'title': 'cms'}]
"""

from collections.abc import Iterable
from collections.abc import Mapping
from collective.frameworkguide.content.vocabularies import TermTitles
from collective.frameworkguide.guide.card import rating_label
from zope.i18n import translate


class JsonTerms:
    """One vocabulary's terms as JSON, titles translated for ``request``."""

    def __init__(self, terms: Mapping, request):
        self.titles = TermTitles(terms).translated(request)

    def term(self, token: str | None) -> dict | None:
        """``{"token", "title"}``; ``None`` without a token."""
        if not token:
            return None
        return {"token": token, "title": self.titles.title(token)}

    def terms(self, tokens: Iterable[str] | None) -> list[dict]:
        """Terms in vocabulary order, unknown tokens last."""
        return [self.term(token) for token in self.titles.in_order(tokens)]

    def all(self) -> list[dict]:
        """Every term of the vocabulary, in its order."""
        return [self.term(token) for token in self.titles]


class JsonRatings:
    """``{"value": 4, "title": "High"}`` for a 1–5 rating, ``None`` when unrated."""

    def __init__(self, request):
        self.request = request
        self._titles = {}

    def __call__(self, value: int | None) -> dict | None:
        label = rating_label(value)
        if label is None:
            return None
        if value not in self._titles:
            self._titles[value] = translate(label, context=self.request)
        return {"value": value, "title": self._titles[value]}


class GuideTerms:
    """A comparison's vocabularies (kinds, use cases, batteries) and the
    ratings, as JSON for one request."""

    def __init__(self, comparison, request):
        self.kinds = JsonTerms(comparison.kinds, request)
        self.use_cases = JsonTerms(comparison.use_cases, request)
        self.batteries = JsonTerms(comparison.batteries, request)
        self.rating = JsonRatings(request)
        self._request = request
        self._by_field = {
            "framework_kind": self.kinds,
            "use_cases": self.use_cases,
            "batteries": self.batteries,
        }

    def of_field(self, name: str) -> JsonTerms:
        """The terms of a choice field; a field without a vocabulary here
        shows its tokens as titles."""
        return self._by_field.get(name) or JsonTerms({}, self._request)
