"""Upgrade 1004 → 1005 on a site made before release signals."""

from collective.frameworkguide.settings import PACKAGE_INDEX_RECORD
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.sample_guide import create_sample_guide
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import unittest


PROFILE = "collective.frameworkguide:default"
# One of the proxy caching records of the guide's ruleset (registry/caching.xml).
CACHING_RECORD = (
    "plone.app.caching.moderateCaching.collective.frameworkguide.guide.smaxage"
)


class TestUpgradeTo1005(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.setup = api.portal.get_tool("portal_setup")
        self.guide = create_sample_guide(self.portal)
        self.catalog = api.portal.get_tool("portal_catalog")
        # As 1004 left it: no record, cards without the release fields.
        del getUtility(IRegistry).records[PACKAGE_INDEX_RECORD]
        del getUtility(IRegistry).records[CACHING_RECORD]
        catalog = self.catalog._catalog
        column = catalog.schema["framework_card"]
        for brain in self.catalog(portal_type="FrameworkProfile"):
            record = list(catalog.data[brain.getRID()])
            record[column] = {
                k: v
                for k, v in record[column].items()
                if k not in ("package_name", "latest_release_date")
            }
            catalog.data[brain.getRID()] = tuple(record)
        self.setup.setLastVersionForProfile(PROFILE, ("1004",))

    def test_record_and_cards(self):
        steps = self.setup.listUpgrades(PROFILE, simple=True)
        self.assertIn(
            (("1004",), ("1005",)), [(tuple(s.source), tuple(s.dest)) for s in steps]
        )
        self.setup.upgradeProfile(PROFILE, dest="1005")
        self.assertEqual(self.setup.getLastVersionForProfile(PROFILE), ("1005",))
        # Off until an administrator sets it.
        self.assertEqual(api.portal.get_registry_record(PACKAGE_INDEX_RECORD), "")
        # The caching proxy's settings of the guide's ruleset come with it.
        self.assertIn(CACHING_RECORD, getUtility(IRegistry).records)
        brains = self.catalog(portal_type="FrameworkProfile")
        self.assertTrue(brains)
        for brain in brains:
            self.assertIsNone(brain.framework_card["package_name"])
            self.assertIsNone(brain.framework_card["latest_release_date"])
        # Guides made before the field read the default threshold.
        self.assertNotIn("release_warning_months", self.guide.__dict__)
        self.assertEqual(self.guide.release_warning_months, 18)
