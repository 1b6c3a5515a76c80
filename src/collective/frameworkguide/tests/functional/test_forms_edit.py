"""The edit form: values shown, titles kept unique, read-only fields."""

from collective.frameworkguide.tests.support.forms import FormTestCase
from collective.frameworkguide.tests.support.messages import msg_duplicate
from collective.frameworkguide.tests.support.messages import MSG_RATING
from collective.frameworkguide.tests.support.messages import MSG_URL
from datetime import date
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import transaction


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
