"""Catalog indexers: what guide pages and the REST API read without waking profiles.

``framework_card`` is a metadata column holding the plain values the comparison
matrix, quick pick and chooser need, computed when a profile is saved, so a
guide page costs one catalog query instead of loading every profile.
"""

from collective.frameworkguide.guide.card import card_for
from collective.frameworkguide.interfaces import IFrameworkProfile
from plone.indexer import indexer


@indexer(IFrameworkProfile)
def framework_kind(profile):
    return profile.framework_kind or None


@indexer(IFrameworkProfile)
def use_cases(profile):
    return sorted(profile.use_cases or ())


@indexer(IFrameworkProfile)
def framework_card(profile):
    return card_for(profile)
