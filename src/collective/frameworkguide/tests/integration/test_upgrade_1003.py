"""Upgrade step 1003: a site of version 1002 gets the staff's menu entries.

The site is put back to what 1002 installed (no actions of ours, Plone's own
Rename condition), then ``portal_setup`` runs the steps up to 1003 as the
Add-ons control panel does.
"""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api

import unittest


PROFILE = "collective.frameworkguide:default"
OUR_ACTIONS = {
    "object": ("framework_review_desk",),
    "object_buttons": ("framework_guide_import", "framework_guide_export"),
}
PLONE_RENAME = (
    'python:checkPermission("Delete objects", plone_context_state.parent()) and '
    'checkPermission("Copy or Move", object) and '
    'checkPermission("Add portal content", object) and '
    "not plone_context_state.is_portal_root()"
)


class TestUpgradeTo1003(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.setup = api.portal.get_tool("portal_setup")
        self.actions = api.portal.get_tool("portal_actions")
        for category, ids in OUR_ACTIONS.items():
            # manage_delObjects empties the list it is given.
            self.actions[category].manage_delObjects(list(ids))
        self.rename()._updateProperty("available_expr", PLONE_RENAME)
        self.setup.setLastVersionForProfile(PROFILE, ("1002",))

    def rename(self):
        return self.actions["object_buttons"]["rename"]

    def test_the_1002_site_is_what_it_claims(self):
        # Guards the test below against a set-up that changed nothing.
        self.assertNotIn("framework_review_desk", self.actions["object"])
        self.assertEqual(self.rename().available_expr, PLONE_RENAME)

    def test_upgrade_adds_the_actions_and_the_rename_condition(self):
        self.setup.upgradeProfile(PROFILE, dest="1003")
        self.assertEqual(self.setup.getLastVersionForProfile(PROFILE), ("1003",))
        for category, ids in OUR_ACTIONS.items():
            for action_id in ids:
                self.assertIn(action_id, self.actions[category].objectIds())
        expression = self.rename().available_expr
        self.assertTrue(expression.startswith(PLONE_RENAME), expression)
        self.assertIn('checkPermission("Modify portal content", object)', expression)

    def test_upgrade_adds_the_guide_type_to_the_navigation(self):
        record = "plone.displayed_types"
        shown = api.portal.get_registry_record(record)
        api.portal.set_registry_record(
            record, tuple(t for t in shown if not t.startswith("Framework"))
        )
        self.setup.upgradeProfile(PROFILE, dest="1003")
        shown = api.portal.get_registry_record(record)
        self.assertIn("FrameworkGuide", shown)
        self.assertNotIn("FrameworkProfile", shown)
        # The site's own types stay listed.
        self.assertIn("Document", shown)
