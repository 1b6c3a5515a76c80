"""Helpers of the view tests: an anonymous or logged-in test browser, parsing."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import lxml.html
import transaction
import unittest


def normalized(text: str) -> str:
    return " ".join(text.split())


class ViewTestCase(unittest.TestCase):
    """A test browser on the demo guide that reports errors as pages."""

    def setUp(self):
        self.app = self.layer["app"]
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]
        self.guide_url = self.guide.absolute_url()
        self.browser = self.new_browser()

    def new_browser(self, login=False) -> Browser:
        browser = Browser(self.app)
        # Errors become responses: a test can then see a 500 as a 500.
        browser.handleErrors = True
        browser.raiseHttpErrors = False
        if login:
            browser.addHeader(
                "Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}"
            )
        return browser

    def commit(self):
        transaction.commit()

    def open(self, path: str = "", browser=None):
        """Open a page of the guide; it must answer 200 and carry #content."""
        browser = browser or self.browser
        browser.open(f"{self.guide_url}{path}")
        self.assertEqual(browser.headers["status"], "200 OK", path)
        self.doc = lxml.html.fromstring(browser.contents)
        self.assertTrue(self.doc.xpath("//*[@id='content']"), path)
        return self.doc

    def xpath_texts(self, expression: str) -> list[str]:
        return [normalized(e.text_content()) for e in self.doc.xpath(expression)]

    def notices(self) -> list[str]:
        return self.xpath_texts("//div[contains(@class,'framework-notices')]//li")

    def matrix_columns(self) -> list[str]:
        return self.xpath_texts(
            "//table[contains(@class,'framework-matrix')]//thead//a"
        )

    def matrix_rows(self) -> list[str]:
        return self.xpath_texts(
            "//table[contains(@class,'framework-matrix')]//tbody//th[@scope='row']"
        )

    def matrix_cells(self, row_title: str) -> list[str]:
        for row in self.doc.xpath(
            "//table[contains(@class,'framework-matrix')]//tbody/tr"
        ):
            if normalized(row.xpath("./th")[0].text_content()).startswith(row_title):
                return [normalized(td.text_content()) for td in row.xpath("./td")]
        raise AssertionError(f"no matrix row {row_title!r}")

    def content_headings(self) -> list[int]:
        """Heading levels inside #content, in document order."""
        return [
            int(h.tag[1])
            for h in self.doc.xpath(
                "//*[@id='content']//*[self::h1 or self::h2 or "
                "self::h3 or self::h4 or self::h5 or self::h6]"
            )
        ]

    def assert_headings_in_order(self):
        levels = self.content_headings()
        self.assertEqual(levels[0], 1, levels)
        for before, after in zip(levels, levels[1:], strict=False):
            self.assertLessEqual(after, before + 1, f"heading skips a level: {levels}")
