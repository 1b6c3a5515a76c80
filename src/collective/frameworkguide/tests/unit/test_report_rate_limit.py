"""Reader reports: the rate limit per address."""

from collective.frameworkguide.review import reports as feedback

import unittest


class TestRateLimit(unittest.TestCase):
    def setUp(self):
        feedback.reset_rate_limit()

    def tearDown(self):
        feedback.reset_rate_limit()

    def test_per_address_within_the_window(self):
        for _ in range(feedback.MAX_REPORTS_PER_WINDOW):
            self.assertTrue(feedback.allow_report("10.0.0.1", now=1000.0))
        self.assertFalse(feedback.allow_report("10.0.0.1", now=1001.0))
        self.assertTrue(feedback.allow_report("10.0.0.2", now=1001.0))
        later = 1000.0 + feedback.WINDOW_SECONDS + 1
        self.assertTrue(feedback.allow_report("10.0.0.1", now=later))
