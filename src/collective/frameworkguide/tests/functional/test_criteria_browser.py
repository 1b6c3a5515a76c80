"""The criteria rows in real Chromium: readable, accessible, screenshotted.

Saved as ``test-results/browser/guide-criteria.png`` (and, with
``FRAMEWORKGUIDE_DOCS_SCREENSHOTS=docs/images``, as ``guide-criteria.png``
for ``docs/visitors.rst``).
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chromium import ChromiumTestCase
from collective.frameworkguide.tests.support.chromium import skip_without_chromium

import re


@skip_without_chromium
class TestCriteriaInChromium(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def test_matrix_with_criteria_and_differences_only(self):
        page = self.page
        self.open("guide")
        row = page.locator("tr[data-criterion='async-views']")
        self.assertIn("yes", row.inner_text())
        self.assertIn("source, verified on 2026-11-20", row.inner_text())
        self.assert_accessible()
        row.scroll_into_view_if_needed()
        self.screenshot("guide-criteria", "guide-criteria")

        page.get_by_role("link", name="Show differences only").click()
        page.wait_for_url(re.compile(r"differences=1"))
        self.assertTrue(page.get_by_role("link", name="Show all rows").is_visible())
        self.assert_accessible()

        self.open("guide/@@framework-compare?profiles=django&profiles=plone")
        page.get_by_label("Show differences only").check()
        page.get_by_role("button", name="Compare").click()
        page.wait_for_url(re.compile(r"differences=1"))
        rows = page.locator("table.framework-matrix tbody th").all_inner_texts()
        self.assertFalse(any(text.startswith("Built-in admin") for text in rows))
        self.assertTrue(any(text.startswith("Async views") for text in rows))
        self.assert_accessible()
        self.screenshot("compare-differences")
