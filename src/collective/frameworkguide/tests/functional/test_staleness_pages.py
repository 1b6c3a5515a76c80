"""Stale and recently reviewed profiles as the pages show them."""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import archive
from collective.frameworkguide.tests.support.views import ViewTestCase
from datetime import date
from datetime import timedelta
from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


class TestStalenessOnPages(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def set_reviewed(self, profile_id, day):
        profile = self.guide[profile_id]
        profile.last_reviewed = day
        profile.reindexObject()
        self.commit()

    def test_fresh_profile_shows_date_and_no_notice(self):
        self.set_reviewed("flask", date.today() - timedelta(days=10))
        self.open("/flask")
        status = self.xpath_texts("//*[contains(@class,'framework-review-status')]")
        self.assertTrue(status[0].startswith("Last reviewed on"), status)
        self.assertFalse(self.doc.xpath("//*[contains(@class,'framework-stale')]"))

    def test_stale_profile_has_a_notice_on_its_page_and_in_the_matrix(self):
        self.set_reviewed("django", date.today() - timedelta(days=400))
        self.open("/django")
        notice = self.xpath_texts("//div[contains(@class,'framework-stale')]")
        self.assertEqual(len(notice), 1)
        self.assertIn("due for review", notice[0])
        self.assertIn("older than 12 months", notice[0])
        self.open("")
        stale_columns = self.xpath_texts(
            "//table[contains(@class,'framework-matrix')]//thead//th"
            "[span[contains(@class,'framework-stale-badge')]]/a"
        )
        self.assertEqual(stale_columns, ["Django"])

    def test_guide_interval_decides(self):
        self.set_reviewed("django", date.today() - timedelta(days=100))
        self.open("/django")
        self.assertFalse(self.doc.xpath("//div[contains(@class,'framework-stale')]"))
        self.guide.review_interval_months = 3
        self.commit()
        self.open("/django")
        self.assertTrue(self.doc.xpath("//div[contains(@class,'framework-stale')]"))

    def test_archived_profile_links_its_successor(self):
        intids = getUtility(IIntIds)
        with api.env.adopt_roles(["Manager"]):
            flask = self.guide["flask"]
            flask.replaced_by = RelationValue(intids.getId(self.guide["pyramid"]))
        archive(flask)
        self.commit()
        self.open("/flask")
        link = self.doc.xpath("//*[contains(@class,'framework-replaced-by')]//a")
        self.assertEqual(len(link), 1)
        self.assertEqual(link[0].get("href"), self.guide["pyramid"].absolute_url())
        self.assertEqual(link[0].text_content(), "Pyramid")
        self.assertFalse(self.doc.xpath("//div[contains(@class,'framework-stale')]"))

    def test_successor_not_visible_to_visitors_is_not_linked(self):
        intids = getUtility(IIntIds)
        with api.env.adopt_roles(["Manager"]):
            draft = api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="Tiny apps.",
            )
            flask = self.guide["flask"]
            flask.replaced_by = RelationValue(intids.getId(draft))
        archive(flask)
        self.commit()
        self.open("/flask")
        self.assertFalse(
            self.doc.xpath("//*[contains(@class,'framework-replaced-by')]")
        )
