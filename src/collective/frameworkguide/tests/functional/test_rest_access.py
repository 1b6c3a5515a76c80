"""Who sees what through ``@framework-guide``, and what it loads to answer."""

from collective.frameworkguide.content.profile import FrameworkProfile
from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.content import publish
from collective.frameworkguide.tests.support.rest_client import api_session
from collective.frameworkguide.tests.support.rest_client import GuideEndpointTestCase
from plone import api
from plone.app.textfield.value import RichTextValue

import transaction
import unittest


class TestVisibility(GuideEndpointTestCase):
    def add_draft(self, guide, profile_id="bottle"):
        with api.env.adopt_user(username="editor"):
            draft = api.content.create(
                container=guide,
                type="FrameworkProfile",
                id=profile_id,
                title=profile_id.title(),
                choose_when="You want one file.",
                use_cases={"crud"},
            )
        transaction.commit()
        return draft

    def test_only_published_profiles_for_anyone(self):
        draft = self.add_draft(self.guide)
        for session in (self.anonymous, self.editor):
            self.assertEqual(
                self.titles(self.get(session)), ["Django", "Flask", "Plone", "Pyramid"]
            )
        # The draft exists: its editor reads it, anonymous may not.
        self.assertEqual(self.editor.get(draft.absolute_url()).status_code, 200)
        self.assertEqual(self.anonymous.get(draft.absolute_url()).status_code, 401)
        publish(self.guide["bottle"])
        transaction.commit()
        self.assertIn("Bottle", self.titles(self.get()))

    def test_unpublished_guide_is_not_shown_to_anonymous(self):
        with api.env.adopt_roles(["Manager"]):
            guide = api.content.create(
                container=self.portal,
                type="FrameworkGuide",
                id="internal",
                title="Internal",
            )
            profile = api.content.create(
                container=guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="You want one file.",
            )
            api.group.grant_roles(
                groupname="framework-guide-editors",
                obj=guide,
                roles=["Editor", "Reader"],
            )
        publish(profile)
        transaction.commit()
        response = self.anonymous.get("internal/@framework-guide")
        self.assertEqual(response.status_code, 401)
        self.assertNotIn("Bottle", response.text)
        data = self.editor.get("internal/@framework-guide").json()
        self.assertEqual(self.titles(data), ["Bottle"])


class TestReadsTheCatalogOnly(unittest.TestCase):
    layer = ACCEPTANCE_TESTING

    def test_no_profile_is_loaded(self):
        # The endpoint must serve a big guide from catalog metadata alone.
        # Every object is made a ghost first; loading one calls __setstate__.
        portal = self.layer["portal"]
        session = api_session(portal.absolute_url(), test=self)
        loaded = []
        original = FrameworkProfile.__setstate__

        def counting_setstate(profile, state):
            loaded.append(state.get("id"))
            return original(profile, state)

        FrameworkProfile.__setstate__ = counting_setstate
        try:
            self.layer["zodbDB"].cacheMinimize()
            session.get("guide/@framework-guide").raise_for_status()
            self.assertEqual(loaded, [])
            # The counter works: the profile's own page loads the profile.
            session.get("guide/flask", headers={"Accept": "text/html"})
            self.assertIn("flask", loaded)
        finally:
            del FrameworkProfile.__setstate__


class TestCatalogCard(unittest.TestCase):
    """The card holds the text's HTML, rendered while the catalog indexes."""

    layer = ACCEPTANCE_TESTING

    def profile_paths(self):
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(portal_type="FrameworkProfile")
        return [brain.getPath() for brain in brains]

    def test_one_catalog_entry_per_profile(self):
        paths = self.profile_paths()
        self.assertEqual(len(paths), 4)
        self.assertEqual(len(set(paths)), 4)

    def test_text_with_a_link_is_indexed_once_at_commit(self):
        # The link makes the transform query the catalog while the catalog
        # queue is being processed at commit time: that nested query must not
        # index the profile a second time.
        guide = self.layer["portal"]["guide"]
        django = guide["django"]
        guide["flask"].text = RichTextValue(
            f'<p>Bigger? See <a href="resolveuid/{django.UID()}">Django</a>.</p>',
            "text/html",
            "text/x-html-safe",
        )
        guide["flask"].reindexObject()
        transaction.commit()
        self.assertEqual(len(self.profile_paths()), 4)
        session = api_session(self.layer["portal"].absolute_url(), test=self)
        data = session.get("guide/@framework-guide?framework_kind=micro").json()
        html = data["profiles"][0]["text"]["data"]
        self.assertIn(f'href="{django.absolute_url()}"', html)
