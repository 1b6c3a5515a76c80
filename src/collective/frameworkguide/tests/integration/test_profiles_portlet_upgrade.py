"""Upgrade 1005 → 1006 on a site made before the profiles portlet."""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api
from plone.app.portlets.utils import assignment_mapping_from_key
from plone.portlets.constants import CONTENT_TYPE_CATEGORY
from plone.portlets.interfaces import IPortletType
from zope.component import getUtility
from zope.component import queryUtility

import unittest


PROFILE = "collective.frameworkguide:default"
PORTLET = "collective.frameworkguide.GuideProfiles"


class TestUpgradeTo1006(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.setup = api.portal.get_tool("portal_setup")
        self.setup.setLastVersionForProfile(PROFILE, ("1005",))

    def profile_column(self):
        return assignment_mapping_from_key(
            self.portal, "plone.leftcolumn", CONTENT_TYPE_CATEGORY, "FrameworkProfile"
        )

    def test_the_upgrade_assigns_the_portlet_to_profile_pages(self):
        # As 1005 left the site: no assignment on profile pages.
        del self.profile_column()["framework-profiles"]
        self.assertEqual(list(self.profile_column()), [])
        self.setup.upgradeProfile(PROFILE, dest="1006")
        self.assertEqual(self.setup.getLastVersionForProfile(PROFILE), ("1006",))
        self.assertEqual(list(self.profile_column()), ["framework-profiles"])
        self.assertIsNotNone(queryUtility(IPortletType, name=PORTLET))

    def test_settings_changed_by_the_site_owner_are_kept(self):
        self.profile_column()["framework-profiles"].size = 5
        self.setup.upgradeProfile(PROFILE, dest="1006")
        self.assertEqual(self.profile_column()["framework-profiles"].size, 5)

    def test_portlet_type_offered_in_columns(self):
        self.setup.upgradeProfile(PROFILE, dest="1006")
        portlet_type = getUtility(IPortletType, name=PORTLET)
        self.assertIn(
            "plone.app.portlets.interfaces.IColumn",
            [i.__identifier__ for i in portlet_type.for_],
        )
