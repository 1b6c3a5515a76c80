"""A visitor's report and the reviewer desk in real Chromium.

A visitor reports outdated information on a profile page through the report
form; a reviewer logs in through the login form, finds the report and a
pending profile on ``@@framework-review`` and closes the report. Each page is
checked with axe-core and saved under ``test-results/browser/``.
"""

from collective.frameworkguide.review.reports import open_reports
from collective.frameworkguide.review.reports import reports
from collective.frameworkguide.review.reports import reset_rate_limit
from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chromium import ChromiumTestCase
from collective.frameworkguide.tests.support.chromium import skip_without_chromium
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users

import transaction


REPORT = "Flask 3.2 was released; the latest version shown is out of date."


@skip_without_chromium
class TestReportAndDesk(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        super().setUp()
        reset_rate_limit()
        create_users()
        profile_in_state(self.portal["guide"], "pending", "bottle")
        transaction.commit()

    def test_visitor_reports_and_reviewer_closes(self):
        page = self.page
        self.open("guide/flask")
        page.get_by_role("link", name="Report outdated or wrong information").click()
        page.wait_for_load_state()
        self.assertEqual(
            page.locator("h1").first.inner_text(),
            "Report outdated or wrong information",
        )
        # The honeypot is out of sight (1 px, clipped) and of the accessibility tree.
        honeypot = page.locator("div[aria-hidden='true']:has(input[name='homepage'])")
        self.assertLessEqual(honeypot.bounding_box()["width"], 1)
        self.assertEqual(
            page.get_by_role("textbox", name="Leave this field empty").count(), 0
        )
        page.get_by_label("What is outdated or wrong?").fill(REPORT)
        self.assert_accessible()
        self.screenshot("report-form", "report-form")
        page.get_by_role("button", name="Send the report").click()
        page.wait_for_load_state()
        self.assertIn("Thank you", page.locator(".framework-report-sent").inner_text())
        self.screenshot("report-sent")

        self.log_in("reviewer")
        self.open("guide/@@framework-review")
        pending = page.locator(".framework-desk-pending .framework-desk-item")
        self.assertEqual(pending.count(), 1)
        self.assertIn("Bottle", pending.inner_text())
        report = page.locator(".framework-desk-report")
        self.assertEqual(report.count(), 1)
        self.assertIn(REPORT, report.inner_text())
        self.assert_accessible()
        self.screenshot("review-desk", "review-desk")

        report.get_by_label("What was done about it").fill("Updated to 3.2.")
        report.get_by_role("button", name="Close the report").click()
        page.wait_for_load_state()
        self.assertEqual(page.locator(".framework-desk-report").count(), 0)
        transaction.begin()
        (stored,) = reports(self.portal["guide"]["flask"])
        self.assertEqual(stored["message"], REPORT)
        self.assertEqual(open_reports(self.portal["guide"]["flask"]), [])
