"""Vocabularies of kinds, use cases and batteries, read from the registry.

The vocabularies serve the edit forms; pages, the REST API and the reviewer
desk turn tokens into words with :class:`TermTitles`::

    factory = getUtility(IVocabularyFactory, "collective.frameworkguide.UseCases")
    factory(context).getTerm("crud").title  # 'CRUD app'
    TermTitles.of_field("use_cases").title("crud")  # 'CRUD app'
"""

from collections.abc import Iterable
from collections.abc import Mapping
from collective.frameworkguide import PACKAGE_NAME
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.settings import parse_terms
from collective.frameworkguide.settings import RECORD_PREFIX
from plone import api
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# The settings record of each profile field with a vocabulary.
FIELD_RECORDS = {
    "framework_kind": "framework_kinds",
    "use_cases": "use_cases",
    "batteries": "batteries",
}


def terms_from_registry(record: str) -> list[tuple[str, str]]:
    """``(token, title)`` pairs of a settings record; empty before install.

    Titles are messages of our domain whose id is the title itself: the
    default titles are translated, a title typed in the control panel has no
    translation and is shown as typed.
    """
    lines = api.portal.get_registry_record(f"{RECORD_PREFIX}.{record}", default=None)
    return [
        (token, Message(title, domain=PACKAGE_NAME))
        for token, title in parse_terms(lines)
    ]


class TermTitles(Mapping):
    """A vocabulary's ``token → title``: the one place a stored token becomes words.

    A token no longer in the vocabulary (its term was removed in the control
    panel) keeps itself as its title, as the edit form keeps it::

        >>> kinds = TermTitles({"micro": "Micro-framework", "full": "Full-stack"})
        >>> kinds.title("micro"), kinds.title("gone"), kinds.title(None)
        ('Micro-framework', 'gone', '')
        >>> kinds.in_order({"gone", "full", "micro"})
        ['micro', 'full', 'gone']
        >>> kinds.titles(["gone", "micro"])
        ['gone', 'Micro-framework']
    """

    def __init__(self, terms: Mapping | Iterable = ()):
        self._titles = dict(terms)

    @classmethod
    def from_registry(cls, record: str) -> "TermTitles":
        """The titles of a settings record (see :func:`terms_from_registry`)."""
        return cls(terms_from_registry(record))

    @classmethod
    def of_field(cls, name: str) -> "TermTitles":
        """The titles of a profile field's vocabulary (``FIELD_RECORDS``)."""
        return cls.from_registry(FIELD_RECORDS[name])

    def translated(self, request) -> "TermTitles":
        """The same terms with their titles translated for ``request``, once
        rather than per value shown."""
        return TermTitles(
            (token, translate(title, context=request))
            for token, title in self._titles.items()
        )

    def __getitem__(self, token: str):
        return self._titles[token]

    def __iter__(self):
        return iter(self._titles)

    def __len__(self) -> int:
        return len(self._titles)

    def title(self, token: str | None):
        """The title of ``token``; an unknown token is its own title."""
        return self._titles.get(token, token or "")

    def titles(self, tokens: Iterable[str] | None) -> list:
        """The titles of ``tokens``, in the order given."""
        return [self.title(token) for token in tokens or ()]

    def in_order(self, tokens: Iterable[str] | None) -> list[str]:
        """``tokens`` in vocabulary order, unknown ones last (sorted)."""
        tokens = set(tokens or ())
        return [token for token in self if token in tokens] + sorted(tokens - set(self))


def _stored_values(context, field_name: str) -> set[str]:
    """Tokens already on a profile, so removing a term never breaks its edit form."""
    if not IFrameworkProfile.providedBy(context):
        return set()
    value = getattr(context, field_name, None)
    if value is None:
        return set()
    if isinstance(value, str):
        return {value}
    return set(value)


def _vocabulary(context, field_name: str) -> SimpleVocabulary:
    terms = []
    known = set()
    for token, title in terms_from_registry(FIELD_RECORDS[field_name]):
        # The control panel refuses repeated tokens, but the registry can be
        # written around it (registry.xml, the REST API); a repeated token
        # would make SimpleVocabulary raise and break every profile form.
        if token in known:
            continue
        known.add(token)
        terms.append(SimpleTerm(value=token, token=token, title=title))
    for orphan in sorted(_stored_values(context, field_name) - known):
        terms.append(SimpleTerm(value=orphan, token=orphan, title=orphan))
    return SimpleVocabulary(terms)


@provider(IVocabularyFactory)
def framework_kinds(context):
    return _vocabulary(context, "framework_kind")


@provider(IVocabularyFactory)
def use_cases(context):
    return _vocabulary(context, "use_cases")


@provider(IVocabularyFactory)
def batteries(context):
    return _vocabulary(context, "batteries")
