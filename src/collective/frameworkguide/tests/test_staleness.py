"""Review interval and staleness: the pure rules (time frozen) and the pages."""

from collective.frameworkguide.guide import freshness
from collective.frameworkguide.guide.freshness import add_months
from collective.frameworkguide.guide.freshness import is_recent
from collective.frameworkguide.guide.freshness import is_stale
from collective.frameworkguide.guide.freshness import review_due
from collective.frameworkguide.settings import REVIEW_INTERVAL_RECORD
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.views_support import archive
from collective.frameworkguide.tests.views_support import ViewTestCase
from DateTime import DateTime
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import unittest


TODAY = date(2026, 3, 15)


class TestStalenessRules(unittest.TestCase):
    def test_add_months_clamps_to_month_end(self):
        self.assertEqual(add_months(date(2025, 1, 31), 1), date(2025, 2, 28))
        self.assertEqual(add_months(date(2024, 1, 31), 1), date(2024, 2, 29))
        self.assertEqual(add_months(date(2025, 11, 30), 3), date(2026, 2, 28))
        self.assertEqual(add_months(date(2025, 3, 15), 12), date(2026, 3, 15))

    def test_stale_only_after_the_interval(self):
        self.assertFalse(is_stale(date(2025, 3, 15), 12, TODAY))  # due today
        self.assertTrue(is_stale(date(2025, 3, 14), 12, TODAY))
        self.assertFalse(is_stale(date(2025, 10, 1), 6, TODAY))
        self.assertTrue(is_stale(date(2025, 9, 14), 6, TODAY))
        self.assertFalse(is_stale(date(2026, 3, 14), 1, TODAY))

    def test_never_reviewed_is_stale(self):
        self.assertTrue(is_stale(None, 12, TODAY))
        self.assertIsNone(review_due(None, 12))

    def test_accepts_zope_datetime_and_iso_strings(self):
        self.assertEqual(review_due("2025-03-14", 12), date(2026, 3, 14))
        self.assertEqual(
            review_due(DateTime("2025/03/14 10:00 UTC"), 1), date(2025, 4, 14)
        )
        self.assertTrue(is_stale("2025-03-14", 12, TODAY))

    def test_recent_markers(self):
        card = {"last_reviewed": date(2026, 1, 1), "first_published": date(2025, 4, 1)}
        self.assertEqual(
            freshness.freshness(card, 12, TODAY),
            {"stale": False, "due": date(2027, 1, 1), "new": True, "changed": False},
        )
        card["first_published"] = date(2024, 1, 1)
        card["last_changed"] = date(2026, 2, 1)
        marks = freshness.freshness(card, 12, TODAY)
        self.assertEqual((marks["new"], marks["changed"]), (False, True))
        self.assertFalse(is_recent(date(2025, 3, 14), 12, TODAY))
        self.assertFalse(is_recent(None, 12, TODAY))


class TestReviewInterval(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])

    def test_control_panel_default_is_twelve(self):
        self.assertEqual(api.portal.get_registry_record(REVIEW_INTERVAL_RECORD), 12)

    def test_new_guide_starts_with_the_control_panel_value(self):
        api.portal.set_registry_record(REVIEW_INTERVAL_RECORD, 6)
        guide = api.content.create(container=self.portal, type="FrameworkGuide", id="g")
        self.assertEqual(guide.review_interval_months, 6)
        self.assertEqual(freshness.interval_of(guide), 6)
        guide.review_interval_months = 3
        self.assertEqual(freshness.interval_of(guide), 3)

    def test_guide_without_the_field_reads_the_control_panel(self):
        guide = api.content.create(container=self.portal, type="FrameworkGuide", id="g")
        # As made before upgrade 1001 (or in code): no value stored.
        guide.__dict__.pop("review_interval_months", None)
        api.portal.set_registry_record(REVIEW_INTERVAL_RECORD, 24)
        self.assertEqual(freshness.interval_of(guide), 24)


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


class TestUpgradeTo1001(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def test_adds_the_interval_record_and_keeps_the_vocabularies(self):
        from plone.registry.interfaces import IRegistry

        registry = getUtility(IRegistry)
        kinds = "collective.frameworkguide.framework_kinds"
        registry[kinds] = [*registry[kinds], "serverless|Serverless"]
        del registry.records[REVIEW_INTERVAL_RECORD]
        setup = api.portal.get_tool("portal_setup")
        setup.setLastVersionForProfile("collective.frameworkguide:default", "1000")
        setup.upgradeProfile("collective.frameworkguide:default")
        self.assertEqual(registry[REVIEW_INTERVAL_RECORD], 12)
        self.assertIn("serverless|Serverless", registry[kinds])
