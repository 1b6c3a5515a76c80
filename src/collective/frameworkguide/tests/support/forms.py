"""What the form tests share: an editor, typed values, messages, a browser.

An editor (a member with the Contributor and Editor roles on one guide) fills
the forms; every validation rule must redisplay the form with the editor's other
values kept, a clear message next to the offending field, and nothing saved.
"""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.images import png_bytes
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.testing.zope import Browser

import lxml.html
import transaction
import unittest


EDITOR = "alice"
EDITOR_PASSWORD = "alice-secret-password"

# Widget name (without the "form.widgets." prefix) -> value typed by the editor.
TEXT_VALUES = {
    "IBasic.title": "Bottle",
    "IBasic.description": "A tiny single-file micro-framework.",
    "IRichTextBehavior.text": "<p>Bottle fits in <strong>one</strong> module.</p>",
    "IVersionable.changeNote": "First version",
    "choose_when": "You need a tiny app with no dependencies.",
    "avoid_when": "The app grows into many models.",
    "strengths": "Single file\nNo dependencies",
    "weaknesses": "Small ecosystem",
    "learning_curve": "5",
    "documentation_quality": "3",
    "flexibility": "4",
    "ecosystem": "2",
    "website": "https://bottlepy.org/",
    "repository": "https://github.com/bottlepy/bottle",
    "documentation_url": "http://bottlepy.org/docs/dev/",
    "license": "MIT",
    "latest_version": "0.13.4",
    "first_release_year": "2009",
    "example_projects": "A home automation dashboard\nA wiki in 100 lines",
    "IShortName.id": "bottle",
}
SELECT_VALUES = {
    "framework_kind": ["micro"],
    "use_cases": ["one-page", "unique"],
    "batteries": ["templating", "forms"],
}


class FormTestCase(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.app = self.layer["app"]
        self.portal = self.layer["portal"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = api.content.create(
            container=self.portal, type="FrameworkGuide", id="guide", title="Guide"
        )
        self.flask = api.content.create(
            container=self.guide,
            type="FrameworkProfile",
            id="flask",
            title="Flask",
            choose_when="You build a small app.",
            first_release_year=2010,
        )
        api.user.create(
            email="alice@example.org", username=EDITOR, password=EDITOR_PASSWORD
        )
        api.user.grant_roles(
            username=EDITOR, obj=self.guide, roles=["Contributor", "Editor"]
        )
        setRoles(self.portal, TEST_USER_ID, ["Member"])
        transaction.commit()
        self.browser = Browser(self.app)
        self.browser.handleErrors = False
        self.browser.addHeader("Authorization", f"Basic {EDITOR}:{EDITOR_PASSWORD}")

    # helpers

    def html(self):
        return lxml.html.fromstring(self.browser.contents)

    def field_div(self, name):
        divs = self.html().xpath(f"//*[@data-fieldname='form.widgets.{name}']")
        self.assertEqual(len(divs), 1, f"no single field {name}")
        return divs[0]

    def field_errors(self, name):
        return [
            " ".join(e.text_content().split())
            for e in self.field_div(name).xpath(
                ".//div[contains(@class, 'invalid-feedback')]"
            )
        ]

    def all_errors(self):
        """``{widget name: [messages]}`` of every field showing an error."""
        errors = {}
        for div in self.html().xpath("//*[@data-fieldname]"):
            messages = [
                " ".join(e.text_content().split())
                for e in div.xpath(".//div[contains(@class, 'invalid-feedback')]")
            ]
            if messages:
                name = div.get("data-fieldname").removeprefix("form.widgets.")
                errors[name] = messages
        return errors

    def control(self, name):
        try:
            return self.browser.getControl(name=f"form.widgets.{name}")
        except LookupError:
            return self.browser.getControl(name=f"form.widgets.{name}:list")

    def open_add_form(self):
        self.browser.open(f"{self.guide.absolute_url()}/++add++FrameworkProfile")

    def fill(self, text_values=None, select_values=None, logo=True):
        text_values = dict(TEXT_VALUES, **(text_values or {}))
        select_values = dict(SELECT_VALUES, **(select_values or {}))
        for name, value in text_values.items():
            self.control(name).value = value
        for name, value in select_values.items():
            self.control(name).value = value
        if logo:
            self.control("logo").add_file(png_bytes(), "image/png", "bottle.png")
        return text_values, select_values

    def save(self):
        self.browser.getControl(name="form.buttons.save").click()

    def profile_ids(self):
        return sorted(self.guide.objectIds())

    def assert_values_kept(self, text_values, select_values, skip=()):
        for name, value in text_values.items():
            if name in skip:
                continue
            shown = self.control(name).value
            self.assertEqual(
                shown.replace("\r\n", "\n"), value, f"{name} lost its value"
            )
        for name, value in select_values.items():
            if name in skip:
                continue
            self.assertEqual(sorted(self.control(name).value), sorted(value), name)
