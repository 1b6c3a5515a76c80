"""``@@framework-guide-export``: JSON and CSV downloads for editors."""

from collective.frameworkguide.tests.support.exchange_client import ExchangeTestCase
from collective.frameworkguide.tests.support.rest_client import CONTRACT_FIELDS
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import csv
import io
import json
import transaction


class TestExport(ExchangeTestCase):
    def test_json(self):
        browser = self.export()
        self.assertEqual(
            browser.headers["Content-Type"], "application/json; charset=utf-8"
        )
        self.assertEqual(
            browser.headers["Content-Disposition"],
            'attachment; filename="guide-profiles.json"',
        )
        data = json.loads(browser.contents)
        self.assertEqual(data["format"], "collective.frameworkguide.export")
        self.assertEqual(data["version"], 1)
        self.assertEqual(
            {k: v for k, v in data["guide"].items() if k != "criteria"},
            {"id": "guide", "title": "Which Python web framework?"},
        )
        # The criteria, hidden ones too; each profile carries its cells.
        self.assertEqual(len(data["guide"]["criteria"]), 6)
        self.assertEqual(
            data["guide"]["criteria"][0],
            {
                "id": "async-views",
                "title": "Async views",
                "description": "Views can be written as async functions.",
                "decisive": True,
                "hidden": False,
            },
        )
        self.assertEqual(
            [row["id"] for row in data["profiles"]],
            ["flask", "django", "pyramid", "plone"],
        )
        flask = data["profiles"][0]
        self.assertEqual(list(flask), ["id", "review_state", *CONTRACT_FIELDS])
        self.assertEqual(flask["review_state"], "published")
        self.assertEqual(flask["use_cases"], ["one-page"])
        self.assertEqual(flask["learning_curve"], 5)
        self.assertEqual(flask["text"]["content-type"], "text/html")
        self.assertIn("Flask gives you routing", flask["text"]["data"])
        self.assertIsNone(flask["logo"])

    def test_drafts_are_exported_with_their_state(self):
        with api.env.adopt_user(username="editor"):
            api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="One file.",
            )
        transaction.commit()
        rows = {row["id"]: row for row in self.export_json()["profiles"]}
        self.assertEqual(
            rows["bottle"]["review_state"], self.initial_state(self.guide["bottle"])
        )

    def test_csv(self):
        self.guide["django"].description = "=HYPERLINK(evil)"
        self.guide["django"].reindexObject()
        transaction.commit()
        browser = self.export(fmt="csv")
        self.assertEqual(browser.headers["Content-Type"], "text/csv; charset=utf-8")
        rows = list(csv.DictReader(io.StringIO(browser.contents)))
        self.assertEqual(list(rows[0]), ["id", "review_state", *CONTRACT_FIELDS])
        self.assertEqual(
            [row["id"] for row in rows], ["flask", "django", "pyramid", "plone"]
        )
        flask = rows[0]
        self.assertEqual(flask["review_state"], "published")
        self.assertEqual(flask["title"], "Flask")
        self.assertEqual(flask["first_release_year"], "2010")
        self.assertEqual(
            flask["strengths"].split("\n")[0],
            "Very little to learn before the first page works",
        )
        self.assertTrue(flask["text"].startswith("<p>Flask gives you routing"))
        self.assertEqual(flask["logo"], "")
        # A spreadsheet must not run a cell as a formula.
        self.assertEqual(rows[1]["description"], "'=HYPERLINK(evil)")

    def test_unknown_format(self):
        browser = self.browser()
        browser.raiseHttpErrors = False
        browser.open(f"{self.guide.absolute_url()}/@@framework-guide-export?format=xml")
        self.assertEqual(browser.headers["status"], "400 Bad Request")

    def test_only_editors_and_above(self):
        url = f"{self.guide.absolute_url()}/@@framework-guide-export"
        for userid in (None, "member", "reviewer"):
            with self.subTest(user=userid):
                browser = self.assert_refused(url, userid)
                self.assertNotIn('"profiles"', browser.contents)
        self.assertEqual(len(self.export_json()["profiles"]), 4)
        self.assertEqual(
            len(json.loads(self.export(userid=SITE_OWNER_NAME).contents)["profiles"]), 4
        )
