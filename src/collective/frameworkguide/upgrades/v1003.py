"""Upgrade to 1003: the staff's pages in Plone's menus.

``actions.xml`` adds the *Review desk* tab of guides and profiles, *Import
profiles* and *Export profiles (JSON)* in a guide's Actions menu, and makes
Plone's *Rename* on a profile need ``Modify portal content`` (what its page
needs), so editors are no longer offered it on a published profile.

Guides join Plone's navigation (``registry/navigation.xml``: added to
``plone.displayed_types``, never replacing the site's list).
"""

from collective.frameworkguide.content import GUIDE_TYPE
from plone import api


PROFILE = "profile-collective.frameworkguide:default"


def upgrade(context=None) -> None:
    """One step (1002 → 1003): the actions and the navigation."""
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "actions", run_dependencies=False)
    show_in_navigation()


def show_in_navigation() -> None:
    record = "plone.displayed_types"
    shown = tuple(api.portal.get_registry_record(record) or ())
    if GUIDE_TYPE not in shown:
        api.portal.set_registry_record(record, (*shown, GUIDE_TYPE))
