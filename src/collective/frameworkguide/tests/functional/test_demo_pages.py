"""The demo guide's pages as a visitor gets them."""

from collective.frameworkguide.setuphandlers.demo_content import PROFILES
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from plone.testing.zope import Browser

import lxml.html
import unittest


FRAMEWORKS = ["flask", "django", "pyramid", "plone"]

TITLES = {"flask": "Flask", "django": "Django", "pyramid": "Pyramid", "plone": "Plone"}


QUICK_PICK_TITLES = [
    "One-page app",
    "CRUD app",
    "Unique application",
    "CMS / content-managed site",
]


class TestDemoPages(unittest.TestCase):
    """What an anonymous visitor sees of the demo guide."""

    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        self.browser = Browser(self.layer["app"])
        self.browser.handleErrors = False
        self.guide_url = self.layer["portal"]["guide"].absolute_url()

    def test_guide_page(self):
        self.browser.open(self.guide_url)
        self.assertEqual(self.browser.url, "http://nohost/plone/guide")
        doc = lxml.html.fromstring(self.browser.contents)
        self.assertEqual(
            doc.xpath("//h1")[0].text_content().strip(), "Which Python web framework?"
        )
        headings = [
            a.text_content().strip()
            for a in doc.xpath(
                "//table[contains(@class, 'framework-matrix')]//thead//a"
            )
        ]
        self.assertEqual(headings, ["Django", "Flask", "Plone", "Pyramid"])
        picks = doc.xpath("//section[contains(@class, 'framework-quick-pick')]//li")
        self.assertEqual(
            [
                li.xpath("./span[contains(@class, 'fw-semibold')]")[0].text_content()
                for li in picks
            ],
            QUICK_PICK_TITLES,
        )
        self.assertEqual(
            [[a.text_content() for a in li.xpath(".//a")] for li in picks],
            [["Flask"], ["Django"], ["Pyramid"], ["Plone"]],
        )

    def test_guide_view_by_name(self):
        self.browser.open(f"{self.guide_url}/@@framework-guide")
        for title in ["Flask", "Django", "Pyramid", "Plone", *QUICK_PICK_TITLES]:
            self.assertIn(title, self.browser.contents)

    def test_profile_pages(self):
        for profile_id in FRAMEWORKS:
            data = next(d for d in PROFILES if d["id"] == profile_id)
            self.browser.open(f"{self.guide_url}/{profile_id}")
            self.assertEqual(self.browser.headers["status"], "200 OK")
            doc = lxml.html.fromstring(self.browser.contents)
            self.assertEqual(
                doc.xpath("//h1")[0].text_content().strip(), TITLES[profile_id]
            )
            article = doc.xpath("//div[contains(@class, 'framework-profile')]")
            self.assertEqual(len(article), 1, profile_id)
            text = " ".join(article[0].text_content().split())
            self.assertIn(" ".join(data["choose_when"].split()), text)
            self.assertIn(data["strengths"][0], text)
            links = [a.get("href") for a in article[0].xpath(".//a[@rel='noopener']")]
            self.assertEqual(
                links,
                [data["website"], data["repository"], data["documentation_url"]],
            )

    def test_profile_view_by_name(self):
        self.browser.open(f"{self.guide_url}/django/@@framework-profile")
        self.assertIn("Very high", self.browser.contents)
        self.assertIn("Admin interface", self.browser.contents)
