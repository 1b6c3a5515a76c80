"""The demo profile: a published guide at /guide with four frameworks."""

from collective.frameworkguide.content.profile import IFrameworkProfileSchema
from collective.frameworkguide.content.validation import check_web_url
from collective.frameworkguide.setuphandlers.demo_content import PROFILES
from collective.frameworkguide.testing import DEMO_INTEGRATION_TESTING
from plone import api
from plone.app.testing import applyProfile
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from urllib.parse import urlsplit
from zope.schema import getFieldsInOrder

import unittest


FRAMEWORKS = ["flask", "django", "pyramid", "plone"]
TITLES = {"flask": "Flask", "django": "Django", "pyramid": "Pyramid", "plone": "Plone"}
KIND_AND_USE_CASES = {
    "flask": ("micro", {"one-page"}),
    "django": ("full-stack", {"crud"}),
    "pyramid": ("pluggable", {"unique"}),
    "plone": ("cms", {"cms"}),
}


class TestDemoContent(unittest.TestCase):
    layer = DEMO_INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]

    def test_guide(self):
        self.assertEqual(self.guide.portal_type, "FrameworkGuide")
        self.assertEqual(self.guide.title, "Which Python web framework?")
        self.assertTrue(self.guide.description)
        self.assertIn("<p>", self.guide.text.raw)
        self.assertEqual(api.content.get_state(self.guide), "published")

    def test_exactly_four_published_profiles(self):
        self.assertEqual(list(self.guide.objectIds()), FRAMEWORKS)
        for profile_id in FRAMEWORKS:
            profile = self.guide[profile_id]
            self.assertEqual(profile.portal_type, "FrameworkProfile")
            self.assertEqual(profile.title, TITLES[profile_id])
            self.assertEqual(api.content.get_state(profile), "published", profile_id)
        brains = api.content.find(
            portal_type="FrameworkProfile", review_state="published"
        )
        self.assertEqual(sorted(b.getId for b in brains), sorted(FRAMEWORKS))

    def test_kinds_and_use_cases(self):
        for profile_id, (kind, use_cases) in KIND_AND_USE_CASES.items():
            profile = self.guide[profile_id]
            self.assertEqual(profile.framework_kind, kind, profile_id)
            self.assertEqual(profile.use_cases, use_cases, profile_id)
        # ...and the catalog knows them.
        self.assertEqual(
            [b.getId for b in api.content.find(framework_kind="full-stack")],
            ["django"],
        )
        self.assertEqual(
            [b.getId for b in api.content.find(use_cases="unique")], ["pyramid"]
        )

    def test_urls_are_web_addresses(self):
        for profile_id in FRAMEWORKS:
            profile = self.guide[profile_id]
            for name in ("website", "repository", "documentation_url"):
                url = getattr(profile, name)
                self.assertTrue(check_web_url(url), (profile_id, name))
                self.assertIn(urlsplit(url).scheme, ("http", "https"))

    def test_every_value_passes_the_schema(self):
        # The demo writes attributes directly; each one must still be what
        # the form would accept (vocabularies, ratings, years, line limits).
        for profile_id in FRAMEWORKS:
            profile = self.guide[profile_id]
            for name, field in getFieldsInOrder(IFrameworkProfileSchema):
                value = getattr(profile, name)
                if value is None or field.readonly:
                    continue
                field.bind(profile).validate(value)
            self.assertTrue(profile.choose_when)
            for name in (
                "learning_curve",
                "documentation_quality",
                "flexibility",
                "ecosystem",
            ):
                self.assertIn(getattr(profile, name), range(1, 6), (profile_id, name))

    def test_rich_text(self):
        for profile_id in FRAMEWORKS:
            text = self.guide[profile_id].text
            self.assertEqual(text.mimeType, "text/html")
            self.assertTrue(text.output.startswith("<p>"), profile_id)

    def test_import_twice_does_not_duplicate(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        # An editor's change to a demo profile is refreshed by a second import.
        self.guide["flask"].framework_kind = "cms"
        self.guide["flask"].reindexObject()
        uids = {i: self.guide[i].UID() for i in FRAMEWORKS}
        applyProfile(self.portal, "collective.frameworkguide:demo")
        applyProfile(self.portal, "collective.frameworkguide:demo")
        self.assertEqual(
            [
                obj.getId()
                for obj in self.portal.contentValues()
                if obj.portal_type == "FrameworkGuide"
            ],
            ["guide"],
        )
        self.assertEqual(list(self.guide.objectIds()), FRAMEWORKS)
        self.assertEqual({i: self.guide[i].UID() for i in FRAMEWORKS}, uids)
        self.assertEqual(len(api.content.find(portal_type="FrameworkProfile")), 4)
        self.assertEqual(len(api.content.find(portal_type="FrameworkGuide")), 1)
        self.assertEqual(self.guide["flask"].framework_kind, "micro")
        self.assertEqual(
            [b.getId for b in api.content.find(framework_kind="micro")], ["flask"]
        )
        for profile_id in FRAMEWORKS:
            self.assertEqual(api.content.get_state(self.guide[profile_id]), "published")

    def test_demo_data_matches_contract(self):
        self.assertEqual([data["id"] for data in PROFILES], FRAMEWORKS)
