"""Uninstalling and reinstalling the add-on."""

from collective.frameworkguide.content.profile import FrameworkProfile
from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.test_setup import configlet_ids
from collective.frameworkguide.tests.test_setup import PACKAGE
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.base.utils import get_installer
from plone.browserlayer import utils as browserlayer_utils
from plone.registry.interfaces import IRegistry
from Products.CMFCore.indexing import processQueue
from zope.component import getUtility
from zope.interface import alsoProvides

import unittest


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
