"""What a ranking says (``chooser.outcome``), on plain data: no site needed."""

from collective.frameworkguide.chooser.outcome import outcome_of
from collective.frameworkguide.chooser.questions import ChooserAnswers
from collective.frameworkguide.chooser.scoring import rank
from collective.frameworkguide.i18n import translate_message

import unittest


def profile(title, **values):
    return {"id": title.lower(), "title": title, **values}


class TestOutcome(unittest.TestCase):
    def outcome(self, profiles, **answers):
        found = outcome_of(
            rank(profiles, ChooserAnswers(**answers)), ChooserAnswers(**answers)
        )
        return (
            found.token,
            [r.profile["id"] for r in found.leaders],
            translate_message(found.message),
        )

    def test_no_ranking_no_outcome(self):
        self.assertIsNone(outcome_of([], ChooserAnswers()))

    def test_one_framework_alone_on_top_is_the_best_match(self):
        token, leaders, message = self.outcome(
            [profile("Django", batteries=["admin"]), profile("Flask")], needs_admin=True
        )
        self.assertEqual((token, leaders), ("best_match", ["django"]))
        self.assertEqual(message, "Django fits your answers best (score 2).")

    def test_equal_top_scores_are_a_tie_and_share_the_rank(self):
        profiles = [
            profile("Django", batteries=["admin"], ecosystem=5),
            profile("Plone", batteries=["admin"], ecosystem=4),
            profile("Flask"),
        ]
        ranked = rank(profiles, ChooserAnswers(needs_admin=True))
        self.assertEqual([r.rank for r in ranked], [1, 1, 3])
        token, leaders, message = self.outcome(profiles, needs_admin=True)
        self.assertEqual((token, leaders), ("tie", ["django", "plone"]))
        self.assertEqual(
            message,
            "Django and Plone share first place (score 2): nothing in your "
            "answers puts one ahead, so there is no best match.",
        )

    def test_a_large_tie_is_counted(self):
        profiles = [profile(f"F{number}", batteries=["admin"]) for number in range(6)]
        _token, leaders, message = self.outcome(profiles, needs_admin=True)
        self.assertEqual(len(leaders), 6)
        self.assertTrue(message.startswith("6 frameworks share first place"), message)

    def test_nothing_above_zero_is_no_match(self):
        # A use case nobody is recommended for.
        token, leaders, message = self.outcome(
            [profile("Django", use_cases=["crud"]), profile("Flask")],
            use_case="api",
            use_case_title="Web API",
        )
        self.assertEqual((token, leaders), ("no_match", []))
        self.assertIn("recommends no framework for “Web API”", message)
        # Reasons, but none lifts a score above zero.
        token, _leaders, message = self.outcome(
            [profile("Django", learning_curve=1), profile("Flask", learning_curve=3)],
            experience="some",
        )
        self.assertEqual(token, "no_match")
        self.assertTrue(message.startswith("No framework in this guide"), message)
        # No answer applies to any framework.
        token, _leaders, message = self.outcome(
            [profile("Django"), profile("Flask")], needs_admin=False
        )
        self.assertEqual(token, "no_match")
        self.assertTrue(message.startswith("None of your answers"), message)
