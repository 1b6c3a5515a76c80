"""Uninstalling and reinstalling the add-on (tests on pytest-plone's fixtures)."""

from collective.frameworkguide.content.profile import FrameworkProfile
from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IFrameworkProfile
from plone import api
from plone.app.portlets.utils import assignment_mapping_from_key
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.portlets.constants import CONTENT_TYPE_CATEGORY
from plone.portlets.interfaces import IPortletType
from plone.registry.interfaces import IRegistry
from Products.CMFCore.indexing import processQueue
from zope.component import getUtility
from zope.component import queryUtility
from zope.interface import alsoProvides

import pytest
import unittest


@pytest.fixture
def guide(portal):
    """A published guide with one published profile, ``flask``."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    guide = api.content.create(portal, "FrameworkGuide", id="guide", title="Guide")
    profile = api.content.create(
        guide,
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
    for obj in (guide, profile):
        api.content.transition(obj=obj, to_state="published")
    processQueue()
    return guide


class TestUninstall:
    @pytest.fixture(autouse=True)
    def _uninstalled_after_content(self, guide, uninstalled):
        """The guide exists, then pytest-plone's ``uninstalled`` removes the add-on."""

    def test_not_installed(self, installer, package_name):
        assert not installer.is_product_installed(package_name)

    def test_types_removed(self):
        types = api.portal.get_tool("portal_types").objectIds()
        assert "FrameworkGuide" not in types
        assert "FrameworkProfile" not in types

    def test_types_left_the_navigation(self):
        displayed = api.portal.get_registry_record("plone.displayed_types")
        assert "FrameworkGuide" not in displayed
        assert "FrameworkProfile" not in displayed
        assert "Document" in displayed

    def test_browserlayer_removed(self, browser_layers):
        assert IFrameworkGuideLayer not in browser_layers

    def test_registry_records_removed(self, package_name):
        registry = getUtility(IRegistry)
        assert [
            name for name in registry.records if name.startswith(package_name)
        ] == []

    def test_catalog_indexes_and_metadata_removed(self):
        catalog = api.portal.get_tool("portal_catalog")
        assert "framework_kind" not in catalog.indexes()
        assert "use_cases" not in catalog.indexes()
        for column in ("framework_kind", "use_cases", "framework_card"):
            assert column not in catalog.schema()

    def test_configlet_removed(self, controlpanel_actions):
        assert "framework-guide-settings" not in controlpanel_actions

    def test_profiles_portlet_removed(self, portal):
        column = assignment_mapping_from_key(
            portal, "plone.leftcolumn", CONTENT_TYPE_CATEGORY, "FrameworkProfile"
        )
        assert "framework-profiles" not in column
        assert (
            queryUtility(IPortletType, name="collective.frameworkguide.GuideProfiles")
            is None
        )

    def test_workflow_bindings_removed(self):
        chains = dict(api.portal.get_tool("portal_workflow").listChainOverrides())
        assert "FrameworkGuide" not in chains
        assert "FrameworkProfile" not in chains

    def test_content_kept_and_readable(self, portal):
        guide = portal["guide"]
        profile = guide["flask"]
        assert IFrameworkGuide.providedBy(guide)
        assert IFrameworkProfile.providedBy(profile)
        assert isinstance(profile, FrameworkProfile)
        assert guide.Title() == "Guide"
        assert profile.Title() == "Flask"
        assert profile.framework_kind == "micro"
        assert profile.use_cases == {"one-page"}
        assert profile.choose_when == "A small app."
        assert profile.strengths == ["Small"]
        assert profile.learning_curve == 5
        assert profile.first_release_year == 2010
        assert guide.objectIds() == ["flask"]

    def test_content_can_be_catalogued(self, guide):
        catalog = api.portal.get_tool("portal_catalog")
        guide.reindexObject()
        guide["flask"].reindexObject()
        brains = catalog.unrestrictedSearchResults(portal_type="FrameworkProfile")
        assert [brain.getPath() for brain in brains] == ["/plone/guide/flask"]
        assert brains[0].Title == "Flask"
        assert brains[0].getObject() == guide["flask"]

    def test_reinstall_restores_catalog_data(self, guide, installer, package_name):
        # Nothing was reindexed while the add-on was away: the re-created
        # indexes and metadata column are filled again on install.
        installer.install_product(package_name)
        brains = api.content.find(framework_kind="micro")
        assert [brain.getId for brain in brains] == ["flask"]
        assert brains[0].framework_card["learning_curve"] == 5
        assert brains[0].framework_card["use_cases"] == ["one-page"]
        assert [p["title"] for p in GuideComparison(guide).profiles] == ["Flask"]


class TestReinstall:
    @pytest.fixture(autouse=True)
    def _reinstalled(self, guide, installer, package_name):
        """Uninstalled, the profile edited meanwhile, installed again."""
        installer.uninstall_product(package_name)
        profile = guide["flask"]
        profile.description = "Edited while uninstalled."
        profile.reindexObject()
        guide.reindexObject()
        processQueue()
        installer.install_product(package_name)
        assert installer.is_product_installed(package_name)

    def test_states_kept(self, guide):
        assert api.content.get_state(guide) == "published"
        assert api.content.get_state(guide["flask"]) == "published"

    def test_catalog_finds_profile_again(self):
        brains = api.content.find(framework_kind="micro")
        assert [brain.getId for brain in brains] == ["flask"]
        assert len(api.content.find(use_cases="one-page")) == 1
        published = api.content.find(
            portal_type="FrameworkProfile", review_state="published"
        )
        assert len(published) == 1
        assert brains[0].framework_card["learning_curve"] == 5

    def test_listed_in_guide_again(self, guide, http_request):
        comparison = GuideComparison(guide)
        assert [(p["id"], p["framework_kind"]) for p in comparison.profiles] == [
            ("flask", "micro")
        ]
        assert [pick["token"] for pick in comparison.quick_pick()] == ["one-page"]
        alsoProvides(http_request, IFrameworkGuideLayer)
        html = guide.restrictedTraverse("@@framework-guide")()
        assert "Flask" in html
        assert "One-page app" in html

    def test_editable_again(self, guide, http_request):
        alsoProvides(http_request, IFrameworkGuideLayer)
        profile = guide["flask"]
        assert api.user.has_permission("Modify portal content", obj=profile)
        form = profile.restrictedTraverse("@@edit")
        form.update()
        assert form.widgets["IBasic.title"].value == "Flask"
        facts = {group.__name__: group for group in form.groups}["advice"]
        assert facts.widgets["choose_when"].value == "A small app."
        # The vocabulary is back, with the stored kind selected.
        assert form.widgets["framework_kind"].value == ["micro"]
        assert [term.token for term in form.widgets["framework_kind"].terms] == [
            "micro",
            "full-stack",
            "pluggable",
            "cms",
        ]

    def test_new_profiles_addable_again(self, guide):
        profile = api.content.create(
            guide, "FrameworkProfile", title="Django", choose_when="CRUD."
        )
        assert profile.strengths == []
        assert sorted(guide.objectIds()) == ["django", "flask"]


def test_suite():
    """No test cases for zope.testrunner (the buildout's ``bin/test``), which
    cannot give these tests their pytest fixtures; pytest runs them."""
    return unittest.TestSuite()
