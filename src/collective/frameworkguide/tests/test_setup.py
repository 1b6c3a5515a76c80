"""Installing and uninstalling the add-on."""

from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.base.utils import get_installer
from plone.browserlayer import utils as browserlayer_utils

import unittest


class TestInstall(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.installer = api.portal.get_tool("portal_setup")

    def test_product_installed(self):
        installer = get_installer(self.portal, self.layer["request"])
        self.assertTrue(installer.is_product_installed("collective.frameworkguide"))

    def test_browserlayer(self):
        self.assertIn(IFrameworkGuideLayer, browserlayer_utils.registered_layers())

    def test_types(self):
        types = api.portal.get_tool("portal_types")
        self.assertIn("FrameworkGuide", types.objectIds())
        self.assertIn("FrameworkProfile", types.objectIds())

    def test_profile_version(self):
        self.assertEqual(
            self.installer.getLastVersionForProfile(
                "collective.frameworkguide:default"
            ),
            ("1000",),
        )

    def test_add_guide_and_profile(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        guide = api.content.create(self.portal, "FrameworkGuide", title="G")
        profile = api.content.create(guide, "FrameworkProfile", title="Flask")
        self.assertEqual(profile.portal_type, "FrameworkProfile")
