"""Export and import carry the package name and the latest release's date."""

from collective.frameworkguide.exchange.export import export_csv
from collective.frameworkguide.exchange.export import export_data
from collective.frameworkguide.exchange.importer import ProfileImporter
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from datetime import date
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from zope.interface import alsoProvides

import json
import unittest


class TestReleaseFieldsExchange(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        alsoProvides(self.request, IFrameworkGuideLayer)
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = create_guide(self.portal)
        api.content.create(
            container=self.guide,
            type="FrameworkProfile",
            id="django",
            title="Django",
            choose_when="For a CRUD app.",
            package_name="Django",
            latest_release_date=date(2026, 10, 1),
        )

    def test_round_trip(self):
        exported = export_data(self.guide)
        record = exported["profiles"][0]
        self.assertEqual(
            (record["package_name"], record["latest_release_date"]),
            ("Django", "2026-10-01"),
        )
        header = export_csv(self.guide).splitlines()[0].split(",")
        self.assertIn("package_name", header)
        copy = create_guide(self.portal, "copy")
        result = ProfileImporter(copy, self.request).run(json.dumps(exported))
        self.assertEqual(result.errors, [])
        self.assertEqual(copy["django"].package_name, "Django")
        self.assertEqual(copy["django"].latest_release_date, date(2026, 10, 1))

    def test_a_bad_package_name_is_refused_with_a_message(self):
        exported = export_data(self.guide)
        exported["profiles"][0]["package_name"] = "no spaces allowed"
        copy = create_guide(self.portal, "copy")
        result = ProfileImporter(copy, self.request).run(json.dumps(exported))
        self.assertEqual(len(result.errors), 1)
        self.assertIn("package_name", json.dumps(result.errors[0], default=str))
        self.assertNotIn("django", copy.objectIds())
