"""Term lines of the vocabularies' records: parsed and checked."""

from collective.frameworkguide.errors import InvalidTermLine
from collective.frameworkguide.settings import check_term_lines
from collective.frameworkguide.settings import DEFAULT_BATTERIES
from collective.frameworkguide.settings import DEFAULT_FRAMEWORK_KINDS
from collective.frameworkguide.settings import DEFAULT_USE_CASES
from collective.frameworkguide.settings import parse_terms
from collective.frameworkguide.tests.support.messages import MSG_TERM_LINE
from zope.schema.interfaces import ValidationError

import unittest


class TestTermLines(unittest.TestCase):
    """``settings.check_term_lines`` and ``parse_terms`` (no Plone needed)."""

    def test_defaults_are_valid(self):
        for lines in (DEFAULT_FRAMEWORK_KINDS, DEFAULT_USE_CASES, DEFAULT_BATTERIES):
            self.assertIs(check_term_lines(lines), True)

    def test_parse_terms(self):
        self.assertEqual(
            parse_terms([" crud | CRUD app ", "", "   ", "cms", "api|Web | API"]),
            [("crud", "CRUD app"), ("cms", "cms"), ("api", "Web | API")],
        )
        self.assertEqual(parse_terms(None), [])

    def test_accepts(self):
        for lines in (
            ["crud|CRUD app"],
            ["crud|CRUD app", "", "cms|CMS"],
            ["crud"],
            ["a1|A", "b_2|B", "c-3|C"],
            ["x" * 50 + "|Long token"],
        ):
            self.assertIs(check_term_lines(lines), True, lines)

    def test_rejects(self):
        for lines in (
            [],
            None,
            ["", "   "],
            ["CRUD|CRUD app"],
            ["crud app|CRUD app"],
            ["|CRUD app"],
            ["-crud|CRUD app"],
            ["_crud|CRUD app"],
            ["crüd|CRUD app"],
            ["crud.app|CRUD app"],
            ["x" * 51 + "|Too long"],
            ["crud|CRUD app", "crud|Another CRUD"],
            ["crud|CRUD app", " crud |Same token, spaced"],
        ):
            with self.assertRaises(InvalidTermLine, msg=repr(lines)) as caught:
                check_term_lines(lines)
            self.assertIsInstance(caught.exception, ValidationError)
            self.assertEqual(caught.exception.doc(), MSG_TERM_LINE)
