"""The visitor pages and the editor's add form in real Chromium.

Runs against the demo guide on a real Zope server (``ACCEPTANCE_TESTING``);
each page is checked with axe-core (WCAG 2.1 A/AA, inside ``#content``) and
saved as a screenshot under ``test-results/browser/``. With
``FRAMEWORKGUIDE_DOCS_SCREENSHOTS=docs/images`` the pages shown in
``docs/visitors.rst`` are written there too.
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chromium import ChromiumTestCase
from collective.frameworkguide.tests.support.chromium import PHONE
from collective.frameworkguide.tests.support.chromium import skip_without_chromium
from plone import api

import re
import transaction


EDITOR = "erin"
EDITOR_PASSWORD = "erin-secret-password"


def texts(locator) -> list[str]:
    return [" ".join(text.split()) for text in locator.all_inner_texts()]


@skip_without_chromium
class TestVisitor(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def matrix_columns(self) -> list[str]:
        return texts(self.page.locator("table.framework-matrix thead th a"))

    def test_guide_filter_profile_compare_chooser(self):
        page = self.page
        self.open("guide")
        self.assertEqual(
            page.locator("h1").first.inner_text(), "Which Python web framework?"
        )
        self.assertEqual(self.matrix_columns(), ["Django", "Flask", "Plone", "Pyramid"])
        self.assert_accessible()
        self.screenshot("guide", "guide-desktop")

        # Filter by use case: a plain GET form, the answer is in the URL.
        page.get_by_label("Best for").select_option(label="CRUD app")
        page.get_by_role("button", name="Filter").click()
        page.wait_for_url(re.compile(r"use_case=crud"))
        self.assertEqual(self.matrix_columns(), ["Django"])
        self.assert_accessible()
        self.screenshot("guide-filtered-crud")

        page.locator("table.framework-matrix thead").get_by_role(
            "link", name="Django"
        ).click()
        page.wait_for_url(re.compile(r"/guide/django$"))
        self.assertIn("Very high", page.locator(".framework-ratings").inner_text())
        self.assertEqual(page.locator(".framework-archived").count(), 0)
        self.assertEqual(page.locator(".framework-editor-info").count(), 0)
        self.assert_accessible()
        self.screenshot("profile", "profile-desktop")

        page.get_by_role("link", name="Compare with Flask").click()
        page.wait_for_url(re.compile(r"@@framework-compare\?profiles=django"))
        self.assertEqual(self.matrix_columns(), ["Django", "Flask"])
        differing = page.locator("tr.framework-differs th").all_inner_texts()
        self.assertTrue(any("Kind" in text for text in differing), differing)
        self.assert_accessible()
        self.screenshot("compare", "compare-desktop")

        self.open("guide/@@framework-chooser")
        page.get_by_role("group", name="What are you building?").get_by_label(
            "CRUD app"
        ).check()
        page.get_by_label("New to web frameworks").check()
        page.get_by_role(
            "group", name="Do you need a built-in admin interface or back office?"
        ).get_by_label("Yes").check()
        page.get_by_role("button", name="Recommend").click()
        page.wait_for_url(re.compile(r"use_case=crud.*experience=new.*admin=yes"))
        ranked = page.locator(".framework-recommendation h3 a").all_inner_texts()
        self.assertEqual(ranked[0], "Django")
        best = page.locator(".framework-best-match")
        self.assertIn("This guide recommends it for “CRUD app”.", best.inner_text())
        self.assertIn("An admin interface is built in.", best.inner_text())
        self.assert_accessible()
        self.screenshot("chooser", "chooser-desktop")

    def test_phone(self):
        self.page.set_viewport_size(PHONE)
        self.open("guide")
        # The matrix scrolls sideways while the criteria column stays in view.
        wrapper = self.page.locator(".framework-matrix-wrapper")
        sizes = wrapper.evaluate("el => [el.scrollWidth, el.clientWidth]")
        self.assertGreater(sizes[0], sizes[1])
        first_column = self.page.locator("table.framework-matrix tbody th").first
        before = first_column.bounding_box()["x"]
        wrapper.evaluate("el => el.scrollBy(300, 0)")
        self.assertEqual(wrapper.evaluate("el => el.scrollLeft") > 0, True)
        self.assertAlmostEqual(first_column.bounding_box()["x"], before, delta=1)
        wrapper.evaluate("el => el.scrollTo(0, 0)")
        self.assert_accessible()
        pages = [
            ("guide", "guide"),
            ("guide/django", "profile"),
            ("guide/@@framework-compare?profiles=flask&profiles=django", "compare"),
            (
                "guide/@@framework-chooser?use_case=unique&experience=experienced"
                "&own_libraries=yes&permissions=yes",
                "chooser",
            ),
        ]
        for path, name in pages:
            self.open(path)
            # Nothing but the matrix scrolls sideways on a phone.
            self.assertEqual(self.content_overflow(), [], path)
            self.screenshot(f"{name}-phone", f"{name}-phone")
        self.assert_accessible()


@skip_without_chromium
class TestEditor(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        super().setUp()
        api.user.create(
            email="erin@example.org", username=EDITOR, password=EDITOR_PASSWORD
        )
        api.user.grant_roles(
            username=EDITOR,
            obj=self.portal["guide"],
            roles=["Contributor", "Editor", "Reader"],
        )
        transaction.commit()

    def test_login_and_add_profile(self):
        page = self.page
        self.open("login")
        page.get_by_label("Login name").fill(EDITOR)
        page.get_by_label("Password").fill(EDITOR_PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_load_state()
        self.screenshot("editor-logged-in")

        self.open("guide/++add++FrameworkProfile")
        page.get_by_label("Title").first.fill("Bottle")
        tabs = page.locator("nav.autotoc-nav")  # the form's fieldsets as tabs
        tabs.get_by_role("link", name="Advice").click()
        page.get_by_label("Choose it when…").fill("You need a tiny app.")
        tabs.get_by_role("link", name="Ratings").click()
        page.get_by_label("Ease of learning").fill("5")
        self.screenshot("editor-add-form")
        page.get_by_role("button", name="Save").click()
        page.wait_for_url(re.compile(r"/guide/bottle(/framework-profile)?$"))
        self.assertEqual(page.locator("h1").first.inner_text(), "Bottle")
        self.assertIn(
            "You need a tiny app.", page.locator(".framework-choose-when").inner_text()
        )
        # Editors see the workflow state; a new profile is not published.
        info = page.locator(".framework-editor-info").inner_text()
        self.assertIn("Workflow state", info)
        self.assert_accessible()
        self.screenshot("editor-new-profile")
        transaction.begin()
        self.assertIn("bottle", self.portal["guide"].objectIds())
