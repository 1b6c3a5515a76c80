"""Installing, uninstalling and reinstalling the add-on."""

from collective.frameworkguide.comparison import GuideComparison
from collective.frameworkguide.content.profile import FrameworkProfile
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.settings import DEFAULT_BATTERIES
from collective.frameworkguide.settings import DEFAULT_FRAMEWORK_KINDS
from collective.frameworkguide.settings import DEFAULT_USE_CASES
from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.base.utils import get_installer
from plone.browserlayer import utils as browserlayer_utils
from plone.dexterity.interfaces import IDexterityFTI
from plone.registry.interfaces import IRegistry
from Products.CMFCore.indexing import processQueue
from zope.component import getUtility
from zope.component import queryUtility
from zope.interface import alsoProvides

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


def configlet_ids():
    controlpanel = api.portal.get_tool("portal_controlpanel")
    return [action.getId() for action in controlpanel.listActions()]


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
            setup.getLastVersionForProfile(f"{PACKAGE}:default"), ("1002",)
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


class TestUninstall(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = api.content.create(
            self.portal, "FrameworkGuide", id="guide", title="Guide"
        )
        self.profile = api.content.create(
            self.guide,
            "FrameworkProfile",
            id="flask",
            title="Flask",
            framework_kind="micro",
            use_cases={"one-page"},
            choose_when="A small app.",
            strengths=["Small"],
            learning_curve=5,
            first_release_year=2010,
        )
        for obj in (self.guide, self.profile):
            api.content.transition(obj=obj, to_state="published")
        processQueue()
        self.installer = get_installer(self.portal, self.request)
        self.installer.uninstall_product(PACKAGE)

    def test_not_installed(self):
        self.assertFalse(self.installer.is_product_installed(PACKAGE))

    def test_types_removed(self):
        types = api.portal.get_tool("portal_types")
        self.assertNotIn("FrameworkGuide", types.objectIds())
        self.assertNotIn("FrameworkProfile", types.objectIds())

    def test_browserlayer_removed(self):
        self.assertNotIn(IFrameworkGuideLayer, browserlayer_utils.registered_layers())

    def test_registry_records_removed(self):
        registry = getUtility(IRegistry)
        left = [name for name in registry.records if name.startswith(PACKAGE)]
        self.assertEqual(left, [])

    def test_catalog_indexes_and_metadata_removed(self):
        catalog = api.portal.get_tool("portal_catalog")
        self.assertNotIn("framework_kind", catalog.indexes())
        self.assertNotIn("use_cases", catalog.indexes())
        for column in ("framework_kind", "use_cases", "framework_card"):
            self.assertNotIn(column, catalog.schema())

    def test_configlet_removed(self):
        self.assertNotIn("framework-guide-settings", configlet_ids())

    def test_workflow_bindings_removed(self):
        workflow = api.portal.get_tool("portal_workflow")
        chains = dict(workflow.listChainOverrides())
        self.assertNotIn("FrameworkGuide", chains)
        self.assertNotIn("FrameworkProfile", chains)

    def test_content_kept_and_readable(self):
        guide = self.portal["guide"]
        profile = guide["flask"]
        self.assertTrue(IFrameworkGuide.providedBy(guide))
        self.assertTrue(IFrameworkProfile.providedBy(profile))
        self.assertIsInstance(profile, FrameworkProfile)
        self.assertEqual(guide.Title(), "Guide")
        self.assertEqual(profile.Title(), "Flask")
        self.assertEqual(profile.framework_kind, "micro")
        self.assertEqual(profile.use_cases, {"one-page"})
        self.assertEqual(profile.choose_when, "A small app.")
        self.assertEqual(profile.strengths, ["Small"])
        self.assertEqual(profile.learning_curve, 5)
        self.assertEqual(profile.first_release_year, 2010)
        self.assertEqual(guide.objectIds(), ["flask"])

    def test_content_can_be_catalogued(self):
        catalog = api.portal.get_tool("portal_catalog")
        self.guide.reindexObject()
        self.profile.reindexObject()
        brains = catalog.unrestrictedSearchResults(portal_type="FrameworkProfile")
        self.assertEqual([brain.getPath() for brain in brains], ["/plone/guide/flask"])
        self.assertEqual(brains[0].Title, "Flask")
        self.assertEqual(brains[0].getObject(), self.profile)

    def test_reinstall_restores_catalog_data(self):
        # Nothing was reindexed while the add-on was away: the re-created
        # indexes and metadata column are filled again on install.
        self.installer.install_product(PACKAGE)
        brains = api.content.find(framework_kind="micro")
        self.assertEqual([brain.getId for brain in brains], ["flask"])
        self.assertEqual(brains[0].framework_card["learning_curve"], 5)
        self.assertEqual(brains[0].framework_card["use_cases"], ["one-page"])
        self.assertEqual(
            [p["title"] for p in GuideComparison(self.guide).profiles], ["Flask"]
        )


class TestReinstall(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = api.content.create(
            self.portal, "FrameworkGuide", id="guide", title="Guide"
        )
        self.profile = api.content.create(
            self.guide,
            "FrameworkProfile",
            id="flask",
            title="Flask",
            framework_kind="micro",
            use_cases={"one-page"},
            choose_when="A small app.",
            learning_curve=5,
        )
        for obj in (self.guide, self.profile):
            api.content.transition(obj=obj, to_state="published")
        processQueue()
        installer = get_installer(self.portal, self.request)
        installer.uninstall_product(PACKAGE)
        # Content edited (and so reindexed) while the add-on was away.
        self.profile.description = "Edited while uninstalled."
        self.profile.reindexObject()
        self.guide.reindexObject()
        processQueue()
        installer.install_product(PACKAGE)
        self.assertTrue(installer.is_product_installed(PACKAGE))

    def test_states_kept(self):
        self.assertEqual(api.content.get_state(self.guide), "published")
        self.assertEqual(api.content.get_state(self.profile), "published")

    def test_catalog_finds_profile_again(self):
        brains = api.content.find(framework_kind="micro")
        self.assertEqual([brain.getId for brain in brains], ["flask"])
        self.assertEqual(len(api.content.find(use_cases="one-page")), 1)
        self.assertEqual(
            len(
                api.content.find(
                    portal_type="FrameworkProfile", review_state="published"
                )
            ),
            1,
        )
        self.assertEqual(brains[0].framework_card["learning_curve"], 5)

    def test_listed_in_guide_again(self):
        comparison = GuideComparison(self.guide)
        self.assertEqual(
            [(p["id"], p["framework_kind"]) for p in comparison.profiles],
            [("flask", "micro")],
        )
        self.assertEqual(
            [pick["token"] for pick in comparison.quick_pick()], ["one-page"]
        )
        alsoProvides(self.request, IFrameworkGuideLayer)
        html = self.guide.restrictedTraverse("@@framework-guide")()
        self.assertIn("Flask", html)
        self.assertIn("One-page app", html)

    def test_editable_again(self):
        alsoProvides(self.request, IFrameworkGuideLayer)
        self.assertTrue(
            api.user.has_permission("Modify portal content", obj=self.profile)
        )
        form = self.profile.restrictedTraverse("@@edit")
        form.update()
        self.assertEqual(form.widgets["IBasic.title"].value, "Flask")
        facts = {group.__name__: group for group in form.groups}["advice"]
        self.assertEqual(facts.widgets["choose_when"].value, "A small app.")
        # The vocabulary is back, with the stored kind selected.
        self.assertEqual(form.widgets["framework_kind"].value, ["micro"])
        self.assertEqual(
            [term.token for term in form.widgets["framework_kind"].terms],
            ["micro", "full-stack", "pluggable", "cms"],
        )

    def test_new_profiles_addable_again(self):
        profile = api.content.create(
            self.guide, "FrameworkProfile", title="Django", choose_when="CRUD."
        )
        self.assertEqual(profile.strengths, [])
        self.assertEqual(sorted(self.guide.objectIds()), ["django", "flask"])
