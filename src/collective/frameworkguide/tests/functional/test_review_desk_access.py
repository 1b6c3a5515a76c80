"""Who may open the reviewer desk."""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.views import ViewTestCase


class TestDeskAccess(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def test_anonymous_visitor_is_sent_to_log_in(self):
        self.browser.open(f"{self.guide_url}/@@framework-review")
        self.assertIn("login", self.browser.url)
        self.assertNotIn("Reviewer desk", self.browser.contents)

    def test_manager_sees_the_sections(self):
        browser = self.new_browser(login=True)
        self.open("/@@framework-review", browser=browser)
        self.assertEqual(self.xpath_texts("//h1"), ["Reviewer desk"])
        self.assertEqual(
            self.xpath_texts("//*[@id='content']//h2"),
            [
                "Waiting for review",
                "Due for review",
                "No recent release",
                "Drafts untouched for 30 days",
                "Reader reports",
            ],
        )
        self.assert_headings_in_order()
