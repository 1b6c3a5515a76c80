"""The chooser: answers from the URL, ranking and reasons from profile data."""

from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.testing import DEMO_INTEGRATION_TESTING
from collective.frameworkguide.tests.views_support import archive
from collective.frameworkguide.tests.views_support import ViewTestCase
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import lxml.html
import unittest


USE_CASES = {"one-page": "One-page app", "crud": "CRUD app", "cms": "CMS"}
CHOOSER = "/@@framework-chooser"


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
        comparison = GuideComparison(self.guide)
        answers, notices, ranked = comparison.recommend(form)
        self.assertEqual(notices, [])
        return ranked

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
