"""The chooser page: answers from the URL, the recommendations and their reasons."""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.views import ViewTestCase

import lxml.html


CHOOSER = "/@@framework-chooser"


class TestChooserPage(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def ranked(self) -> list[str]:
        return self.xpath_texts(
            "//li[contains(@class,'framework-recommendation')]//h3/a"
        )

    def test_form_only_without_answers(self):
        self.open(CHOOSER)
        self.assertEqual(self.ranked(), [])
        legends = self.xpath_texts("//form[contains(@class,'chooser-form')]//legend")
        self.assertEqual(
            legends,
            [
                "What are you building?",
                "How experienced is your team with web frameworks?",
                "Do you need a built-in admin interface or back office?",
                "Do you want to pick your own libraries (database layer, "
                "templates, forms)?",
                "Do you need fine-grained permissions and workflows?",
            ],
        )
        form = self.doc.xpath("//form[contains(@class,'chooser-form')]")[0]
        self.assertEqual(form.get("method"), "get")
        use_cases = form.xpath(".//input[@name='use_case']/@value")
        self.assertEqual(use_cases, ["", "one-page", "crud", "unique", "cms"])
        self.assert_headings_in_order()

    def test_answers_in_the_url(self):
        self.open(f"{CHOOSER}?use_case=crud&experience=new&admin=yes")
        self.assertEqual(self.ranked(), ["Django", "Flask", "Plone", "Pyramid"])
        best = self.xpath_texts("//li[contains(@class,'framework-best-match')]")[0]
        self.assertIn("Best match", best)
        self.assertIn("Score: 8", best)
        self.assertIn("This guide recommends it for “CRUD app”. (+4)", best)
        self.assertIn("Ease of learning: High.", best)
        last = self.xpath_texts("//li[contains(@class,'framework-recommendation')]")[-1]
        self.assertIn("Against it", last)
        self.assertIn("No admin interface built in", last)
        checked = self.doc.xpath("//input[@type='radio'][@checked]")
        self.assertEqual(
            {(i.get("name"), i.get("value")) for i in checked},
            {
                ("use_case", "crud"),
                ("experience", "new"),
                ("admin", "yes"),
                ("own_libraries", ""),
                ("permissions", ""),
            },
        )
        share = self.doc.xpath("//p[contains(@class,'framework-share')]/a/@href")
        self.assertEqual(
            share, [f"{self.guide_url}{CHOOSER}?use_case=crud&experience=new&admin=yes"]
        )
        compare = self.doc.xpath("//a[contains(@href,'@@framework-compare')]/@href")
        self.assertEqual(
            compare,
            [f"{self.guide_url}/@@framework-compare?profiles=django&profiles=flask"],
        )
        self.assert_headings_in_order()

    def test_submitting_the_form(self):
        self.open(CHOOSER)
        self.browser.getControl(name="use_case").value = ["one-page"]
        self.browser.getControl(name="own_libraries").value = ["yes"]
        self.browser.getControl("Recommend").click()
        self.assertIn("use_case=one-page", self.browser.url)
        self.assertIn("own_libraries=yes", self.browser.url)
        self.doc = lxml.html.fromstring(self.browser.contents)
        self.assertEqual(self.ranked()[0], "Flask")

    def test_all_no_preference(self):
        self.open(f"{CHOOSER}?use_case=&experience=&admin=")
        self.assertEqual(self.ranked(), [])
        self.assertIn(
            "Answer at least one question to get a recommendation.",
            self.browser.contents,
        )

    def test_bad_query_strings(self):
        for query in (
            "use_case=spaceship",
            "use_case=crud&use_case=cms",
            "experience=guru&admin=maybe",
            "use_case.x:record=1",
            "admin:boolean=1",
            "use_case=%ff%fe",
            "use_case=" + "x" * 5000,
        ):
            self.open(f"{CHOOSER}?{query}")
            self.assertTrue(self.notices(), query)
        self.assertNotIn("x" * 41, self.browser.contents)
        self.open(f"{CHOOSER}?use_case=crud&use_case=cms")
        self.assertEqual(self.ranked()[0], "Django")
