"""Criteria rows on the visitor pages of the demo guide, and for reviewers.

The matrix and the compare view show each cell with an icon *and* words, the
note as text, the source with its date, and a marker on evidence older than
the guide's review interval; ``?differences=1`` (a link, no JavaScript) hides
the rows where every shown framework agrees.
"""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.views import normalized
from collective.frameworkguide.tests.support.views import ViewTestCase
from datetime import date
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import lxml.html
import transaction


DEMO_CRITERIA = [
    "Async views",
    "Built-in admin",
    "User accounts and login",
    "Database migrations",
    "Content workflow and versions",
    "Multilingual content",
]


class TestCriteriaInTheMatrix(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def criterion_rows(self) -> list[str]:
        return [
            normalized(tr.xpath("./th")[0].text_content())
            for tr in self.doc.xpath(
                "//table[contains(@class,'framework-matrix')]//tbody/tr"
                "[@data-criterion][.//span[contains(@class,'framework-verdict ')]]"
            )
        ]

    def test_demo_criteria_with_icons_words_notes_and_sources(self):
        self.open()
        self.assertEqual(self.matrix_columns(), ["Django", "Flask", "Plone", "Pyramid"])
        titles = [title.split(" ")[0] for title in self.criterion_rows()]
        self.assertEqual(titles, [title.split(" ")[0] for title in DEMO_CRITERIA])
        django, flask, plone, pyramid = self.matrix_cells("Async views")
        self.assertTrue(django.startswith("✓ yes Async views since Django 3.1"), django)
        self.assertIn("source, verified on 2026-11-20", django)
        self.assertTrue(flask.startswith("◐ partly"), flask)
        self.assertTrue(pyramid.startswith("✗ no"), pyramid)
        self.assertTrue(
            self.matrix_cells("Database migrations")[2].startswith("n/a not applicable")
        )
        # The icon is decoration; the words are what screen readers read.
        icons = self.doc.xpath("//span[contains(@class,'framework-verdict ')]")
        self.assertTrue(icons)
        self.assertTrue(all(icon.get("aria-hidden") == "true" for icon in icons))
        links = self.doc.xpath(
            "//tr[@data-criterion='async-views']//a[normalize-space()='source']/@href"
        )
        self.assertIn("https://docs.djangoproject.com/en/stable/topics/async/", links)
        self.assertNotIn("check again", normalized(self.doc.text_content()))

    def test_old_evidence_is_marked(self):
        django = self.guide["django"]
        cells = dict(django.criteria_values)
        cells["async-views"] = {**cells["async-views"], "verified_on": date(2020, 1, 1)}
        django.criteria_values = cells
        django.reindexObject()
        self.commit()
        self.open()
        django_cell, flask_cell, *_rest = self.matrix_cells("Async views")
        self.assertIn("check again", django_cell)
        self.assertNotIn("check again", flask_cell)

    def test_differences_only_on_the_guide(self):
        # A new criterion nobody has answered: all four agree ("not known").
        self.guide.criteria = [
            *self.guide.criteria,
            {
                "id": "type-hints",
                "title": "Type hints",
                "description": "",
                "decisive": False,
                "hidden": False,
            },
        ]
        self.commit()
        self.open()
        self.assertIn("Type hints", self.matrix_rows())
        everything = self.matrix_rows()
        link = self.doc.xpath("//a[normalize-space()='Show differences only']/@href")
        self.assertEqual(len(link), 1)
        self.browser.open(link[0])
        self.doc = lxml.html.fromstring(self.browser.contents)
        shown = self.matrix_rows()
        self.assertLess(len(shown), len(everything))
        self.assertNotIn("Type hints", shown)
        for row in self.doc.xpath(
            "//table[contains(@class,'framework-matrix')]//tbody/tr"
        ):
            cells = {normalized(td.text_content()) for td in row.xpath("./td")}
            self.assertGreater(len(cells), 1, normalized(row.text_content()))
        self.assertTrue(self.doc.xpath("//a[normalize-space()='Show all rows']"))
        # The filter form keeps the choice (a checkbox of the GET form).
        self.assertEqual(
            self.doc.xpath("//input[@id='framework-filter-differences']/@checked"),
            ["checked"],
        )

    def test_differences_only_on_the_compare_view(self):
        self.open("/@@framework-compare?profiles=django&profiles=plone")
        self.assertTrue(
            any(row.startswith("Built-in admin") for row in self.matrix_rows())
        )
        self.open("/@@framework-compare?profiles=django&profiles=plone&differences=1")
        rows = self.matrix_rows()
        # Both have an admin: hidden. Async views: yes against no: shown.
        self.assertNotIn("Built-in admin", " ".join(rows))
        self.assertTrue(any(row.startswith("Async views") for row in rows), rows)
        self.assertTrue(any(row.startswith("Summary") for row in rows), rows)

    def test_profile_page_lists_the_cells(self):
        self.open("/plone")
        rows = self.xpath_texts(
            "//section[contains(@class,'framework-profile-criteria')]"
            "//tr[@data-criterion]"
        )
        self.assertEqual(len(rows), 6)
        self.assertTrue(rows[-1].startswith("Multilingual content ✓ yes"), rows)

    def test_chooser_names_the_decisive_criteria(self):
        self.open("/@@framework-chooser?use_case=crud")
        reasons = self.xpath_texts(
            "//ul[contains(@class,'framework-decisive-reasons')]/li"
        )
        self.assertIn(
            "✓ Async views: yes. Async views since Django 3.1, served by ASGI.",
            reasons,
        )
        self.assertIn("✓ Built-in admin: yes.", reasons)


class TestCompletenessWarning(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def test_pending_profile_lists_unknown_cells_and_missing_sources(self):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            bottle = api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="A tiny app.",
            )
            bottle.criteria_values = {
                "async-views": {"verdict": "no"},
                "built-in-admin": {
                    "verdict": "no",
                    "source_url": "https://bottlepy.org/",
                },
            }
            api.content.transition(obj=bottle, transition="submit")
        transaction.commit()
        browser = self.new_browser(login=True)
        self.open("/@@framework-review", browser)
        warning = self.xpath_texts(
            "//*[contains(@class,'framework-missing-evidence')]//li"
        )
        self.assertEqual(
            warning,
            [
                "Async views: no source given",
                "User accounts and login: the verdict is “not known”",
                "Database migrations: the verdict is “not known”",
                "Content workflow and versions: the verdict is “not known”",
                "Multilingual content: the verdict is “not known”",
            ],
        )
        # The same list on the profile page; a warning, not a block.
        browser.open(f"{self.guide_url}/bottle")
        self.assertIn("Incomplete criteria", browser.contents)
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=self.guide["bottle"], transition="publish")
        self.assertEqual(api.content.get_state(self.guide["bottle"]), "published")
