"""Upgrade 1001 → 1002 on a site made with the previous profile version.

The new fields live in the schemas: the step writes nothing to guides or
profiles, and only recomputes the catalog cards so they carry the cells.
"""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.integration.test_upgrades import metadata_version
from collective.frameworkguide.tests.support.sample_guide import create_sample_guide
from collective.frameworkguide.tests.support.sample_guide import snapshot
from plone import api

import unittest


PROFILE = "collective.frameworkguide:default"


class TestUpgradeTo1002(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.setup = api.portal.get_tool("portal_setup")
        self.guide = create_sample_guide(self.portal)
        self.catalog = api.portal.get_tool("portal_catalog")
        # As 1001 left it: cards without cells, no criteria stored anywhere.
        catalog = self.catalog._catalog
        column = catalog.schema["framework_card"]
        for brain in self.catalog(portal_type="FrameworkProfile"):
            record = list(catalog.data[brain.getRID()])
            record[column] = {
                k: v for k, v in record[column].items() if k != "criteria"
            }
            catalog.data[brain.getRID()] = tuple(record)
        self.before = snapshot(self.guide)
        self.setup.setLastVersionForProfile(PROFILE, ("1001",))

    def test_the_step_is_listed_first_and_the_upgrade_completes(self):
        steps = self.setup.listUpgrades(PROFILE, simple=True)
        self.assertEqual(
            (tuple(steps[0].source), tuple(steps[0].dest)), (("1001",), ("1002",))
        )
        self.setup.upgradeProfile(PROFILE)
        self.assertEqual(
            self.setup.getLastVersionForProfile(PROFILE), metadata_version()
        )

    def test_cards_gain_cells_and_nothing_else_changes(self):
        brains = self.catalog(portal_type="FrameworkProfile")
        self.assertTrue(all("criteria" not in b.framework_card for b in brains))
        self.setup.upgradeProfile(PROFILE)
        brains = self.catalog(portal_type="FrameworkProfile")
        self.assertTrue(brains)
        self.assertTrue(all(b.framework_card["criteria"] == {} for b in brains))
        # Empty fields read from the schema: nothing was written to content.
        self.assertNotIn("criteria", self.guide.__dict__)
        self.assertEqual(self.guide.criteria, [])
        for profile in self.guide.objectValues():
            self.assertNotIn("criteria_values", profile.__dict__)
            self.assertEqual(profile.criteria_values, {})
        after = snapshot(self.guide)
        self.assertEqual(after["guide"], self.before["guide"])
        self.assertEqual(after["vocabularies"], self.before["vocabularies"])
        for profile_id, expected in self.before["profiles"].items():
            now = after["profiles"][profile_id]
            self.assertEqual(now["fields"], expected["fields"])
            self.assertEqual(now["state"], expected["state"])
