"""Plain-data views of a profile, shared by the catalog, HTML views and REST.

``card_for(profile)`` holds the value of every field with the ``card`` role of
``content/fields.py``, sets as sorted lists, so the pages never wake a
profile::

    card = card_for(profile)
    card["use_cases"]  # ['crud']

>>> rating_label(5)
'rating_5'
"""

from collective.frameworkguide import _
from collective.frameworkguide.content.fields import fields_in
from collective.frameworkguide.criteria import clean_values
from collective.frameworkguide.review.advice_history import first_published
from collective.frameworkguide.review.advice_history import last_changed
from Products.CMFCore.indexing import getQueue
from Products.CMFCore.indexing import processing
from Products.CMFCore.utils import getToolByName
from zope.component.hooks import site


def _text_html(profile, value) -> str | None:
    """The rich text as safe HTML, rendered once when the profile is indexed."""
    if not value:
        return None
    try:
        portal = getToolByName(profile, "portal_url").getPortalObject()
    except AttributeError:
        portal = None
    # The catalog may index at commit time, when no site is set (scripts,
    # test layers), and the transforms need one. They also query the catalog
    # (plone.app.textfield's counter, resolveuid links), and a catalog query
    # processes the indexing queue: at commit time CMFCore does not mark the
    # queue as being processed, so that nested run would index this profile a
    # second time (two catalog entries). Marking it is CMFCore's own guard.
    queue = getQueue()
    nested = queue in processing
    processing.add(queue)
    try:
        if portal is None:
            return value.output_relative_to(profile)
        with site(portal):
            return value.output_relative_to(profile)
    finally:
        if not nested:
            processing.discard(queue)


def _logo_filename(profile, value) -> str | None:
    """Only whether there is a logo (its file name): the image stays in its blob."""
    return (value.filename or "logo") if value else None


def _sorted_list(profile, value) -> list:
    return sorted(value or ())


def _list(profile, value) -> list:
    return list(value or ())


# Card values by kind of field; any other kind is kept as it is.
_CONVERTERS = {
    "choices": _sorted_list,
    "lines": _list,
    "rich": _text_html,
    "image": _logo_filename,
}

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


def card_for(profile) -> dict:
    """The values of the ``card`` fields: sets as sorted lists, missing as
    ``None``; plus ``first_published`` and ``last_changed`` (dates or ``None``)
    and ``criteria`` (the cells, see ``collective.frameworkguide.criteria``)."""
    card = {}
    for declaration in fields_in("card"):
        value = getattr(profile, declaration.name, None)
        convert = _CONVERTERS.get(declaration.kind)
        card[declaration.name] = value if convert is None else convert(profile, value)
    # What the matrix's "new" and "changed" markers need (see freshness.py).
    card["first_published"] = first_published(profile)
    card["last_changed"] = last_changed(profile)
    # The cells of the guide's criteria, so the matrix never wakes a profile.
    card["criteria"] = clean_values(getattr(profile, "criteria_values", None))
    return card


def rating_label(value):
    """The word for a 1–5 rating (``None`` when unrated)."""
    return RATING_LABELS.get(value)
