"""Upgrade to 1006: the portlet "Profiles in this guide" (issue 14, point 3).

Imports ``profiles/default/portlets.xml`` alone: it registers the portlet type
and assigns it to FrameworkProfile pages. Portlets of the site, of content
types and of content are kept; an assignment of the same name is kept as it
is.
"""

from collective.frameworkguide.upgrades.v1001 import PROFILE
from plone import api


def upgrade(context=None) -> None:
    """One step (1005 → 1006)."""
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "portlets", run_dependencies=False)
