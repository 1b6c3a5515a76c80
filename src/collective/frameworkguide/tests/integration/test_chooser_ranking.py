"""The chooser's ranking on the demo guide: use cases, experience, ties."""

from collective.frameworkguide.chooser.recommend import recommend
from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.testing import DEMO_INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import archive
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import unittest


def ids(recommendations) -> list[str]:
    return [r.profile["id"] for r in recommendations]


def reasons(recommendation) -> list[tuple[str, int]]:
    """Each reason of the chooser's rules as (English text, points); the
    verdicts on decisive criteria are tested in test_criteria_views."""
    return [
        (translate_message(r.message), r.points)
        for r in recommendation.reasons
        if not r.criterion
    ]


class TestRanking(unittest.TestCase):
    """Ranking the demo guide's published profiles (catalog data only)."""

    layer = DEMO_INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]

    def recommend(self, **form):
        result = recommend(GuideComparison(self.guide), form)
        self.assertEqual(result.notices, [])
        return result.recommendations

    def test_crud_app_for_beginners_with_admin(self):
        ranked = self.recommend(use_case="crud", experience="new", admin="yes")
        self.assertEqual(ids(ranked), ["django", "flask", "plone", "pyramid"])
        self.assertEqual([r.score for r in ranked], [8, 1, 0, -3])
        django = ranked[0]
        self.assertEqual((django.rank, django.score), (1, 8))
        self.assertEqual(
            reasons(django),
            [
                ("This guide recommends it for “CRUD app”.", 4),
                (
                    "Ease of learning: High. A good start for a team new to web "
                    "frameworks.",
                    2,
                ),
                ("An admin interface is built in.", 2),
            ],
        )
        self.assertEqual(
            reasons(ranked[-1]),
            [
                (
                    "Ease of learning: Low. Hard going for a team new to web "
                    "frameworks.",
                    -2,
                ),
                ("No admin interface built in: you would build or add one.", -1),
            ],
        )
        self.assertEqual(ranked[-1].score, -3)
        self.assertEqual(len(ranked[-1].cons), 2)

    def test_one_page_app(self):
        ranked = self.recommend(use_case="one-page", experience="new")
        self.assertEqual(ids(ranked)[0], "flask")
        self.assertEqual(ranked[0].score, 6)

    def test_unique_app_for_experienced_team(self):
        ranked = self.recommend(
            use_case="unique",
            experience="experienced",
            own_libraries="yes",
            permissions="yes",
        )
        self.assertEqual(ids(ranked), ["pyramid", "plone", "flask", "django"])
        self.assertEqual(
            reasons(ranked[0]),
            [
                ("This guide recommends it for “Unique application”.", 4),
                ("Flexibility: Very high. Mix in the libraries you prefer.", 2),
                ("Fine-grained permissions are built in.", 2),
            ],
        )
        self.assertIn(
            ("Flexibility: Low. Its built-in parts are hard to swap.", -2),
            reasons(ranked[-1]),
        )

    def test_cms_with_permissions_and_ready_made_parts(self):
        ranked = self.recommend(use_case="cms", permissions="yes", own_libraries="no")
        self.assertEqual(ids(ranked)[0], "plone")
        self.assertEqual(
            [text for text, _points in reasons(ranked[0])],
            [
                "This guide recommends it for “CMS / content-managed site”.",
                "A database layer (ORM) is built in.",
                "Fine-grained permissions are built in.",
                "Content workflows are built in.",
            ],
        )

    def test_some_experience_and_a_very_steep_curve(self):
        ranked = self.recommend(experience="some")
        plone = next(r for r in ranked if r.profile["id"] == "plone")
        self.assertEqual(
            reasons(plone),
            [("Ease of learning: Very low. Expect a long learning period.", -1)],
        )

    def test_ties_go_to_ecosystem_then_documentation(self):
        # "admin: no" adds no points: all tie at 0.
        ranked = self.recommend(admin="no")
        self.assertEqual({r.score for r in ranked}, {0})
        # Ecosystem: Django 5; Flask and Plone 4 (documentation 4 vs 2); Pyramid 3.
        self.assertEqual(ids(ranked), ["django", "flask", "plone", "pyramid"])

    def test_no_answers_no_ranking(self):
        self.assertEqual(self.recommend(), [])

    def test_editors_change_the_outcome_by_editing_profiles(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        before = self.recommend(use_case="crud", admin="yes")
        self.assertEqual(ids(before)[0], "django")
        # An editor says Plone is (also) for CRUD apps and Django is not.
        plone, django = self.guide["plone"], self.guide["django"]
        plone.use_cases = {"cms", "crud"}
        plone.reindexObject()
        django.use_cases = {"unique"}
        django.reindexObject()
        after = self.recommend(use_case="crud", admin="yes")
        self.assertEqual(ids(after)[0], "plone")

    def test_only_published_profiles(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        archive(self.guide["django"])
        ranked = self.recommend(use_case="crud")
        self.assertNotIn("django", ids(ranked))
        self.assertEqual(len(ranked), 3)
