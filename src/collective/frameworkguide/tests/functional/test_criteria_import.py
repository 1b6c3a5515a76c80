"""Importing criteria needs the right to edit the guide; without it, nothing."""

from collective.frameworkguide.tests.support.exchange_client import ExchangeTestCase
from collective.frameworkguide.tests.support.users import PASSWORD
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import transaction


CONTRIBUTOR = "carla"


class TestCriteriaImportPermission(ExchangeTestCase):
    def setUp(self):
        super().setUp()
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            api.user.create(
                username=CONTRIBUTOR, email="carla@example.org", password=PASSWORD
            )
            # May add profiles (and so import them), may not edit the guide.
            api.user.grant_roles(
                username=CONTRIBUTOR, obj=self.empty, roles=["Contributor", "Reader"]
            )
        transaction.commit()

    def rows_without_plone(self, data):
        # Only Managers may use the id "plone" in the test site.
        data["profiles"] = [p for p in data["profiles"] if p["id"] != "plone"]
        return data

    def test_new_criteria_refused_and_nothing_written(self):
        data = self.rows_without_plone(self.export_json())
        self.assertTrue(data["guide"]["criteria"])
        browser = self.import_file(self.empty, data, userid=CONTRIBUTOR)
        errors = self.errors_shown(browser)
        self.assertEqual(len(errors), 1, errors)
        self.assertIn("criteria", errors[0])
        self.assertIn("you may not edit the guide", errors[0][-1])
        transaction.begin()
        self.assertEqual(list(self.empty.objectIds()), [])
        self.assertFalse(getattr(self.empty, "criteria", None))

    def test_profiles_alone_import_without_guide_rights(self):
        data = self.rows_without_plone(self.export_json())
        data["guide"].pop("criteria")
        for row in data["profiles"]:
            row.pop("criteria_values", None)
        browser = self.import_file(self.empty, data, userid=CONTRIBUTOR)
        self.assertEqual(self.errors_shown(browser), [])
        transaction.begin()
        self.assertEqual(sorted(self.empty.objectIds()), ["django", "flask", "pyramid"])
