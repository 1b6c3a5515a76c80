"""Upgrade to 1001: the review interval record in the registry, and catalog
cards with ``first_published`` and ``last_changed`` (the matrix's markers)."""

from collective.frameworkguide.content import PROFILE_TYPE
from plone import api

import logging


logger = logging.getLogger("collective.frameworkguide.upgrades")


PROFILE = "profile-collective.frameworkguide:default"


def upgrade(context=None) -> None:
    """One step (one hop 1000 → 1001): the registry record, then the cards."""
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(
        PROFILE, "plone.app.registry", run_dependencies=False
    )
    refresh_cards()


def refresh_cards() -> None:
    """Recompute the ``framework_card`` column of every profile."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=PROFILE_TYPE)
    for brain in brains:
        profile = brain._unrestrictedGetObject()
        profile.reindexObject(idxs=["framework_kind"])
    logger.info("Refreshed the cards of %d Framework Profiles.", len(brains))
