"""``@@framework-review``: what it lists, the readable diff."""

from AccessControl import Unauthorized
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.review import desk
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import as_user
from collective.frameworkguide.tests.support.users import create_users
from DateTime import DateTime
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from Products.CMFCore.indexing import processQueue
from zope.interface import alsoProvides

import lxml.html
import unittest


class TestDesk(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        alsoProvides(self.request, IFrameworkGuideLayer)
        # The test user saves versions and checks out working copies.
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        create_users()
        self.guide = create_guide(self.portal)

    def render(self, userid="reviewer"):
        as_user(self.portal, userid)
        html = self.guide.restrictedTraverse("@@framework-review")()
        return lxml.html.fromstring(html)

    def test_who_may_open_the_desk(self):
        for userid in ("reviewer", "editor", "siteadmin", "manager"):
            self.render(userid)
        for userid in ("member", None):
            as_user(self.portal, userid)
            with self.assertRaises(Unauthorized):
                self.guide.restrictedTraverse("@@framework-review")()

    def test_pending_profile_with_submitter_and_date(self):
        profile_in_state(self.guide, "pending", "bottle")
        doc = self.render()
        item = doc.xpath("//section[contains(@class,'desk-pending')]//div[h3]")
        text = " ".join(item[0].text_content().split())
        self.assertIn("Bottle", text)
        self.assertIn("Submitted by Editor on", text)
        self.assertIn("never been published", text)
        links = item[0].xpath(".//a/@href")
        self.assertIn(
            f"{self.guide['bottle'].absolute_url()}/@@framework-reject", links
        )

    def test_stale_profiles_oldest_first(self):
        for profile_id, days in (("flask", 500), ("django", 800), ("pyramid", 3)):
            profile = profile_in_state(self.guide, "published", profile_id)
            profile.last_reviewed = date.today() - timedelta(days=days)
            profile.reindexObject()
        processQueue()
        rows = desk.stale_rows(self.guide, date.today())
        self.assertEqual([r["title"] for r in rows], ["Django", "Flask"])
        self.assertEqual(rows[0]["age"], 800)
        doc = self.render("editor")
        links = doc.xpath("//section[contains(@class,'desk-stale')]//td/a/@href")
        self.assertEqual(
            links[0], f"{self.guide['django'].absolute_url()}/@@content-checkout"
        )

    def test_idle_drafts(self):
        old = profile_in_state(self.guide, "draft", "old")
        profile_in_state(self.guide, "draft", "fresh")
        old.setModificationDate(DateTime() - 45)
        old.reindexObject(idxs=["modified"])
        processQueue()
        rows = desk.idle_draft_rows(self.guide, date.today())
        self.assertEqual([r["title"] for r in rows], ["Old"])
        self.assertTrue(rows[0]["edit_url"].endswith("/old/edit"))

    def test_diff_of_a_working_copy_against_the_published_profile(self):
        profile = profile_in_state(self.guide, "published", "flask")
        profile.framework_kind = "micro"
        profile.use_cases = {"one-page"}
        profile.learning_curve = 5
        with api.env.adopt_user(username="editor"):
            working_copy = ICheckinCheckoutPolicy(profile).checkout(self.guide)
            working_copy.framework_kind = "full-stack"
            working_copy.use_cases = {"one-page", "crud"}
            working_copy.learning_curve = 3
            working_copy.reindexObject()
            api.content.transition(obj=working_copy, transition="submit")
        processQueue()
        rows = desk.pending_rows(self.guide)
        self.assertEqual(len(rows), 1)
        self.assertTrue(rows[0]["working_copy"])
        diff = {row["name"]: (row["old"], row["new"]) for row in rows[0]["diff"]}
        self.assertEqual(
            diff,
            {
                "framework_kind": (
                    "Micro-framework",
                    "Full-stack framework (batteries included)",
                ),
                "use_cases": ("One-page app", "CRUD app, One-page app"),
                "learning_curve": ("Very high", "Medium"),
            },
        )
        doc = self.render()
        cells = doc.xpath(
            "//table[contains(@class,'framework-desk-diff')]//tr[@data-field]"
        )
        self.assertEqual(len(cells), 3)
        self.assertIn("Review and check in", doc.text_content())

    def test_diff_of_a_retracted_profile_against_its_published_version(self):
        repository = api.portal.get_tool("portal_repository")
        profile = profile_in_state(self.guide, "draft", "django")
        profile.choose_when = "For a CRUD app."
        repository.save(profile, comment="ready")
        with api.env.adopt_user(username="editor"):
            api.content.transition(obj=profile, transition="submit")
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="publish")
            api.content.transition(obj=profile, transition="retract")
        profile.choose_when = "For a CRUD app with an admin."
        repository.save(profile, comment="more")
        with api.env.adopt_user(username="editor"):
            api.content.transition(obj=profile, transition="submit")
        processQueue()
        rows = desk.pending_rows(self.guide)
        self.assertFalse(rows[0]["is_new"])
        self.assertEqual(
            rows[0]["diff"],
            [
                {
                    "name": "choose_when",
                    "title": "Choose it when…",
                    "old": "For a CRUD app.",
                    "new": "For a CRUD app with an admin.",
                }
            ],
        )
