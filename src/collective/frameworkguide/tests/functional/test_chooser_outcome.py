"""The chooser says a best match only when there is one, on the page and in REST.

A tie for first place is shown as a tie, a ranking where nothing scores above
zero has no winner, and the guide's decisive criteria (worth no points) are
kept apart from the reasons of the ranking.
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chooser_page import (
    add_use_case_nobody_is_for,
)
from collective.frameworkguide.tests.support.chooser_page import shown_by_rest
from collective.frameworkguide.tests.support.chooser_page import shown_on_page
from collective.frameworkguide.tests.support.rest_client import api_session

import lxml.html
import unittest


class TestChooserOutcome(unittest.TestCase):
    layer = ACCEPTANCE_TESTING
    maxDiff = None

    def setUp(self):
        self.portal = self.layer["portal"]
        self.anonymous = api_session(self.portal.absolute_url(), test=self)

    def ask(self, query: str) -> tuple[dict, dict, str]:
        """The JSON, what the page shows, and the page's HTML for ``query``;
        the page must tell what the JSON tells."""
        response = self.anonymous.get(f"guide/@framework-chooser?{query}")
        self.assertEqual(response.status_code, 200, response.text)
        page = self.anonymous.get(
            f"guide/@@framework-chooser?{query}", headers={"Accept": "text/html"}
        )
        self.assertEqual(page.status_code, 200)
        shown = shown_on_page(page.text)
        self.assertEqual(shown, shown_by_rest(response.json()))
        return response.json(), shown, page.text

    def test_a_tie_for_first_place_has_no_best_match(self):
        # An admin interface: Django and Plone have one (+2 each), Flask and
        # Pyramid do not (-1 each).
        data, shown, html = self.ask("admin=yes")
        self.assertEqual(data["outcome"]["token"], "tie")
        self.assertEqual(
            [leader["id"] for leader in data["outcome"]["leaders"]],
            ["django", "plone"],
        )
        self.assertEqual(
            [(r["profile"]["id"], r["rank"], r["score"]) for r in data["items"]],
            [("django", 1, 2), ("plone", 1, 2), ("flask", 3, -1), ("pyramid", 3, -1)],
        )
        self.assertEqual(
            shown["outcome"],
            "Django and Plone share first place (score 2): nothing in your answers "
            "puts one ahead, so there is no best match.",
        )
        self.assertEqual(
            [(i["rank"], i["badge"]) for i in shown["items"]],
            [
                (1, "Shares first place"),
                (1, "Shares first place"),
                (3, None),
                (3, None),
            ],
        )
        self.assertNotIn("Best match", html)
        note = lxml.html.fromstring(html).xpath(
            "//p[contains(@class, 'framework-tie-note')]"
        )
        self.assertIn(
            "listed by ecosystem, then documentation, then name",
            note[0].text_content(),
        )

    def test_one_best_match(self):
        data, shown, html = self.ask("use_case=crud&experience=new&admin=yes")
        self.assertEqual(data["outcome"]["token"], "best_match")
        self.assertEqual(shown["outcome"], "Django fits your answers best (score 8).")
        self.assertEqual(
            [i["badge"] for i in shown["items"]], ["Best match", None, None, None]
        )
        self.assertIn("Compare the top two side by side", html)

    def test_a_use_case_no_profile_is_recommended_for(self):
        add_use_case_nobody_is_for()
        data, shown, html = self.ask("use_case=api")
        self.assertEqual(
            data["answers"]["use_case"], {"token": "api", "title": "Web API"}
        )
        self.assertEqual(data["outcome"]["token"], "no_match")
        self.assertEqual(data["outcome"]["leaders"], [])
        self.assertEqual({r["score"] for r in data["items"]}, {0})
        self.assertEqual([r["reasons"] for r in data["items"]], [[]] * 4)
        self.assertEqual(
            shown["outcome"],
            "This guide recommends no framework for “Web API”, and none scores "
            "above zero with your answers, so there is no best match. Below is "
            "what speaks for and against each.",
        )
        # No badge, no rank, no "top two" to compare: nothing is recommended.
        self.assertEqual(
            [(i["rank"], i["badge"]) for i in shown["items"]], [(None, None)] * 4
        )
        self.assertNotIn("Best match", html)
        self.assertNotIn("Compare the top two", html)
        page = lxml.html.fromstring(html)
        self.assertEqual(
            page.xpath("//h2[@id='framework-recommendations-heading']/text()"),
            ["No recommendation"],
        )

    def test_nothing_scores_above_zero(self):
        # "Some experience": only Plone's very steep learning curve counts (-1).
        data, shown, _html = self.ask("experience=some")
        self.assertEqual(data["outcome"]["token"], "no_match")
        self.assertEqual(max(r["score"] for r in data["items"]), 0)
        self.assertTrue(
            shown["outcome"].startswith(
                "No framework in this guide scores above zero with your answers"
            ),
            shown["outcome"],
        )
        data, shown, _html = self.ask("admin=no")
        self.assertEqual(data["outcome"]["token"], "no_match")
        self.assertTrue(
            shown["outcome"].startswith("None of your answers speaks for or against"),
            shown["outcome"],
        )

    def test_decisive_criteria_are_worth_knowing_not_reasons(self):
        data, shown, html = self.ask("use_case=crud")
        for item in data["items"]:
            self.assertTrue(all(r["points"] for r in item["reasons"]), item)
            self.assertEqual(len(item["decisive_criteria"]), 2)
        django = lxml.html.fromstring(html).xpath(
            "//li[@data-profile='django']//div[contains(@class, 'framework-decisive')]"
        )[0]
        self.assertEqual(django.xpath("./h4")[0].text_content(), "Also worth knowing")
        self.assertEqual(shown["items"][0]["decisive"], 2)
        self.assertEqual(
            shown["items"][0]["reasons"],
            [{"message": "This guide recommends it for “CRUD app”.", "points": 4}],
        )
