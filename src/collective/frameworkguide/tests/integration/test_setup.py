"""Installing the add-on: types, workflow, permissions, registry, catalog."""

from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.settings import DEFAULT_BATTERIES
from collective.frameworkguide.settings import DEFAULT_FRAMEWORK_KINDS
from collective.frameworkguide.settings import DEFAULT_USE_CASES
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.integration.test_upgrades import metadata_version
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.base.utils import get_installer
from plone.browserlayer import utils as browserlayer_utils
from plone.dexterity.interfaces import IDexterityFTI
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.component import queryUtility

import unittest


PACKAGE = "collective.frameworkguide"
RECORDS = {
    "collective.frameworkguide.framework_kinds": DEFAULT_FRAMEWORK_KINDS,
    "collective.frameworkguide.use_cases": DEFAULT_USE_CASES,
    "collective.frameworkguide.batteries": DEFAULT_BATTERIES,
}

PERMISSION_ROLES = {
    "collective.frameworkguide: Add Framework Guide": {
        "Manager",
        "Site Administrator",
    },
    "collective.frameworkguide: Add Framework Profile": {
        "Manager",
        "Site Administrator",
        "Contributor",
        "Owner",
    },
    "collective.frameworkguide: Review Framework Profile": {
        "Manager",
        "Site Administrator",
        "Reviewer",
    },
    "collective.frameworkguide: Manage Framework Guide settings": {
        "Manager",
        "Site Administrator",
    },
}


def roles_of(portal, permission):
    return {
        role["name"]
        for role in portal.rolesOfPermission(permission)
        if role["selected"] == "SELECTED"
    }


class TestInstall(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]

    def test_product_installed(self):
        installer = get_installer(self.portal, self.request)
        self.assertTrue(installer.is_product_installed(PACKAGE))

    def test_profile_version(self):
        setup = api.portal.get_tool("portal_setup")
        self.assertEqual(
            setup.getLastVersionForProfile(f"{PACKAGE}:default"), metadata_version()
        )

    def test_dependencies_installed(self):
        installer = get_installer(self.portal, self.request)
        self.assertTrue(installer.is_profile_installed("plone.restapi:default"))
        self.assertTrue(installer.is_profile_installed("plone.app.iterate:default"))

    def test_browserlayer(self):
        self.assertIn(IFrameworkGuideLayer, browserlayer_utils.registered_layers())

    def test_types(self):
        guide_fti = queryUtility(IDexterityFTI, name="FrameworkGuide")
        profile_fti = queryUtility(IDexterityFTI, name="FrameworkProfile")
        self.assertEqual(guide_fti.Title(), "Framework Guide")
        self.assertEqual(profile_fti.Title(), "Framework Profile")
        self.assertEqual(guide_fti.default_view, "framework-guide")
        self.assertEqual(profile_fti.default_view, "framework-profile")
        self.assertTrue(guide_fti.global_allow)
        self.assertFalse(profile_fti.global_allow)
        self.assertEqual(guide_fti.allowed_content_types, ("FrameworkProfile",))
        self.assertEqual(
            guide_fti.add_permission, "collective.frameworkguide.AddFrameworkGuide"
        )
        self.assertEqual(
            profile_fti.add_permission,
            "collective.frameworkguide.AddFrameworkProfile",
        )

    def test_profile_only_inside_a_guide(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        allowed_in_portal = [fti.getId() for fti in self.portal.allowedContentTypes()]
        self.assertIn("FrameworkGuide", allowed_in_portal)
        self.assertNotIn("FrameworkProfile", allowed_in_portal)
        guide = api.content.create(self.portal, "FrameworkGuide", title="G")
        self.assertEqual(
            [fti.getId() for fti in guide.allowedContentTypes()],
            ["FrameworkProfile"],
        )
        with self.assertRaises(api.exc.InvalidParameterError):
            api.content.create(self.portal, "FrameworkProfile", title="Stray")

    def test_add_guide_and_profile(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        guide = api.content.create(self.portal, "FrameworkGuide", title="G")
        profile = api.content.create(guide, "FrameworkProfile", title="Flask")
        self.assertTrue(IFrameworkGuide.providedBy(guide))
        self.assertTrue(IFrameworkProfile.providedBy(profile))
        self.assertEqual(profile.portal_type, "FrameworkProfile")
        self.assertEqual(profile.getId(), "flask")
        # Schema defaults apply to fields never set.
        self.assertEqual(profile.strengths, [])
        self.assertEqual(profile.use_cases, set())
        self.assertIsNone(profile.framework_kind)
        self.assertIsNone(profile.last_reviewed)

    def test_workflows_bound(self):
        workflow = api.portal.get_tool("portal_workflow")
        self.assertEqual(
            workflow.getChainForPortalType("FrameworkGuide"),
            ("simple_publication_workflow",),
        )
        self.assertEqual(
            workflow.getChainForPortalType("FrameworkProfile"),
            ("framework_profile_workflow",),
        )

    def test_registry_records_with_defaults(self):
        registry = getUtility(IRegistry)
        for name, default in RECORDS.items():
            self.assertIn(name, registry.records)
            self.assertEqual(registry[name], default, name)
        self.assertEqual(
            registry[f"{PACKAGE}.use_cases"][:2],
            ["one-page|One-page app", "crud|CRUD app"],
        )

    def test_catalog_indexes_and_metadata(self):
        catalog = api.portal.get_tool("portal_catalog")
        indexes = {
            index.getId(): index.meta_type for index in catalog.getIndexObjects()
        }
        self.assertEqual(indexes["framework_kind"], "FieldIndex")
        self.assertEqual(indexes["use_cases"], "KeywordIndex")
        self.assertIn("framework_card", catalog.schema())

    def test_catalog_values_of_a_profile(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        guide = api.content.create(self.portal, "FrameworkGuide", title="G")
        api.content.create(
            guide,
            "FrameworkProfile",
            title="Django",
            framework_kind="full-stack",
            use_cases={"crud", "cms"},
            choose_when="CRUD with an admin.",
            flexibility=2,
        )
        brains = api.content.find(framework_kind="full-stack")
        self.assertEqual([brain.Title for brain in brains], ["Django"])
        self.assertEqual(len(api.content.find(use_cases="crud")), 1)
        self.assertEqual(len(api.content.find(use_cases="unique")), 0)
        card = brains[0].framework_card
        self.assertEqual(card["use_cases"], ["cms", "crud"])
        self.assertEqual(card["flexibility"], 2)
        self.assertEqual(card["choose_when"], "CRUD with an admin.")

    def test_controlpanel_configlet(self):
        controlpanel = api.portal.get_tool("portal_controlpanel")
        actions = {action.getId(): action for action in controlpanel.listActions()}
        configlet = actions["framework-guide-settings"]
        self.assertEqual(configlet.title, "Framework Guide")
        self.assertEqual(configlet.appId, PACKAGE)
        self.assertTrue(configlet.visible)
        self.assertEqual(
            configlet.permissions,
            ("collective.frameworkguide: Manage Framework Guide settings",),
        )
        self.assertIn("@@framework-guide-settings", configlet.action.text)

    def test_rolemap_permissions(self):
        for permission, roles in PERMISSION_ROLES.items():
            self.assertEqual(roles_of(self.portal, permission), roles, permission)

    def test_uninstall_profile_hidden(self):
        from collective.frameworkguide.setuphandlers import HiddenProfiles

        self.assertIn(
            f"{PACKAGE}:uninstall", HiddenProfiles().getNonInstallableProfiles()
        )
