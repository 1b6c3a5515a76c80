"""The Framework Profile add and edit forms, driven through a real browser.

An editor (a member with the Contributor and Editor roles on one guide) fills
the forms; every validation rule must redisplay the form with the editor's other
values kept, a clear message next to the offending field, and nothing saved.
"""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from datetime import date
from io import BytesIO
from PIL import Image
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.testing.zope import Browser

import lxml.html
import transaction
import unittest


EDITOR = "alice"
EDITOR_PASSWORD = "alice-secret-password"

NEXT_YEAR = date.today().year + 1

MSG_URL = (
    "Enter a full web address that starts with http:// or https://, "
    "for example https://example.org."
)
MSG_YEAR = f"Enter a year between 1990 and {date.today().year}."
MSG_RATING = "Choose a rating from 1 (lowest) to 5 (highest)."
MSG_REQUIRED = "Required input is missing."


def msg_duplicate(title):
    return (
        f"This guide already has a profile called “{title}”. Choose another "
        "title or edit the existing profile."
    )


def msg_empty_line(line):
    return f"Line {line} is empty: write one point per line, without blank lines."


def msg_line_too_long(line, length):
    return (
        f"Line {line} has {length} characters; keep each point to 200 "
        "characters or fewer."
    )


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


def png_bytes():
    buffer = BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


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
        divs = self.html().xpath(f"//div[@data-fieldname='form.widgets.{name}']")
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
        for div in self.html().xpath("//div[@data-fieldname]"):
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


