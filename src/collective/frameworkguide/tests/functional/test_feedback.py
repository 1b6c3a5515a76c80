"""Reader reports: the form (valid, honeypot, rate limit, CSRF), storage, closing."""

from collective.frameworkguide.review import reports as feedback
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.views import ViewTestCase
from datetime import datetime
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from urllib.parse import urlencode

import lxml.html
import transaction


MESSAGE = "Flask 3.1 is out; the latest version says 2.0."


class TestReportForm(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        super().setUp()
        feedback.reset_rate_limit()
        self.profile = self.guide["flask"]

    def tearDown(self):
        feedback.reset_rate_limit()

    def stored(self) -> list[dict]:
        transaction.begin()
        return feedback.open_reports(self.profile)

    def send(self, message=MESSAGE, email="", honeypot=""):
        self.open("/flask/@@framework-report")
        browser = self.browser
        browser.getControl(name="message").value = message
        browser.getControl(name="email").value = email
        browser.getControl(name="homepage").value = honeypot
        browser.getControl(name="form.buttons.send").click()
        self.doc = lxml.html.fromstring(browser.contents)
        return browser.headers["status"]

    def test_profile_page_links_to_the_form(self):
        self.open("/flask")
        link = self.doc.xpath("//a[contains(@class,'framework-report-link')]")[0]
        self.assertEqual(
            link.get("href"), f"{self.profile.absolute_url()}/@@framework-report"
        )
        self.open("/flask/@@framework-report")
        self.assertEqual(
            self.xpath_texts("//h1"), ["Report outdated or wrong information"]
        )
        labels = self.doc.xpath("//form//label/@for")
        for control in ("report-message", "report-email", "report-homepage"):
            self.assertIn(control, labels)

    def test_anonymous_report_is_stored_and_not_public(self):
        self.assertEqual(self.send(email="reader@example.org"), "200 OK")
        self.assertTrue(
            self.xpath_texts("//*[contains(@class,'framework-report-sent')]")
        )
        reports = self.stored()
        self.assertEqual(len(reports), 1)
        self.assertEqual(reports[0]["message"], MESSAGE)
        self.assertEqual(reports[0]["email"], "reader@example.org")
        self.browser.open(self.profile.absolute_url())
        self.assertNotIn("the latest version says 2.0", self.browser.contents)
        self.browser.open(f"{self.guide_url}/@@framework-guide")
        self.assertNotIn("the latest version says 2.0", self.browser.contents)

    def test_empty_message_and_bad_address_are_refused(self):
        self.assertEqual(self.send(message="  ", email="nope"), "400 Bad Request")
        errors = self.xpath_texts("//*[contains(@class,'invalid-feedback')]")
        self.assertEqual(
            errors,
            [
                "Please describe what is outdated or wrong.",
                "This is not an e-mail address.",
            ],
        )
        self.assertEqual(self.stored(), [])

    def test_honeypot_filled_is_thanked_and_dropped(self):
        self.assertEqual(self.send(honeypot="http://spam.example"), "200 OK")
        self.assertTrue(
            self.xpath_texts("//*[contains(@class,'framework-report-sent')]")
        )
        self.assertEqual(self.stored(), [])

    def test_rate_limit_per_address(self):
        for _ in range(feedback.MAX_REPORTS_PER_WINDOW):
            self.assertEqual(self.send(), "200 OK")
        self.assertEqual(self.send(), "429 Too Many Requests")
        self.assertIn("several reports", self.xpath_texts("//*[@role='alert']")[0])
        self.assertEqual(len(self.stored()), feedback.MAX_REPORTS_PER_WINDOW)

    def test_post_without_csrf_token_is_refused(self):
        data = urlencode({"message": MESSAGE, "form.buttons.send": "Send"})
        self.browser.post(f"{self.profile.absolute_url()}/@@framework-report", data)
        self.assertEqual(self.browser.headers["status"], "403 Forbidden")
        self.assertEqual(self.stored(), [])


class TestClosingReports(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def test_reviewer_closes_a_report_on_the_desk_with_a_comment(self):
        profile = self.guide["django"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        report_id = feedback.add_report(profile, MESSAGE, "", datetime.now())
        self.commit()
        browser = self.new_browser(login=True)
        self.open("/@@framework-review", browser=browser)
        reports = self.xpath_texts(
            "//div[contains(concat(' ', @class, ' '), ' framework-desk-report ')]"
        )
        self.assertEqual(len(reports), 1)
        self.assertIn(MESSAGE, reports[0])
        # A comment is required.
        browser.getControl(name="form.buttons.close").click()
        self.assertEqual(feedback.open_reports(profile)[0]["id"], report_id)
        browser.getControl(name="comment").value = "Updated the version."
        browser.getControl(name="form.buttons.close").click()
        self.assertIn("The report was closed.", browser.contents)
        transaction.begin()
        self.assertEqual(feedback.open_reports(profile), [])
        closed = feedback.reports(profile)[0]
        self.assertEqual(closed["status"], "closed")
        self.assertEqual(closed["comment"], "Updated the version.")
        self.assertEqual(closed["closed_by"], "admin")
        self.assertIn("No open reports.", browser.contents)
