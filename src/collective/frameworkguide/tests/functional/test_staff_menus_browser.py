"""Plone's menus for the guide's staff, in real Chromium.

- An editor opens the *Actions* menu of a published profile: it offers only
  what the editor may do (Check out), not Rename or Cut, which the workflow
  keeps for those who may edit the profile in its state.
- A reviewer who also writes profiles finds the review desk in the toolbar,
  with the count of pending profiles on the guide, and the desk does not
  offer to publish his own submission (four-eyes rule) but says why; an
  editor finds the same desk without any reviewer's button.

Screenshots: ``test-results/browser/`` (and, with
``FRAMEWORKGUIDE_DOCS_SCREENSHOTS=docs/images``, ``actions-menu-editor.png``
and ``review-desk-four-eyes.png`` for ``docs/editors.rst``).
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chromium import ChromiumTestCase
from collective.frameworkguide.tests.support.chromium import skip_without_chromium
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users

import re
import transaction


FOUR_EYES = (
    "You submitted this profile, so another reviewer must publish it (four-eyes rule)."
)


@skip_without_chromium
class TestStaffMenusInChromium(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        super().setUp()
        create_users()
        guide = self.portal["guide"]
        profile_in_state(guide, "pending", "bottle")
        profile_in_state(guide, "pending", "tornado", submitter="editor_reviewer")
        transaction.commit()

    def actions_menu(self) -> list[str]:
        self.page.locator("#plone-contentmenu-actions > a").click()
        items = self.page.locator("#plone-contentmenu-actions ul a")
        items.first.wait_for()
        return [" ".join(text.split()) for text in items.all_inner_texts()]

    def desk_item(self, title: str):
        return self.page.locator(".framework-desk-item", has_text=title)

    def test_editor_actions_menu_on_a_published_profile(self):
        self.log_in("editor")
        self.open("guide/flask")
        items = self.actions_menu()
        self.assertIn("Check out", items)
        for refused in ("Rename", "Cut", "Delete"):
            self.assertNotIn(refused, items)
        self.screenshot("actions-menu-editor", "actions-menu-editor")
        # On a draft of their own, the editor may still rename it.
        profile_in_state(self.portal["guide"], "draft", "falcon")
        transaction.commit()
        self.open("guide/falcon")
        self.assertIn("Rename", self.actions_menu())

    def test_reviewer_finds_the_desk_and_four_eyes_is_explained(self):
        page = self.page
        self.log_in("editor_reviewer")
        self.open("guide")
        notice = page.locator(".framework-review-notice")
        self.assertEqual(
            " ".join(notice.inner_text().split()),
            "2 profiles are waiting for review. Open the review desk",
        )
        self.assert_accessible()
        page.get_by_role("link", name="Review desk", exact=True).click()
        page.wait_for_url(re.compile(r"/guide/@@framework-review"))
        own = self.desk_item("Tornado")
        self.assertEqual(own.locator(".framework-desk-refusal").inner_text(), FOUR_EYES)
        self.assertEqual(own.get_by_role("link", name="Review and publish").count(), 0)
        self.assertTrue(own.get_by_role("link", name="Send back").is_visible())
        other = self.desk_item("Bottle")
        self.assertTrue(
            other.get_by_role("link", name="Review and publish").is_visible()
        )
        self.assertEqual(page.locator(".framework-review-notice").count(), 0)
        self.assert_accessible()
        own.scroll_into_view_if_needed()
        self.screenshot("review-desk-four-eyes", "review-desk-four-eyes")

    def test_editor_finds_the_desk_without_review_buttons(self):
        page = self.page
        self.log_in("editor")
        self.open("guide")
        self.assertEqual(page.locator(".framework-review-notice").count(), 0)
        page.get_by_role("link", name="Review desk", exact=True).click()
        page.wait_for_url(re.compile(r"/guide/@@framework-review"))
        pending = page.locator(".framework-desk-pending")
        self.assertEqual(pending.locator(".framework-desk-item").count(), 2)
        for name in ("Review and publish", "Send back"):
            self.assertEqual(pending.get_by_role("link", name=name).count(), 0)
        self.assert_accessible()
        self.screenshot("review-desk-editor")
