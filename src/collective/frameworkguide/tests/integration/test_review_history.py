"""Advice history (kind, use cases): kept on publish and check-in, shown to visitors."""

from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.review import advice_history
from collective.frameworkguide.review.reports import add_report
from collective.frameworkguide.review.reports import open_reports
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users
from datetime import date
from datetime import datetime
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from Products.CMFCore.indexing import processQueue
from zope.interface import alsoProvides

import lxml.html
import unittest


class TestVerdictHistory(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        alsoProvides(self.layer["request"], IFrameworkGuideLayer)
        create_users()
        self.guide = create_guide(self.portal)
        self.profile = profile_in_state(self.guide, "draft", "flask")
        self.profile.framework_kind = "micro"
        self.profile.use_cases = {"one-page"}
        self.publish(self.profile)

    def publish(self, profile):
        with api.env.adopt_user(username="editor"):
            api.content.transition(obj=profile, transition="submit")
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="publish")

    def card(self):
        processQueue()
        catalog = api.portal.get_tool("portal_catalog")
        return catalog(UID=self.profile.UID())[0].framework_card

    def test_first_publication_is_new_and_records_no_change(self):
        self.assertEqual(advice_history.changes(self.profile), [])
        self.assertEqual(self.card()["first_published"], date.today())
        self.assertIsNone(self.card()["last_changed"])

    def test_change_of_kind_after_retract_and_publish(self):
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=self.profile, transition="retract")
        self.profile.framework_kind = "full-stack"
        self.publish(self.profile)
        self.assertEqual(
            advice_history.changes(self.profile),
            [
                {
                    "date": date.today(),
                    "field": "framework_kind",
                    "old": "micro",
                    "new": "full-stack",
                }
            ],
        )
        self.assertEqual(self.card()["last_changed"], date.today())

    def test_change_of_use_cases_on_check_in_keeps_reports(self):
        with api.env.adopt_user(username="editor"):
            working_copy = ICheckinCheckoutPolicy(self.profile).checkout(self.guide)
        # A reader reports while the working copy is being edited.
        add_report(self.profile, "Flask does CRUD too.", "", datetime.now())
        working_copy.use_cases = {"one-page", "crud"}
        with api.env.adopt_user(username="editor"):
            api.content.transition(obj=working_copy, transition="submit")
        with api.env.adopt_user(username="reviewer"):
            baseline = ICheckinCheckoutPolicy(working_copy).checkin("More uses")
        self.assertEqual(
            [
                (c["field"], c["old"], c["new"])
                for c in advice_history.changes(baseline)
            ],
            [("use_cases", ["one-page"], ["crud", "one-page"])],
        )
        self.assertEqual(len(open_reports(baseline)), 1)

    def test_unchanged_verdicts_record_nothing(self):
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=self.profile, transition="retract")
        self.profile.choose_when = "Other words, same verdict."
        self.publish(self.profile)
        self.assertEqual(advice_history.changes(self.profile), [])

    def test_changelog_on_the_page_and_marker_in_the_matrix(self):
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=self.profile, transition="retract")
        self.profile.framework_kind = "full-stack"
        self.publish(self.profile)
        processQueue()
        with api.env.adopt_roles(["Anonymous"]):
            page = lxml.html.fromstring(
                self.profile.restrictedTraverse("@@framework-profile")()
            )
            guide = lxml.html.fromstring(
                self.guide.restrictedTraverse("@@framework-guide")()
            )
        log = page.xpath("//section[contains(@class,'framework-changelog')]//li")
        self.assertEqual(len(log), 1)
        self.assertIn(
            "Kind moved from Micro-framework to Full-stack framework",
            " ".join(log[0].text_content().split()),
        )
        # Published today for the first time, so "new" wins over "changed".
        header = guide.xpath("//table[contains(@class,'framework-matrix')]//thead//th")
        self.assertTrue(header[1].xpath(".//*[contains(@class,'framework-new-badge')]"))
        self.assertFalse(header[1].xpath(".//*[contains(@class,'changed-badge')]"))
