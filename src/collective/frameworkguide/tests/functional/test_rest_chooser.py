"""``GET <guide>/@framework-chooser`` over HTTP, and its HTML twin."""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chooser_page import shown_by_rest
from collective.frameworkguide.tests.support.chooser_page import shown_on_page
from collective.frameworkguide.tests.support.content import publish
from collective.frameworkguide.tests.support.rest_client import api_session
from collective.frameworkguide.tests.support.users import create_users
from plone import api

import transaction
import unittest


# Answers as the HTML chooser's form sends them.
ANSWER_SETS = [
    "use_case=crud",
    "use_case=crud&experience=new&admin=yes",
    "use_case=one-page&experience=new&admin=no&own_libraries=yes",
    "use_case=cms&experience=experienced&permissions=yes&own_libraries=no",
    "experience=some&own_libraries=yes",
    "use_case=unique&experience=some&admin=yes&own_libraries=yes&permissions=no",
]


class ChooserTestCase(unittest.TestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]
        self.anonymous = api_session(self.portal.absolute_url(), test=self)

    def get(self, query="", session=None):
        response = (session or self.anonymous).get(f"guide/@framework-chooser?{query}")
        self.assertEqual(response.status_code, 200, response.text)
        return response.json()


class TestChooserEndpoint(ChooserTestCase):
    def test_shape(self):
        data = self.get("use_case=crud&experience=new&admin=yes")
        self.assertEqual(
            set(data),
            {
                "@id",
                "guide",
                "answered",
                "answers",
                "notices",
                "questions",
                "outcome",
                "items",
                "items_total",
            },
        )
        self.assertEqual(data["@id"], f"{self.guide.absolute_url()}/@framework-chooser")
        self.assertTrue(data["answered"])
        self.assertEqual(
            data["answers"],
            {
                "use_case": {"token": "crud", "title": "CRUD app"},
                "experience": {"token": "new", "title": "New to web frameworks"},
                "admin": {"token": "yes", "title": "Yes"},
                "own_libraries": None,
                "permissions": None,
            },
        )
        self.assertEqual(data["items_total"], 4)
        self.assertEqual(data["outcome"]["token"], "best_match")
        self.assertEqual(
            data["outcome"]["message"], "Django fits your answers best (score 8)."
        )
        self.assertEqual([p["id"] for p in data["outcome"]["leaders"]], ["django"])
        best = data["items"][0]
        self.assertEqual(best["rank"], 1)
        self.assertEqual(best["profile"]["id"], "django")
        self.assertEqual(best["profile"]["@id"], self.guide["django"].absolute_url())
        self.assertEqual(best["score"], sum(r["points"] for r in best["reasons"]))
        self.assertEqual(
            best["reasons"][0],
            {"message": "This guide recommends it for “CRUD app”.", "points": 4},
        )
        self.assertIn(
            {
                "message": "Ease of learning: High. A good start for a team new to "
                "web frameworks.",
                "points": 2,
            },
            best["reasons"],
        )
        self.assertEqual([r["rank"] for r in data["items"]], [1, 2, 3, 4])
        scores = [r["score"] for r in data["items"]]
        self.assertEqual(scores, sorted(scores, reverse=True))

    def test_questions_list_the_parameters_and_their_answers(self):
        questions = self.get()["questions"]
        self.assertEqual(
            [q["name"] for q in questions],
            ["use_case", "experience", "admin", "own_libraries", "permissions"],
        )
        self.assertEqual(questions[0]["title"], "What are you building?")
        self.assertEqual(
            [o["token"] for o in questions[0]["options"]],
            ["one-page", "crud", "unique", "cms"],
        )
        self.assertEqual(
            [o["token"] for o in questions[1]["options"]],
            ["new", "some", "experienced"],
        )
        self.assertEqual(
            questions[2]["options"],
            [{"token": "yes", "title": "Yes"}, {"token": "no", "title": "No"}],
        )

    def test_no_answer_no_recommendation(self):
        data = self.get()
        self.assertFalse(data["answered"])
        self.assertEqual(data["items"], [])
        self.assertEqual(data["items_total"], 0)
        self.assertIsNone(data["outcome"])

    def test_unusable_answers_become_notices(self):
        data = self.get("use_case=blog&admin=maybe&experience=new")
        self.assertEqual(
            data["notices"],
            [
                "“blog” is not a use case of this guide; it was ignored.",
                "“maybe” is not an answer to “admin”; it was ignored.",
            ],
        )
        self.assertIsNone(data["answers"]["use_case"])
        self.assertEqual(len(data["items"]), 4)

    def test_same_result_as_the_html_chooser(self):
        for query in ANSWER_SETS:
            with self.subTest(answers=query):
                data = self.get(query)
                page = self.anonymous.get(
                    f"guide/@@framework-chooser?{query}",
                    headers={"Accept": "text/html"},
                )
                self.assertEqual(page.status_code, 200)
                shown = shown_on_page(page.text)
                self.assertEqual(len(shown["items"]), 4)
                self.assertEqual(shown, shown_by_rest(data))


class TestChooserVisibility(ChooserTestCase):
    def test_only_published_profiles_are_ranked(self):
        create_users()
        with api.env.adopt_user(username="editor"):
            api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="You want one file.",
                use_cases={"crud"},
                batteries={"admin"},
            )
        transaction.commit()
        editor = api_session(self.portal.absolute_url(), "editor", self)
        for session in (self.anonymous, editor):
            ids = [
                r["profile"]["id"] for r in self.get("use_case=crud", session)["items"]
            ]
            self.assertNotIn("bottle", ids)
        publish(self.guide["bottle"])
        transaction.commit()
        ids = [r["profile"]["id"] for r in self.get("use_case=crud")["items"]]
        self.assertIn("bottle", ids)
