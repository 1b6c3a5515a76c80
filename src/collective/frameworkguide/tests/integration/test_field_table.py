"""One line in the field table makes a new field appear everywhere.

The test adds a throw-away field to the profile's schema and to
``content.fields.PROFILE_FIELDS`` (and nothing else), then finds it on the
catalog card, in the JSON and CSV export, back through the import, in the
REST API's JSON (input checks and ``@framework-guide``) and in the reviewer
desk's diff.
"""

from collective.frameworkguide.content import fields
from collective.frameworkguide.content.fields import ProfileField
from collective.frameworkguide.content.profile import IFrameworkProfileSchema
from collective.frameworkguide.exchange.export import export_csv
from collective.frameworkguide.exchange.export import export_data
from collective.frameworkguide.exchange.importer import ProfileImporter
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.restapi.deserializers.json_input import input_errors
from collective.frameworkguide.review.diff import field_diff
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import publish
from contextlib import contextmanager
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from unittest import mock
from zope import schema
from zope.component import getMultiAdapter
from zope.interface import alsoProvides

import json
import unittest


@contextmanager
def throwaway_field(name: str, title: str):
    """A one-line text field in the schema and the table, while inside."""
    new_field = schema.TextLine(title=title, required=False)
    new_field.__name__ = name
    new_field.interface = IFrameworkProfileSchema
    # zope.interface keeps an interface's own attributes in this mapping.
    attributes = IFrameworkProfileSchema._InterfaceClass__attrs
    attributes[name] = new_field
    IFrameworkProfileSchema.changed(IFrameworkProfileSchema)
    table = (*fields.PROFILE_FIELDS, ProfileField(name, "line"))
    try:
        with mock.patch.object(fields, "PROFILE_FIELDS", table):
            yield
    finally:
        del attributes[name]
        IFrameworkProfileSchema.changed(IFrameworkProfileSchema)


class TestFieldTable(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        alsoProvides(self.request, IFrameworkGuideLayer)
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        # A guide of its own: published profiles are kept in RAM by path.
        self.guide = create_guide(self.portal, "field-table")
        context = throwaway_field("mascot", "Mascot")
        context.__enter__()
        self.addCleanup(context.__exit__, None, None, None)

    def add_profile(self, profile_id: str, mascot: str):
        profile = api.content.create(
            container=self.guide,
            type="FrameworkProfile",
            id=profile_id,
            title=profile_id.title(),
            choose_when="When it fits.",
        )
        profile.mascot = mascot
        profile.reindexObject()
        return profile

    def test_on_the_catalog_card(self):
        self.add_profile("flask", "A horn")
        brain = api.content.find(context=self.guide, portal_type="FrameworkProfile")[0]
        self.assertEqual(brain.framework_card["mascot"], "A horn")

    def test_in_the_export_and_back_through_the_import(self):
        self.add_profile("flask", "A horn")
        exported = export_data(self.guide)
        self.assertEqual(exported["profiles"][0]["mascot"], "A horn")
        header = export_csv(self.guide).splitlines()[0].split(",")
        self.assertEqual(header[-1], "mascot")

        copy = create_guide(self.portal, "field-table-copy")
        result = ProfileImporter(copy, self.request).run(json.dumps(exported))
        self.assertEqual(result.errors, [])
        self.assertEqual(result.created, ["flask"])
        self.assertEqual(copy["flask"].mascot, "A horn")

    def test_in_the_rest_api(self):
        errors = input_errors({"mascot": ["not", "a", "line"]})
        self.assertEqual([error["field"] for error in errors], ["mascot"])
        publish(self.add_profile("flask", "A horn"))
        # The registered service of ``GET <guide>/@framework-guide``.
        service = getMultiAdapter(
            (self.guide, self.request), name="GET_application_json_@framework-guide"
        )
        data = service.reply()
        self.assertEqual(data["profiles"][0]["mascot"], "A horn")

    def test_in_the_reviewer_desk_diff(self):
        published = self.add_profile("flask", "A horn")
        pending = self.add_profile("flask-2", "A bottle")
        rows = {row["name"]: row for row in field_diff(published, pending)}
        self.assertEqual(
            (rows["mascot"]["title"], rows["mascot"]["old"], rows["mascot"]["new"]),
            ("Mascot", "A horn", "A bottle"),
        )

    def test_gone_with_the_table_line(self):
        self.doCleanups()
        self.assertNotIn("mascot", fields.names("card"))
        self.assertNotIn("mascot", IFrameworkProfileSchema)
