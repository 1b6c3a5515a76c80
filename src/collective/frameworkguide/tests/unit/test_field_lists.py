"""The lists derived from the field table are the ones written by hand before.

Checked against the REST client's hand-written ``CONTRACT_FIELDS``: a change to
``content/fields.py`` that moves an export column, drops a field from the card
or reorders the reviewer's diff fails here.
"""

from collective.frameworkguide.content.fields import names
from collective.frameworkguide.content.fields import names_of_kind
from collective.frameworkguide.content.fields import vocabulary_of
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.exchange.export import informational_columns
from collective.frameworkguide.review.diff import compared_fields
from collective.frameworkguide.tests.support.rest_client import CONTRACT_FIELDS

import unittest


RATINGS = ("learning_curve", "documentation_quality", "flexibility", "ecosystem")


def contract_without(*left_out: str) -> tuple[str, ...]:
    return tuple(name for name in CONTRACT_FIELDS if name not in left_out)


class TestDerivedLists(unittest.TestCase):
    def test_export_and_import_columns(self):
        self.assertEqual(names("export"), CONTRACT_FIELDS)
        self.assertEqual(informational_columns(), ("review_state", "last_reviewed"))
        self.assertEqual(names("import"), contract_without("last_reviewed"))

    def test_card(self):
        self.assertEqual(
            names("card"), contract_without("title", "description", "criteria_values")
        )
        self.assertEqual(RATING_FIELDS, RATINGS)

    def test_rest_plain_values(self):
        structured = ("framework_kind", "use_cases", "batteries", *RATINGS)
        self.assertEqual(
            names_of_kind("line", "text", "url", "lines", "number", role="card"),
            contract_without(
                "title",
                "description",
                *structured,
                "latest_release_date",
                "text",
                "logo",
                "last_reviewed",
                "criteria_values",
            ),
        )

    def test_kinds_of_json_input(self):
        self.assertEqual(
            set(names_of_kind("url")), {"website", "repository", "documentation_url"}
        )
        self.assertEqual(
            set(names_of_kind("lines", "choices")),
            {"strengths", "weaknesses", "example_projects", "use_cases", "batteries"},
        )
        self.assertEqual(
            names_of_kind("rating", "number"), (*RATINGS, "first_release_year")
        )
        self.assertEqual(names_of_kind("rich"), ("text",))
        self.assertEqual(
            vocabulary_of("framework_kind"), "collective.frameworkguide.FrameworkKinds"
        )
        self.assertIsNone(vocabulary_of("strengths"))

    def test_reviewer_diff_in_form_order(self):
        # The edit form's order: the criteria tab before plone.richtext's text.
        expected = (
            *contract_without("text", "logo", "last_reviewed", "criteria_values"),
            "criteria_values",
            "text",
        )
        self.assertEqual(tuple(name for name, _title in compared_fields()), expected)
        titles = dict(compared_fields())
        self.assertEqual(
            (titles["title"], titles["description"], titles["text"]),
            ("Title", "Summary", "In more detail"),
        )
