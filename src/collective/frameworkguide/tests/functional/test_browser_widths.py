"""Every visitor page fits the screen at 1280, 390 and 360 px, in real Chromium.

Only the comparison matrix may scroll sideways, inside its own box: the page
itself (``document.documentElement.scrollWidth``) is never wider than the
viewport. The chooser's answer with no match is reached through its form.
With ``FRAMEWORKGUIDE_DOCS_SCREENSHOTS=docs/images`` the no-match chooser is
written there too.
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chooser_page import (
    add_use_case_nobody_is_for,
)
from collective.frameworkguide.tests.support.chromium import ChromiumTestCase
from collective.frameworkguide.tests.support.chromium import skip_without_chromium

import re


WIDTHS = (1280, 390, 360)
HEIGHT = 844
VISITOR_PAGES = {
    "guide": "guide",
    "guide-filtered": "guide?use_case=crud",
    "guide-differences": "guide?differences=1",
    "compare": "guide/@@framework-compare?profiles=flask&profiles=django",
    "chooser": "guide/@@framework-chooser",
    "chooser-answered": (
        "guide/@@framework-chooser?use_case=unique&experience=experienced"
        "&own_libraries=yes&permissions=yes"
    ),
    "chooser-tie": "guide/@@framework-chooser?admin=yes",
    "chooser-no-match": "guide/@@framework-chooser?admin=no",
    "profile": "guide/django",
    "report": "guide/django/@@framework-report",
}


@skip_without_chromium
class TestPageWidths(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def page_width(self) -> int:
        return self.page.evaluate("document.documentElement.scrollWidth")

    def test_no_visitor_page_is_wider_than_the_screen(self):
        too_wide = {}
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": HEIGHT})
            for name, path in VISITOR_PAGES.items():
                self.open(path)
                if self.page_width() > width:
                    too_wide[f"{name} at {width} px"] = self.page_width()
                self.screenshot(f"width-{width}-{name}")
        self.assertEqual(too_wide, {})

    def test_the_matrix_scrolls_in_its_own_box(self):
        self.page.set_viewport_size({"width": 360, "height": HEIGHT})
        self.open("guide")
        wrapper = self.page.locator(".framework-matrix-wrapper")
        inner, outer = wrapper.evaluate("el => [el.scrollWidth, el.clientWidth]")
        self.assertGreater(inner, outer)
        self.assertLessEqual(self.page_width(), 360)
        # The cells' words for screen readers (positioned out of sight) are
        # placed within the scrolling box, not beside it.
        hidden = self.page.locator(".framework-matrix td .visually-hidden").first
        self.assertEqual(hidden.inner_text(), "built in")
        self.assertTrue(
            hidden.evaluate(
                "el => el.offsetParent.matches("
                "'.framework-matrix-wrapper, .framework-matrix-wrapper *')"
            )
        )

    def test_chooser_without_a_match(self):
        add_use_case_nobody_is_for()
        page = self.page
        self.open("guide/@@framework-chooser")
        page.get_by_role("group", name="What are you building?").get_by_label(
            "Web API"
        ).check()
        page.get_by_role("button", name="Recommend").click()
        page.wait_for_url(re.compile(r"use_case=api"))
        outcome = page.locator(".framework-outcome")
        self.assertIn(
            "This guide recommends no framework for “Web API”", outcome.inner_text()
        )
        self.assertEqual(
            page.get_by_role("heading", name="No recommendation").count(), 1
        )
        self.assertEqual(page.locator(".framework-recommendation").count(), 4)
        self.assertEqual(page.get_by_text("Best match", exact=True).count(), 0)
        self.assertEqual(page.locator(".framework-rank").count(), 0)
        self.assert_accessible()
        self.screenshot("chooser-no-match", "chooser-no-match")
        for width in (390, 360):
            page.set_viewport_size({"width": width, "height": HEIGHT})
            self.assertLessEqual(self.page_width(), width)
        self.screenshot("chooser-no-match-phone")
