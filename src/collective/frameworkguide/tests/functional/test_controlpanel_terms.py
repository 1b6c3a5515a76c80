"""Terms in the settings control panel: titles required, used terms kept.

Through the form a Site Administrator uses: a line ``api|`` (a token without
a title) is refused with a message naming the line, removing a term that
profiles still use is refused with the list of those profiles, and every
text area is as tall as its terms.
"""

from collective.frameworkguide.settings import DEFAULT_USE_CASES
from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.testing.zope import Browser

import lxml.html
import transaction
import unittest


PASSWORD = "a-long-enough-password"
RECORD = "collective.frameworkguide.use_cases"


class TestTermsInTheControlPanel(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.url = f"{self.portal.absolute_url()}/@@framework-guide-settings"
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        guide = api.content.create(
            self.portal, "FrameworkGuide", id="guide", title="Guide"
        )
        for title, use_cases in (
            ("Django", {"crud", "cms"}),
            ("Flask", {"crud"}),
            ("Bottle", {"one-page"}),
        ):
            api.content.create(
                guide,
                "FrameworkProfile",
                title=title,
                choose_when="When it fits.",
                use_cases=use_cases,
            )
        api.user.create(
            email="siteadmin@example.org",
            username="siteadmin",
            password=PASSWORD,
            roles=["Site Administrator"],
        )
        setRoles(self.portal, TEST_USER_ID, ["Member"])
        transaction.commit()
        self.browser = Browser(self.layer["app"])
        self.browser.handleErrors = False
        self.browser.addHeader("Authorization", f"Basic siteadmin:{PASSWORD}")
        self.browser.open(self.url)

    def use_cases(self):
        return self.browser.getControl(name="form.widgets.use_cases")

    def save(self) -> dict[str, list[str]]:
        """Click Save; the messages shown next to each field."""
        self.browser.getControl(name="form.buttons.save").click()
        doc = lxml.html.fromstring(self.browser.contents)
        found = {}
        for div in doc.xpath("//div[@data-fieldname]"):
            messages = [
                " ".join(e.text_content().split())
                for e in div.xpath(".//div[contains(@class, 'invalid-feedback')]")
            ]
            if messages:
                name = div.get("data-fieldname").removeprefix("form.widgets.")
                found[name] = messages
        transaction.begin()
        return found

    def test_a_term_without_title_is_refused(self):
        typed = "\n".join([*DEFAULT_USE_CASES, "api|"])
        self.use_cases().value = typed
        errors = self.save()
        self.assertEqual(list(errors), ["use_cases"])
        [message] = errors["use_cases"]
        self.assertIn("“api|” has nothing after the |", message)
        # Nothing saved, and the form shows what was typed.
        self.assertEqual(api.portal.get_registry_record(RECORD), DEFAULT_USE_CASES)
        self.assertEqual(self.use_cases().value.splitlines(), typed.splitlines())

    def test_removing_a_used_term_is_refused_with_its_profiles(self):
        self.use_cases().value = "\n".join(
            line for line in DEFAULT_USE_CASES if not line.startswith("crud|")
        )
        errors = self.save()
        self.assertEqual(
            errors,
            {
                "use_cases": [
                    "“crud” is still chosen in Django, Flask. Choose another term "
                    "in those profiles first, or keep the line (renaming its title "
                    "is safe)."
                ]
            },
        )
        self.assertEqual(api.portal.get_registry_record(RECORD), DEFAULT_USE_CASES)

    def test_removing_an_unused_term_and_renaming_a_used_one_are_saved(self):
        lines = [
            "one-page|Single-page app",
            "crud|Database application",
            "cms|CMS / content-managed site",
        ]  # "unique" is used by no profile
        self.use_cases().value = "\n".join(lines)
        self.assertEqual(self.save(), {})
        self.assertEqual(api.portal.get_registry_record(RECORD), lines)

    def test_text_areas_show_every_term(self):
        doc = lxml.html.fromstring(self.browser.contents)
        for name in ("framework_kinds", "use_cases", "batteries"):
            area = doc.xpath(f"//textarea[@name='form.widgets.{name}']")[0]
            terms = area.text_content().strip().splitlines()
            self.assertGreater(int(area.get("rows")), len(terms), name)
