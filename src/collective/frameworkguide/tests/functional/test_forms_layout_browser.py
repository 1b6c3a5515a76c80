"""The criteria rows of the edit forms in real Chromium, desktop and phone.

An editor opens a draft profile's *Criteria* tab at 1280 px (beside the
navigation box) and at 390 px: the page is no wider than the screen, every
verdict select is wide enough for its longest choice, and a refused cell
("verified on" in the future) shows its message inside its own row. A Site
Administrator's guide form lays its criteria rows out the same way.

Screenshots: ``test-results/browser/`` (and, with
``FRAMEWORKGUIDE_DOCS_SCREENSHOTS=docs/images``, ``profile-criteria-*.png``
and ``guide-criteria-form-phone.png`` for ``docs/editors.rst``).
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chromium import ChromiumTestCase
from collective.frameworkguide.tests.support.chromium import DESKTOP
from collective.frameworkguide.tests.support.chromium import skip_without_chromium
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users
from datetime import date
from datetime import timedelta

import transaction


PHONE_390 = {"width": 390, "height": 844}

# Per select: its inner width, and the width its longest option needs (the
# text, measured in the select's font, plus the select's own padding, which
# holds the arrow).
SELECT_FIT = """(select) => {
    const style = getComputedStyle(select);
    const canvas = document.createElement('canvas').getContext('2d');
    canvas.font = style.font;
    const text = Math.max(...[...select.options].map(
        option => canvas.measureText(option.text).width));
    const needed = text + parseFloat(style.paddingLeft)
        + parseFloat(style.paddingRight);
    return {width: select.clientWidth, needed: Math.ceil(needed)};
}"""

ROW_OF_MESSAGE = """(message) => message.closest('[data-criterion]')
    ? message.closest('[data-criterion]').dataset.criterion : null"""


@skip_without_chromium
class TestCriteriaRowsInChromium(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        super().setUp()
        create_users()
        profile_in_state(self.portal["guide"], "draft", "falcon")
        transaction.commit()

    def show_tab(self, tab: str):
        # The last tab of that name: the widgets' own wrapper may add a tab.
        self.page.locator(".autotoc-nav a", has_text=tab).last.click()

    def open_tab(self, path: str, tab: str):
        self.open(path)
        self.show_tab(tab)

    def page_width(self) -> int:
        return self.page.evaluate("document.documentElement.scrollWidth")

    def assert_fits(self, viewport: dict):
        self.assertLessEqual(self.page_width(), viewport["width"])
        self.assertEqual(self.content_overflow(), [])

    def assert_only_the_rows_speak(self, field: str):
        """The field shows its message once, in the refused row: no second
        copy under the rows, and no stray text from an empty one."""
        wrapper = self.page.locator(f"#formfield-form-widgets-{field}")
        self.assertEqual(wrapper.locator(".invalid-feedback").count(), 1)
        self.assertNotIn("False", wrapper.inner_text())

    def test_cells_readable_at_desktop_and_phone_with_errors_in_their_row(self):
        self.log_in("editor")
        in_future = (date.today() + timedelta(days=3)).isoformat()
        for name, viewport in (("desktop", DESKTOP), ("phone", PHONE_390)):
            with self.subTest(viewport=name):
                self.page.set_viewport_size(viewport)
                self.open_tab("guide/falcon/edit", "Criteria")
                rows = self.page.locator(".framework-cell-row")
                self.assertEqual(rows.count(), 6)
                self.assertTrue(rows.first.is_visible())
                self.assert_fits(viewport)
                for select in self.page.locator(".framework-cell-row select").all():
                    fit = select.evaluate(SELECT_FIT)
                    self.assertGreaterEqual(fit["width"], fit["needed"], fit)

                row = self.page.locator("[data-criterion='built-in-admin']")
                row.get_by_label("Verdict").select_option("yes")
                row.get_by_label("Verified on").fill(in_future)
                self.page.get_by_role("button", name="Save").click()
                self.page.wait_for_load_state()
                self.show_tab("Criteria")
                self.assert_only_the_rows_speak("criteria_values")
                messages = self.page.locator(".invalid-feedback")
                self.assertEqual(messages.count(), 1)
                self.assertEqual(
                    messages.first.inner_text(),
                    "“Built-in admin”: the date lies in the future.",
                )
                self.assertEqual(
                    messages.first.evaluate(ROW_OF_MESSAGE), "built-in-admin"
                )
                date_input = row.get_by_label("Verified on")
                self.assertEqual(date_input.get_attribute("aria-invalid"), "true")
                self.assertEqual(date_input.input_value(), in_future)
                self.assert_fits(viewport)
                self.assert_accessible()
                row.scroll_into_view_if_needed()
                self.screenshot(f"profile-criteria-{name}", f"profile-criteria-{name}")

    def test_guide_criteria_rows_at_phone_width(self):
        self.log_in("siteadmin")
        self.page.set_viewport_size(PHONE_390)
        self.open_tab("guide/edit", "Criteria")
        rows = self.page.locator(".framework-criterion-row")
        self.assertGreater(rows.count(), 3)
        self.assert_fits(PHONE_390)
        rows.nth(1).get_by_label("Title").fill("")
        self.page.get_by_role("button", name="Save").click()
        self.page.wait_for_load_state()
        self.show_tab("Criteria")
        message = self.page.locator(".framework-criterion-row .invalid-feedback")
        self.assertEqual(message.count(), 1)
        self.assertEqual(message.inner_text(), "Criterion 2: give it a title.")
        self.assertEqual(
            rows.nth(1).get_by_label("Title").get_attribute("aria-invalid"), "true"
        )
        self.assert_only_the_rows_speak("criteria")
        self.assert_fits(PHONE_390)
        self.assert_accessible()
        rows.nth(1).scroll_into_view_if_needed()
        self.screenshot("guide-criteria-form-phone", "guide-criteria-form-phone")
