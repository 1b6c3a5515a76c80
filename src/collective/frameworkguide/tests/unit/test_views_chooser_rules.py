"""The chooser's pure functions: reading answers, ranking plain data."""

from collective.frameworkguide.chooser.questions import ChooserAnswers
from collective.frameworkguide.chooser.questions import parse_answers
from collective.frameworkguide.chooser.scoring import rank
from collective.frameworkguide.i18n import translate_message
from zope.i18nmessageid import Message

import unittest


USE_CASES = {"one-page": "One-page app", "crud": "CRUD app", "cms": "CMS"}


class TestParseAnswers(unittest.TestCase):
    """Pure functions: no site, no request."""

    def test_answers(self):
        answers, notices = parse_answers(
            {
                "use_case": "crud",
                "experience": "new",
                "admin": "yes",
                "own_libraries": "no",
                "permissions": "",
            },
            USE_CASES,
        )
        self.assertEqual(notices, [])
        self.assertEqual(
            answers,
            ChooserAnswers(
                use_case="crud",
                use_case_title="CRUD app",
                experience="new",
                needs_admin=True,
                own_libraries=False,
                needs_permissions=None,
            ),
        )
        self.assertTrue(answers.given)
        self.assertEqual(
            answers.as_query(),
            {
                "use_case": "crud",
                "experience": "new",
                "admin": "yes",
                "own_libraries": "no",
                "permissions": "",
            },
        )

    def test_nothing_answered(self):
        for form in ({}, {"use_case": "", "admin": ""}, None, "not a mapping"):
            answers, notices = parse_answers(form, USE_CASES)
            self.assertFalse(answers.given, form)
            self.assertEqual(notices, [], form)

    def test_bad_values_become_notices(self):
        answers, notices = parse_answers(
            {
                "use_case": "spaceship",
                "experience": "guru",
                "admin": "maybe",
                "own_libraries": ["yes", "no"],
                "permissions": {"x": 1},
            },
            USE_CASES,
        )
        self.assertEqual(
            answers, ChooserAnswers(own_libraries=True), "only readable answers kept"
        )
        self.assertEqual(
            [translate_message(n) for n in notices],
            [
                "“own_libraries” was given more than once; only the first value "
                "is used.",
                "The value of “permissions” could not be read and was ignored.",
                "“spaceship” is not a use case of this guide; it was ignored.",
                "“guru” is not an answer to “experience”; it was ignored.",
                "“maybe” is not an answer to “admin”; it was ignored.",
            ],
        )
        for notice in notices:
            self.assertIsInstance(notice, Message)
            self.assertEqual(notice.domain, "collective.frameworkguide")


class TestRank(unittest.TestCase):
    def test_rank_is_pure(self):
        profiles = [
            {"id": "a", "title": "A", "use_cases": ["crud"], "batteries": []},
            {"id": "b", "title": "B", "batteries": ["admin"], "learning_curve": None},
        ]
        answers = ChooserAnswers(use_case="crud", needs_admin=True)
        ranked = rank(profiles, answers)
        self.assertEqual(
            [(r.profile["id"], r.score) for r in ranked], [("a", 3), ("b", 2)]
        )
