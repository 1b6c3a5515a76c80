"""Field rules and their messages, and the year typed in a form."""

from collective.frameworkguide.content.validation import check_first_release_year
from collective.frameworkguide.content.validation import check_lines
from collective.frameworkguide.content.validation import check_rating
from collective.frameworkguide.content.validation import check_web_url
from collective.frameworkguide.errors import EmptyLine
from collective.frameworkguide.errors import InvalidWebURL
from collective.frameworkguide.errors import LineTooLong
from collective.frameworkguide.errors import RatingOutOfRange
from collective.frameworkguide.errors import YearOutOfRange
from datetime import date
from zope.i18n import translate
from zope.schema import ValidationError

import unittest


THIS_YEAR = date.today().year


def message(error):
    return translate(error.doc())


class TestRules(unittest.TestCase):
    def test_web_url_accepted(self):
        for url in (
            "https://flask.palletsprojects.com/",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG/path?q=1#frag",
            "https://localhost:8080/docs",
        ):
            self.assertIs(check_web_url(url), True, url)

    def test_web_url_refused(self):
        for url in (
            "ftp://example.org/",
            "javascript:alert(1)",
            "JavaScript://example.org/%0Aalert(1)",
            "mailto:someone@example.org",
            "data:text/html,hi",
            "file:///etc/passwd",
            "https://",
            "https:///path-only",
            "example.org",
            "//example.org",
            "",
            None,
        ):
            with self.assertRaises(InvalidWebURL, msg=repr(url)) as caught:
                check_web_url(url)
            self.assertEqual(
                message(caught.exception),
                "Enter a full web address that starts with http:// or https://, "
                "for example https://example.org.",
            )

    def test_year(self):
        self.assertIs(check_first_release_year(1990), True)
        self.assertIs(check_first_release_year(THIS_YEAR), True)
        for year in (1989, THIS_YEAR + 1, 0, -2010):
            with self.assertRaises(YearOutOfRange) as caught:
                check_first_release_year(year)
            self.assertEqual(
                message(caught.exception),
                f"Enter a year between 1990 and {THIS_YEAR}.",
            )

    def test_rating(self):
        for rating in (1, 2, 3, 4, 5):
            self.assertIs(check_rating(rating), True)
        for rating in (0, 6, -1, 10):
            with self.assertRaises(RatingOutOfRange) as caught:
                check_rating(rating)
            self.assertEqual(
                message(caught.exception),
                "Choose a rating from 1 (lowest) to 5 (highest).",
            )

    def test_lines_accepted(self):
        self.assertIs(check_lines([]), True)
        self.assertIs(check_lines(None), True)
        self.assertIs(check_lines(["Simple", "x" * 200]), True)

    def test_empty_line(self):
        for lines, number in ((["", "Simple"], 1), (["Simple", "  \t"], 2)):
            with self.assertRaises(EmptyLine) as caught:
                check_lines(lines)
            self.assertEqual(
                message(caught.exception),
                f"Line {number} is empty: write one point per line, "
                "without blank lines.",
            )

    def test_line_too_long(self):
        with self.assertRaises(LineTooLong) as caught:
            check_lines(["Simple", "Small", "y" * 250])
        self.assertEqual(
            message(caught.exception),
            "Line 3 has 250 characters; keep each point to 200 characters or fewer.",
        )

    def test_errors_are_validation_errors_with_default_text(self):
        # zope.schema and z3c.form treat them as field errors; the message
        # keeps its default text and domain for translation.
        error = RatingOutOfRange(0, low="1", high="5")
        self.assertIsInstance(error, ValidationError)
        self.assertEqual(error.doc().domain, "collective.frameworkguide")
        self.assertEqual(
            error.doc().default,
            "Choose a rating from ${low} (lowest) to ${high} (highest).",
        )
        self.assertEqual(dict(error.doc().mapping), {"low": "1", "high": "5"})


class TestYearConverter(unittest.TestCase):
    def converter(self):
        from collective.frameworkguide.content.profile import IFrameworkProfileSchema
        from collective.frameworkguide.content.year import YearDataConverter

        return YearDataConverter(IFrameworkProfileSchema["first_release_year"], None)

    def test_to_widget(self):
        self.assertEqual(self.converter().toWidgetValue(2010), "2010")
        self.assertEqual(self.converter().toWidgetValue(None), "")

    def test_to_field(self):
        from z3c.form.converter import FormatterValidationError

        self.assertEqual(self.converter().toFieldValue(" 2010 "), 2010)
        self.assertIsNone(self.converter().toFieldValue(""))
        for typed in ("2,010", "20x0", "2010.5", "-2010", "２０１０"):
            with self.assertRaises(FormatterValidationError, msg=typed):
                self.converter().toFieldValue(typed)
