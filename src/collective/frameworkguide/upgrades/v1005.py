"""Upgrade to 1005: release signals (issue 16).

The new fields (``package_name``, ``latest_release_date`` on profiles,
``release_warning_months`` on guides) live in the schemas and read as empty
(or 18 months) on content made before them, so nothing is written to the
content. The registry gains ``collective.frameworkguide.package_index_url``
(empty: the check is off), the caching records of the guide's ruleset
``collective.frameworkguide.guide`` (``registry/caching.xml``, for a caching
proxy) and the guide type in the navigation (``registry/navigation.xml``);
existing values are kept. The catalog cards are recomputed so they carry the
new fields.
"""

from collective.frameworkguide.upgrades.v1001 import PROFILE
from collective.frameworkguide.upgrades.v1001 import refresh_cards
from plone import api


def upgrade(context=None) -> None:
    """One step (1004 → 1005): the registry record, then the cards."""
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(
        PROFILE, "plone.app.registry", run_dependencies=False
    )
    refresh_cards()
