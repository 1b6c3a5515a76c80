"""``@@framework-compare``: chosen profiles side by side, whatever the query."""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import archive
from collective.frameworkguide.tests.support.views import ViewTestCase
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID


COMPARE = "/@@framework-compare"
CHOOSE_TWO = "Choose at least two frameworks to compare them."


class TestCompare(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def choose_more(self) -> list[str]:
        return self.xpath_texts("//*[contains(@class,'framework-choose-more')]")

    def differing_rows(self) -> list[str]:
        return self.xpath_texts("//tr[contains(@class,'framework-differs')]/th")

    def test_two_profiles_in_the_requested_order(self):
        self.open(f"{COMPARE}?profiles=flask&profiles=django")
        self.assertEqual(self.matrix_columns(), ["Flask", "Django"])
        self.assertEqual(self.notices() + self.choose_more(), [])
        self.assertEqual(
            self.matrix_rows()[:4],
            ["Summary", "Choose it when…", "Avoid it when…", "Kind differs"],
        )
        self.assertIn(
            "A micro-framework in which a whole web app",
            self.matrix_cells("Summary")[0],
        )
        self.assertIn(
            "You are learning web development", self.matrix_cells("Choose")[0]
        )
        self.assertIn("SQLAlchemy", self.matrix_cells("Avoid")[1])
        self.assert_headings_in_order()

    def test_differences_highlighted(self):
        self.open(f"{COMPARE}?profiles=flask&profiles=pyramid")
        differing = self.differing_rows()
        self.assertIn("Kind differs", differing)
        self.assertIn("Ease of learning differs", differing)
        self.assertIn("License differs", differing)
        # Same values: not highlighted.
        self.assertNotIn("Flexibility differs", differing)
        self.assertNotIn("Documentation differs", differing)
        self.assertNotIn("First release differs", differing)
        self.assertEqual(self.matrix_cells("Flexibility"), ["Very high", "Very high"])
        # Flask and Django share their licence.
        self.open(f"{COMPARE}?profiles=flask&profiles=django")
        self.assertNotIn("License differs", self.differing_rows())
        self.assertIn("License", self.matrix_rows())

    def test_all_four(self):
        ids = ["plone", "pyramid", "django", "flask"]
        self.open(COMPARE + "?" + "&".join(f"profiles={i}" for i in ids))
        self.assertEqual(self.matrix_columns(), ["Plone", "Pyramid", "Django", "Flask"])
        checked = self.doc.xpath("//input[@name='profiles'][@checked]/@value")
        self.assertEqual(sorted(checked), sorted(ids))

    def test_unknown_ids_are_left_out_with_a_notice(self):
        self.open(f"{COMPARE}?profiles=flask&profiles=nope&profiles=django")
        self.assertEqual(self.matrix_columns(), ["Flask", "Django"])
        self.assertEqual(
            self.notices(), ["Not published in this guide, so left out: nope."]
        )

    def test_unpublished_and_archived_ids_are_left_out(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        api.content.transition(obj=self.guide["pyramid"], transition="retract")
        archive(self.guide["plone"])
        self.commit()
        self.open(f"{COMPARE}?profiles=pyramid&profiles=plone&profiles=flask")
        self.assertEqual(self.matrix_columns(), ["Flask"])
        self.assertEqual(
            self.notices(),
            ["Not published in this guide, so left out: pyramid, plone."],
        )
        self.assertEqual(self.choose_more(), [CHOOSE_TWO])
        # The picker offers published profiles only.
        self.assertEqual(
            self.doc.xpath("//input[@name='profiles']/@value"), ["django", "flask"]
        )

    def test_nothing_chosen(self):
        self.open(COMPARE)
        self.assertEqual(self.notices(), [])
        self.assertEqual(self.choose_more(), [CHOOSE_TWO])
        self.assertEqual(self.doc.xpath("//table"), [])
        self.assertEqual(len(self.doc.xpath("//input[@name='profiles']")), 4)

    def test_one_chosen(self):
        self.open(f"{COMPARE}?profiles=django")
        self.assertEqual(self.matrix_columns(), ["Django"])
        self.assertEqual(self.notices(), [])
        self.assertEqual(self.choose_more(), [CHOOSE_TWO])
        self.assertEqual(self.differing_rows(), [])

    def test_repeated_ids_count_once(self):
        self.open(f"{COMPARE}?profiles=flask&profiles=flask&profiles=django")
        self.assertEqual(self.matrix_columns(), ["Flask", "Django"])
        self.assertEqual(self.notices(), [])

    def test_malformed_parameters(self):
        both = ["Flask", "Django"]
        for query, columns, notice in (
            ("profiles.x:record=flask", [], "could not be read"),
            ("profiles:list=flask&profiles:list=django", both, ""),
            ("profiles:tokens=flask%20django", both, ""),
            ("profiles=%ff%fe&profiles=flask", ["Flask"], "left out"),
            ("profiles=" + "x" * 3000, [], "left out: " + "x" * 40 + "…"),
            ("profiles=&profiles=", [], CHOOSE_TWO),
            ("other=1", [], CHOOSE_TWO),
        ):
            self.open(f"{COMPARE}?{query}")
            self.assertEqual(self.matrix_columns(), columns, query)
            if notice:
                shown = " ".join(self.notices() + self.choose_more())
                self.assertIn(notice, shown, query)

    def test_long_values_are_shortened(self):
        self.open(f"{COMPARE}?profiles={'x' * 3000}")
        self.assertNotIn("x" * 41, self.browser.contents)

    def test_form_goes_to_compare(self):
        self.open(f"{COMPARE}?profiles=flask")
        self.browser.getControl(name="profiles").value = ["flask", "plone"]
        self.browser.getControl("Compare", index=0).click()
        self.assertIn(
            "@@framework-compare?profiles=flask&profiles=plone", self.browser.url
        )
        self.assertIn(">Plone</a>", self.browser.contents)

    def test_many_unknown_ids(self):
        query = "&".join(f"profiles=p{number}" for number in range(500))
        self.open(f"{COMPARE}?{query}&profiles=flask&profiles=plone")
        self.assertEqual(self.matrix_columns(), ["Flask", "Plone"])
        self.assertEqual(
            self.notices(),
            [
                "Not published in this guide, so left out: "
                "p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, …."
            ],
        )
