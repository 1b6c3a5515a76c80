"""Catalog indexers: what guide pages and the REST API read without waking profiles.

``framework_card`` is a metadata column holding the plain values the comparison
matrix, quick pick and chooser need, computed when a profile is saved, so a
guide page costs one catalog query instead of loading every profile.
``exclude_from_nav`` keeps archived profiles out of Plone's navigation.
"""

from collective.frameworkguide.guide.card import card_for
from collective.frameworkguide.guide.published import ARCHIVED
from collective.frameworkguide.interfaces import IFrameworkProfile
from plone.indexer import indexer
from Products.CMFCore.utils import getToolByName


@indexer(IFrameworkProfile)
def framework_kind(profile):
    return profile.framework_kind or None


@indexer(IFrameworkProfile)
def use_cases(profile):
    return sorted(profile.use_cases or ())


@indexer(IFrameworkProfile)
def framework_card(profile):
    return card_for(profile)


@indexer(IFrameworkProfile)
def exclude_from_nav(profile):
    """Archived profiles stay online but leave the navigation, as they leave
    the guide's comparison (``profiles/default/registry/navigation.xml``)."""
    # Through acquisition: the catalog queue may run with no site set up.
    workflow = getToolByName(profile, "portal_workflow")
    return workflow.getInfoFor(profile, "review_state", None) == ARCHIVED


def reindex_navigation(profile, event) -> None:
    """After a transition: the workflow reindexes only its own variables."""
    profile.reindexObject(idxs=["exclude_from_nav"])
