"""Criteria and cells over REST: ``@framework-guide``, the chooser, PATCH."""

from collective.frameworkguide.tests.support.rest_client import api_session
from collective.frameworkguide.tests.support.rest_client import GuideEndpointTestCase
from datetime import date
from plone import api

import transaction


class TestCriteriaOverRest(GuideEndpointTestCase):
    def test_guide_endpoint_carries_criteria_rows_and_cells(self):
        data = self.get()
        self.assertEqual(len(data["criteria"]), 6)
        self.assertEqual(
            data["criteria"][0],
            {
                "id": "async-views",
                "title": "Async views",
                "description": "Views can be written as async functions.",
                "decisive": True,
            },
        )
        self.assertFalse(data["differences"])
        rows = [row for row in data["matrix"]["rows"] if row["name"] == "criteria"]
        self.assertEqual(
            [row["token"] for row in rows][:2], ["async-views", "built-in-admin"]
        )
        django = rows[0]["cells"][0]
        self.assertEqual(
            django,
            {
                "verdict": {"token": "yes", "title": "yes"},
                "note": "Async views since Django 3.1, served by ASGI.",
                "source_url": "https://docs.djangoproject.com/en/stable/topics/async/",
                "verified_on": "2026-11-20",
                "stale": False,
            },
        )
        plone = {p["id"]: p for p in data["profiles"]}["plone"]
        self.assertEqual(
            plone["criteria_values"]["schema-migrations"]["verdict"], "not_applicable"
        )

    def test_differences_only(self):
        data = self.get(query="?differences=1&use_case=crud")
        # A single profile: nothing to compare, so every row stays.
        self.assertTrue(data["differences"])
        self.assertEqual(len(data["profiles"]), 1)
        everything = self.get(query="?use_case=crud")["matrix"]["rows"]
        self.assertEqual(len(data["matrix"]["rows"]), len(everything))
        data = self.get(query="?differences=1")
        self.assertTrue(all(row["differs"] for row in data["matrix"]["rows"]))

    def test_chooser_names_decisive_criteria_apart_from_reasons(self):
        response = self.anonymous.get("guide/@framework-chooser?use_case=crud")
        self.assertEqual(response.status_code, 200, response.text)
        first = response.json()["items"][0]
        self.assertEqual(first["profile"]["id"], "django")
        # Worth no points, so not a reason for the ranking.
        self.assertTrue(all(r["points"] for r in first["reasons"]), first["reasons"])
        self.assertEqual(
            first["decisive_criteria"][1],
            {
                "message": "Built-in admin: yes.",
                "criterion": {"id": "built-in-admin", "verdict": "yes"},
            },
        )

    def test_patch_criteria_and_cells(self):
        owner = api_session(self.portal.absolute_url(), "owner", self)
        criteria = self.get()["criteria"]
        # A new row without id; "Built-in admin" left out, so it is hidden.
        rows = [criteria[0], {"title": "Type hints", "description": "In the API."}]
        response = owner.patch("guide", json={"criteria": rows})
        self.assertEqual(response.status_code, 204, response.text)
        transaction.begin()
        stored = {row["id"]: row for row in self.guide.criteria}
        self.assertEqual(stored["type-hints"]["title"], "Type hints")
        self.assertTrue(stored["built-in-admin"]["hidden"])
        self.assertNotIn("built-in-admin", [r["id"] for r in self.get()["criteria"]])
        # Its cells are still there, for when the row is shown again.
        self.assertIn("built-in-admin", self.guide["django"].criteria_values)

        with api.env.adopt_roles(["Manager"]):
            draft = api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="A tiny app.",
            )
        transaction.commit()
        bad = [
            ({"async-views": {"verdict": "maybe"}}, "choose yes, partial"),
            ({"Not an id": {"verdict": "yes"}}, "its id may hold only"),
            (
                {"async-views": {"verdict": "yes", "source_url": "javascript:x"}},
                "source",
            ),
            ({"async-views": "yes"}, "Send an object"),
        ]
        for cells, words in bad:
            with self.subTest(cells=cells):
                response = owner.patch("guide/bottle", json={"criteria_values": cells})
                self.assertEqual(response.status_code, 400, response.text)
                self.assertIn("criteria_values", response.text)
                self.assertIn(words, response.text)
        cell = {
            "verdict": "no",
            "note": "WSGI only.",
            "source_url": "https://bottlepy.org/docs/dev/",
            "verified_on": "2026-11-01",
        }
        response = owner.patch(
            "guide/bottle", json={"criteria_values": {"async-views": cell}}
        )
        self.assertEqual(response.status_code, 204, response.text)
        shown = owner.get("guide/bottle").json()["criteria_values"]
        self.assertEqual(shown, {"async-views": cell})
        transaction.begin()
        stored = draft.criteria_values["async-views"]["verified_on"]
        self.assertEqual(stored, date(2026, 11, 1))
