"""Review interval and staleness: the pure rules, time frozen."""

from collective.frameworkguide.guide import freshness
from collective.frameworkguide.guide.freshness import add_months
from collective.frameworkguide.guide.freshness import is_recent
from collective.frameworkguide.guide.freshness import is_stale
from collective.frameworkguide.guide.freshness import review_due
from DateTime import DateTime
from datetime import date

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
