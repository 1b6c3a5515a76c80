"""The editor and reviewer groups and their local roles on each guide."""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from plone import api
from plone.base.utils import get_installer

import unittest


GROUPS = ("framework-guide-editors", "framework-guide-reviewers")


class TestGroups(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]

    def group_ids(self):
        return [g.getId() for g in api.group.get_groups()]

    def test_created_on_install(self):
        for group_id in GROUPS:
            self.assertIn(group_id, self.group_ids())

    def test_reinstall_does_not_duplicate(self):
        setup = api.portal.get_tool("portal_setup")
        setup.runAllImportStepsFromProfile("profile-collective.frameworkguide:default")
        ids = self.group_ids()
        self.assertEqual([i for i in ids if i in GROUPS], sorted(GROUPS))

    def test_uninstall_keeps_groups_with_members(self):
        api.user.create(
            username="edith", email="edith@example.org", password="secret-1234-xyz"
        )
        api.group.add_user(groupname="framework-guide-editors", username="edith")
        installer = get_installer(self.portal, self.layer["request"])
        with api.env.adopt_roles(["Manager"]):
            installer.uninstall_product("collective.frameworkguide")
        self.assertIn("framework-guide-editors", self.group_ids())
        self.assertNotIn("framework-guide-reviewers", self.group_ids())

    def test_new_guide_grants_local_roles(self):
        guide = create_guide(self.portal)
        self.assertEqual(
            sorted(guide.get_local_roles_for_userid("framework-guide-editors")),
            ["Contributor", "Editor", "Reader"],
        )
        self.assertEqual(
            sorted(guide.get_local_roles_for_userid("framework-guide-reviewers")),
            ["Reader", "Reviewer"],
        )
