"""The add form refuses bad input field by field, keeping what was typed."""

from collective.frameworkguide.tests.support.forms import FormTestCase
from collective.frameworkguide.tests.support.messages import msg_duplicate
from collective.frameworkguide.tests.support.messages import msg_empty_line
from collective.frameworkguide.tests.support.messages import msg_line_too_long
from collective.frameworkguide.tests.support.messages import MSG_RATING
from collective.frameworkguide.tests.support.messages import MSG_REQUIRED
from collective.frameworkguide.tests.support.messages import MSG_URL
from collective.frameworkguide.tests.support.messages import MSG_YEAR
from collective.frameworkguide.tests.support.messages import NEXT_YEAR


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