class TestAddForm(FormTestCase):
    def test_fieldsets_in_order(self):
        self.open_add_form()
        legends = [
            legend.text_content().strip()
            for legend in self.html().xpath("//form[@id='form']//fieldset/legend")
        ]
        self.assertEqual(legends[:4], ["Basics", "Advice", "Ratings", "Facts"])

    def test_fields_in_their_fieldsets(self):
        self.open_add_form()
        doc = self.html()

        def names(fieldset):
            return [
                div.get("data-fieldname").removeprefix("form.widgets.")
                for div in doc.xpath(
                    f"//fieldset[@id='fieldset-{fieldset}']//div[@data-fieldname]"
                )
            ]

        self.assertEqual(
            names("advice"), ["choose_when", "avoid_when", "strengths", "weaknesses"]
        )
        self.assertEqual(
            names("ratings"),
            ["learning_curve", "documentation_quality", "flexibility", "ecosystem"],
        )
        self.assertEqual(
            names("facts"),
            [
                "batteries",
                "website",
                "repository",
                "documentation_url",
                "license",
                "latest_version",
                "first_release_year",
                "example_projects",
                "replaced_by",
            ],
        )
        basics = names("default")
        for name in ("IBasic.title", "framework_kind", "use_cases", "logo"):
            self.assertIn(name, basics)

    def test_help_text_on_every_profile_field(self):
        from collective.frameworkguide.content.profile import IFrameworkProfileSchema

        self.open_add_form()
        expected = {
            name: str(field.description)
            for name, field in IFrameworkProfileSchema.namesAndDescriptions()
            if name != "last_reviewed"
        }
        expected["IBasic.description"] = "Used in item listings and search results."
        for name, description in expected.items():
            self.assertTrue(description, name)
            help_texts = [
                " ".join(h.text_content().split())
                for h in self.field_div(name).xpath(
                    "./div[contains(@class, 'form-text')]"
                )
            ]
            self.assertIn(description, help_texts, name)

    def test_help_text_on_title_and_text(self):
        # plone.basic's title and plone.richtext's text bring no help text;
        # giving them one belongs to the add form (browser/forms.py).
        self.open_add_form()
        for name in ("IBasic.title", "IRichTextBehavior.text"):
            self.assertTrue(
                self.field_div(name).xpath("./div[contains(@class, 'form-text')]"),
                name,
            )

    def test_last_reviewed_not_in_add_form(self):
        self.open_add_form()
        self.assertFalse(self.html().xpath("//*[contains(@name, 'last_reviewed')]"))
        self.assertNotIn("Last reviewed", self.browser.contents)

    def test_add_with_all_fields(self):
        self.open_add_form()
        self.fill()
        self.save()
        self.assertEqual(self.all_errors(), {})
        self.assertEqual(self.profile_ids(), ["bottle", "flask"])
        self.assertEqual(
            self.browser.url, "http://nohost/plone/guide/bottle/framework-profile"
        )
        profile = self.guide["bottle"]
        self.assertEqual(profile.portal_type, "FrameworkProfile")
        self.assertEqual(profile.title, "Bottle")
        self.assertEqual(profile.description, "A tiny single-file micro-framework.")
        self.assertEqual(profile.framework_kind, "micro")
        self.assertEqual(profile.use_cases, {"one-page", "unique"})
        self.assertEqual(profile.choose_when, TEXT_VALUES["choose_when"])
        self.assertEqual(profile.avoid_when, TEXT_VALUES["avoid_when"])
        self.assertEqual(profile.strengths, ["Single file", "No dependencies"])
        self.assertEqual(profile.weaknesses, ["Small ecosystem"])
        self.assertEqual(profile.learning_curve, 5)
        self.assertEqual(profile.documentation_quality, 3)
        self.assertEqual(profile.flexibility, 4)
        self.assertEqual(profile.ecosystem, 2)
        self.assertEqual(profile.batteries, {"templating", "forms"})
        self.assertEqual(profile.website, "https://bottlepy.org/")
        self.assertEqual(profile.repository, "https://github.com/bottlepy/bottle")
        self.assertEqual(profile.documentation_url, "http://bottlepy.org/docs/dev/")
        self.assertEqual(profile.license, "MIT")
        self.assertEqual(profile.latest_version, "0.13.4")
        self.assertEqual(profile.first_release_year, 2009)
        self.assertEqual(
            profile.example_projects,
            ["A home automation dashboard", "A wiki in 100 lines"],
        )
        self.assertIn("<strong>one</strong>", profile.text.raw)
        self.assertEqual(profile.logo.filename, "bottle.png")
        self.assertEqual(profile.logo.getImageSize(), (8, 8))
        self.assertIsNone(profile.last_reviewed)
        # The catalog knows the new profile's card.
        brain = api.content.find(UID=profile.UID(), unrestricted=True)[0]
        self.assertEqual(brain.framework_kind, "micro")
        self.assertEqual(brain.framework_card["use_cases"], ["one-page", "unique"])
        self.assertEqual(brain.framework_card["first_release_year"], 2009)

    def test_same_title_in_another_guide(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        other = api.content.create(
            container=self.portal, type="FrameworkGuide", id="other", title="Other"
        )
        api.user.grant_roles(
            username=EDITOR, obj=other, roles=["Contributor", "Editor"]
        )
        transaction.commit()
        self.browser.open(f"{other.absolute_url()}/++add++FrameworkProfile")
        self.control("IBasic.title").value = "Flask"
        self.control("choose_when").value = "Another guide, another Flask."
        self.save()
        self.assertEqual(self.all_errors(), {})
        transaction.begin()
        self.assertEqual(other["flask"].title, "Flask")
        self.assertEqual(self.profile_ids(), ["flask"])

    def test_add_with_required_fields_only(self):
        self.open_add_form()
        self.control("IBasic.title").value = "Bottle"
        self.control("choose_when").value = "You need a tiny app."
        self.save()
        self.assertEqual(self.all_errors(), {})
        profile = self.guide["bottle"]
        self.assertEqual(profile.strengths, [])
        self.assertEqual(profile.use_cases, set())
        self.assertIsNone(profile.learning_curve)
        self.assertIsNone(profile.website)


class TestAddFormErrors(FormTestCase):
    """One bad value at a time: error by the field, others kept, nothing added."""

    def assert_refused(self, field, message, text_values=None, select_values=None):
        self.open_add_form()
        typed_text, typed_select = self.fill(text_values, select_values, logo=False)
        self.save()
        self.assertEqual(self.all_errors(), {field: [message]})
        self.assertIn("There were some errors.", self.browser.contents)
        self.assertEqual(self.profile_ids(), ["flask"])
        self.assertEqual(
            self.browser.url, f"{self.guide.absolute_url()}/++add++FrameworkProfile"
        )
        self.assert_values_kept(typed_text, typed_select)

    def test_ftp_website(self):
        self.assert_refused("website", MSG_URL, {"website": "ftp://bottlepy.org/"})

    def test_javascript_repository(self):
        self.assert_refused(
            "repository", MSG_URL, {"repository": "javascript:alert(1)"}
        )

    def test_ftp_documentation_url(self):
        self.assert_refused(
            "documentation_url",
            MSG_URL,
            {"documentation_url": "ftp://bottlepy.org/docs/"},
        )

    def test_javascript_website(self):
        self.assert_refused(
            "website", MSG_URL, {"website": "javascript:alert(document.cookie)"}
        )

    def test_year_before_1990(self):
        self.assert_refused(
            "first_release_year", MSG_YEAR, {"first_release_year": "1989"}
        )

    def test_year_next_year(self):
        self.assert_refused(
            "first_release_year", MSG_YEAR, {"first_release_year": str(NEXT_YEAR)}
        )

    def test_year_not_digits(self):
        self.assert_refused(
            "first_release_year",
            "Enter the year in digits, for example 2010.",
            {"first_release_year": "2,009"},
        )

    def test_rating_zero(self):
        self.assert_refused("learning_curve", MSG_RATING, {"learning_curve": "0"})

    def test_rating_six(self):
        self.assert_refused("ecosystem", MSG_RATING, {"ecosystem": "6"})

    def test_title_taken_in_other_case(self):
        self.assert_refused(
            "IBasic.title", msg_duplicate("fLASK"), {"IBasic.title": "fLASK"}
        )

    def test_title_taken_with_extra_spaces(self):
        self.assert_refused(
            "IBasic.title", msg_duplicate("FLASK"), {"IBasic.title": " FLASK "}
        )

    def test_empty_line_in_strengths(self):
        self.assert_refused(
            "strengths",
            msg_empty_line(2),
            {"strengths": "Single file\n   \nNo dependencies"},
        )

    def test_long_line_in_weaknesses(self):
        self.assert_refused(
            "weaknesses",
            msg_line_too_long(2, 201),
            {"weaknesses": "Small ecosystem\n" + "x" * 201},
        )

    def test_missing_title(self):
        self.assert_refused("IBasic.title", MSG_REQUIRED, {"IBasic.title": ""})

    def test_missing_choose_when(self):
        self.assert_refused("choose_when", MSG_REQUIRED, {"choose_when": ""})


class TestEditForm(FormTestCase):
    def open_edit_form(self, obj):
        self.browser.open(f"{obj.absolute_url()}/edit")

    def test_edit_form_shows_values(self):
        self.open_edit_form(self.flask)
        self.assertEqual(self.control("IBasic.title").value, "Flask")
        # A year is a year, not a number with a thousands separator.
        self.assertEqual(self.control("first_release_year").value, "2010")

    def test_rename_to_other_profiles_title_refused(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        django = api.content.create(
            container=self.guide,
            type="FrameworkProfile",
            id="django",
            title="Django",
            choose_when="You build a CRUD app.",
        )
        transaction.commit()
        self.open_edit_form(django)
        self.control("IBasic.title").value = "FLASK"
        self.control("avoid_when").value = "You want to swap the ORM."
        self.save()
        self.assertEqual(self.all_errors(), {"IBasic.title": [msg_duplicate("FLASK")]})
        self.assertEqual(self.control("avoid_when").value, "You want to swap the ORM.")
        transaction.begin()
        self.assertEqual(django.title, "Django")
        self.assertIsNone(django.avoid_when)

    def test_keep_own_title(self):
        self.open_edit_form(self.flask)
        self.control("IBasic.title").value = "Flask"
        self.control("avoid_when").value = "The app grows big."
        self.save()
        self.assertEqual(self.all_errors(), {})
        self.assertIn("Changes saved", self.browser.contents)
        transaction.begin()
        self.assertEqual(self.flask.title, "Flask")
        self.assertEqual(self.flask.avoid_when, "The app grows big.")
        self.assertEqual(self.flask.first_release_year, 2010)

    def test_removed_term_survives_a_save(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.flask.framework_kind = "micro"
        self.flask.use_cases = {"one-page", "crud"}
        api.portal.set_registry_record(
            "collective.frameworkguide.framework_kinds", ["cms|CMS"]
        )
        api.portal.set_registry_record(
            "collective.frameworkguide.use_cases", ["one-page|One-page app"]
        )
        transaction.commit()
        self.open_edit_form(self.flask)
        self.assertEqual(self.control("framework_kind").value, ["micro"])
        self.assertEqual(sorted(self.control("use_cases").value), ["crud", "one-page"])
        self.control("avoid_when").value = "Big apps."
        self.save()
        self.assertEqual(self.all_errors(), {})
        transaction.begin()
        self.assertEqual(self.flask.framework_kind, "micro")
        self.assertEqual(self.flask.use_cases, {"one-page", "crud"})
        self.assertEqual(self.flask.avoid_when, "Big apps.")

    def test_edit_working_copy_keeps_title(self):
        from plone.app.iterate.interfaces import ICheckinCheckoutPolicy

        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        working_copy = ICheckinCheckoutPolicy(self.flask).checkout(self.guide)
        transaction.commit()
        self.open_edit_form(working_copy)
        self.assertEqual(self.control("IBasic.title").value, "Flask")
        self.control("avoid_when").value = "Draft advice."
        self.save()
        self.assertEqual(self.all_errors(), {})
        transaction.begin()
        self.assertEqual(working_copy.avoid_when, "Draft advice.")
        self.assertIsNone(self.flask.avoid_when)

    def test_change_own_title_case(self):
        self.open_edit_form(self.flask)
        self.control("IBasic.title").value = "FLASK"
        self.save()
        self.assertEqual(self.all_errors(), {})
        transaction.begin()
        self.assertEqual(self.flask.title, "FLASK")

    def test_edit_form_validates_like_add_form(self):
        self.open_edit_form(self.flask)
        self.control("website").value = "ftp://flask.example.org/"
        self.control("flexibility").value = "6"
        self.save()
        self.assertEqual(
            self.all_errors(), {"website": [MSG_URL], "flexibility": [MSG_RATING]}
        )
        transaction.begin()
        self.assertIsNone(self.flask.website)
        self.assertIsNone(self.flask.flexibility)

    def test_last_reviewed_read_only(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.flask.last_reviewed = date(2026, 3, 14)
        transaction.commit()
        self.open_edit_form(self.flask)
        div = self.field_div("last_reviewed")
        self.assertIn("widget-mode-display", div.get("class"))
        self.assertEqual(div.xpath("ancestor::fieldset/@id"), ["fieldset-facts"])
        self.assertIn("Last reviewed", div.text_content())
        self.assertIn("3/14/26", div.text_content())
        self.assertFalse(div.xpath(".//input[not(@type='hidden')]|.//select"))
        # Saving the form leaves it alone.
        self.control("IBasic.title").value = "Flask"
        self.save()
        self.assertEqual(self.all_errors(), {})
        transaction.begin()
        self.assertEqual(self.flask.last_reviewed, date(2026, 3, 14))
