"""Vocabularies of kinds, use cases and batteries, read from the registry.

>>> from zope.component import getUtility
>>> from zope.schema.interfaces import IVocabularyFactory
>>> factory = getUtility(IVocabularyFactory, "collective.frameworkguide.UseCases")
>>> factory(context).getTerm("crud").title  # doctest: +SKIP
'CRUD app'
"""

from collective.frameworkguide import PACKAGE_NAME
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.settings import parse_terms
from collective.frameworkguide.settings import RECORD_PREFIX
from plone import api
from zope.i18nmessageid import Message
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


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


def _vocabulary(record: str, context, field_name: str) -> SimpleVocabulary:
    terms = []
    known = set()
    for token, title in terms_from_registry(record):
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
    return _vocabulary("framework_kinds", context, "framework_kind")


@provider(IVocabularyFactory)
def use_cases(context):
    return _vocabulary("use_cases", context, "use_cases")


@provider(IVocabularyFactory)
def batteries(context):
    return _vocabulary("batteries", context, "batteries")
