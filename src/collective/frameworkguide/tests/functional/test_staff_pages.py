"""What editors and reviewers meet in Plone's own menus and pages.

Through the test browser, logged in as each person: the edit form of a
profile they may not edit now explains why, the byline of a submitted profile
ends with a date, the guide's Display menu names its view, the Actions menu
offers import and export to the guide's editors, the toolbar offers the
review desk, and the desk does not offer what the four-eyes rule forbids.
"""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.tests.support.users import PASSWORD
from collective.frameworkguide.tests.support.views import normalized
from collective.frameworkguide.tests.support.views import ViewTestCase

import lxml.html
import re


FOUR_EYES = (
    "You submitted this profile, so another reviewer must publish it (four-eyes rule)."
)


class StaffTestCase(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        super().setUp()
        create_users()
        profile_in_state(self.guide, "pending", "bottle")
        profile_in_state(self.guide, "pending", "tornado", "editor_reviewer")
        self.commit()

    def browser_as(self, userid: str):
        browser = self.new_browser()
        browser.addHeader("Authorization", f"Basic {userid}:{PASSWORD}")
        return browser

    def texts(self, browser, expression: str) -> list[str]:
        doc = lxml.html.fromstring(browser.contents)
        return [normalized(e.text_content()) for e in doc.xpath(expression)]


class TestEditFormRefusals(StaffTestCase):
    def test_pending_profile_tells_its_editor_what_to_do(self):
        browser = self.browser_as("editor")
        browser.open(f"{self.guide_url}/bottle/edit")
        self.assertEqual(browser.url, f"{self.guide_url}/bottle")
        self.assertNotIn("Insufficient Privileges", browser.contents)
        [message] = self.texts(browser, "//*[contains(@class, 'portalMessage')]")
        self.assertIn("“Bottle” is waiting for review", message)
        self.assertIn("ask a reviewer to send it back to you", message)

    def test_published_profile_points_to_check_out(self):
        browser = self.browser_as("editor")
        browser.open(f"{self.guide_url}/flask/edit")
        self.assertEqual(browser.url, f"{self.guide_url}/flask")
        [message] = self.texts(browser, "//*[contains(@class, 'portalMessage')]")
        self.assertIn("“Flask” is published", message)
        self.assertIn("choose Check out in the Actions menu", message)

    def test_others_are_refused_as_before(self):
        # A member who only reads, and an anonymous visitor (sent to log in).
        member = self.browser_as("member")
        member.open(f"{self.guide_url}/flask/edit")
        self.assertIn("Insufficient Privileges", member.contents)
        self.browser.open(f"{self.guide_url}/flask/edit")
        self.assertIn("login", self.browser.url)

    def test_reviewer_still_gets_the_form_of_a_pending_profile(self):
        browser = self.browser_as("reviewer")
        browser.open(f"{self.guide_url}/bottle/edit")
        self.assertEqual(browser.url, f"{self.guide_url}/bottle/edit")
        self.assertTrue(browser.getControl(name="form.buttons.save"))


class TestMenusAndByline(StaffTestCase):
    def test_byline_of_a_submitted_profile_ends_with_a_date(self):
        browser = self.browser_as("editor")
        browser.open(f"{self.guide_url}/bottle")
        [byline] = self.texts(browser, "//*[@id='section-byline']")
        self.assertRegex(byline, r"^by Editor — last modified \w{3} \d\d, \d{4}$")

    def test_display_menu_names_the_guide_view(self):
        browser = self.new_browser(login=True)
        browser.open(self.guide_url)
        items = self.texts(browser, "//*[@id='plone-contentmenu-display']//ul//a")
        self.assertIn("Comparison and quick pick", items)
        self.assertNotIn("framework-guide", items)

    def test_import_and_export_in_the_guide_actions_menu(self):
        for userid, offered in (("editor", True), ("reviewer", False)):
            with self.subTest(user=userid):
                browser = self.browser_as(userid)
                browser.open(self.guide_url)
                items = self.texts(
                    browser, "//*[@id='plone-contentmenu-actions']//ul//a"
                )
                self.assertEqual("Import profiles" in items, offered, items)
                self.assertEqual("Export profiles (JSON)" in items, offered, items)
        browser = self.browser_as("editor")
        browser.open(self.guide_url)
        browser.getLink("Import profiles").click()
        path = browser.url.split("?")[0]  # plone.protect adds its token
        self.assertEqual(path, f"{self.guide_url}/@@framework-guide-import")
        browser.open(self.guide_url)
        browser.getLink("Export profiles (JSON)").click()
        self.assertEqual(
            browser.headers["Content-Type"], "application/json; charset=utf-8"
        )

    def test_review_desk_tab_and_pending_count(self):
        browser = self.browser_as("reviewer")
        browser.open(f"{self.guide_url}/flask")
        browser.getLink("Review desk").click()
        path = browser.url.split("?")[0]  # plone.protect adds its token
        self.assertEqual(path, f"{self.guide_url}/@@framework-review")
        browser.open(self.guide_url)
        [notice] = self.texts(browser, "//*[contains(@class, 'review-notice')]")
        self.assertEqual(
            notice, "2 profiles are waiting for review. Open the review desk"
        )
        # Visitors see neither.
        self.browser.open(self.guide_url)
        self.assertNotIn("Review desk", self.browser.contents)
        self.assertNotIn("waiting for review", self.browser.contents)


class TestDeskFourEyes(StaffTestCase):
    def desk_items(self, userid: str) -> dict[str, str]:
        browser = self.browser_as(userid)
        browser.open(f"{self.guide_url}/@@framework-review")
        doc = lxml.html.fromstring(browser.contents)
        return {
            normalized(item.xpath(".//h3")[0].text_content()): normalized(
                item.text_content()
            )
            for item in doc.xpath("//*[contains(@class, 'framework-desk-item')]")
        }

    def test_own_submission_is_not_offered_for_publishing(self):
        items = self.desk_items("editor_reviewer")
        self.assertNotIn("Review and publish", items["Tornado"])
        self.assertIn(FOUR_EYES, items["Tornado"])
        self.assertIn("Send back", items["Tornado"])
        self.assertIn("Review and publish", items["Bottle"])
        self.assertNotIn("four-eyes", items["Bottle"])

    def test_editor_is_offered_no_review_buttons(self):
        items = self.desk_items("editor")
        for text in items.values():
            self.assertNotRegex(text, re.compile("Review and publish|Send back"))
            self.assertIn("Only the guide's reviewers may publish profiles.", text)
