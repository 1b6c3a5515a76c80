"""``@@framework-guide``: intro, quick pick, matrix, filters, empty guide, bundle."""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import archive
from collective.frameworkguide.tests.support.views import ViewTestCase
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.base.utils import get_installer


ALL = ["Django", "Flask", "Plone", "Pyramid"]
CSS = "++plone++collective.frameworkguide/frameworkguide.css"
BUNDLE = "plone.bundles/collective.frameworkguide"


class TestGuidePage(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def test_intro_quick_pick_and_links(self):
        self.open()
        intro = self.xpath_texts("//div[contains(@class,'framework-guide-intro')]")
        self.assertTrue(intro[0].startswith("Every framework below is excellent"))
        picks = self.xpath_texts(
            "//section[contains(@class,'framework-quick-pick')]//li"
        )
        self.assertEqual(
            picks,
            [
                "One-page app → choose Flask",
                "CRUD app → choose Django",
                "Unique application → choose Pyramid",
                "CMS / content-managed site → choose Plone",
            ],
        )
        chooser = self.doc.xpath("//a[contains(@href, '@@framework-chooser')]")
        self.assertTrue(chooser)
        self.assert_headings_in_order()

    def test_matrix(self):
        self.open()
        self.assertEqual(self.matrix_columns(), ALL)
        links = self.doc.xpath("//table[contains(@class,'framework-matrix')]//thead//a")
        self.assertEqual(links[0].get("href"), f"{self.guide_url}/django")
        rows = self.matrix_rows()
        # The guide's six criteria come last (see test_criteria_views).
        self.assertTrue(rows[-6].startswith("Async views"), rows)
        rows = rows[:-6]
        self.assertEqual(
            rows[:6],
            [
                "Kind",
                "Best for",
                "Ease of learning",
                "Documentation",
                "Flexibility",
                "Ecosystem",
            ],
        )
        self.assertEqual(
            rows[-4:], ["License", "First release", "Latest version", "Last release"]
        )
        self.assertIn("Admin interface", rows)
        self.assertEqual(
            self.matrix_cells("Kind"),
            [
                "Full-stack framework (batteries included)",
                "Micro-framework",
                "Content management system",
                "Slim, pluggable core",
            ],
        )
        # Ratings in words, never bare numbers.
        self.assertEqual(
            self.matrix_cells("Ease of learning"),
            ["High", "Very high", "Very low", "Low"],
        )
        # Batteries as ✓ / – with words for screen readers.
        self.assertEqual(
            self.matrix_cells("Admin interface"),
            ["✓built in", "–not built in", "✓built in", "–not built in"],
        )
        self.assertEqual(
            self.matrix_cells("First release"), ["2005", "2010", "2001", "2010"]
        )
        self.assertEqual(self.matrix_cells("Latest version")[0], "6.1.3")
        table = self.doc.xpath("//table[contains(@class,'framework-matrix')]")[0]
        self.assertTrue(table.xpath("./caption"))
        self.assertEqual(
            {th.get("scope") for th in table.xpath(".//th")}, {"col", "row"}
        )

    def test_filter_by_use_case(self):
        self.open("?use_case=crud")
        self.assertEqual(self.matrix_columns(), ["Django"])
        self.assertEqual(self.notices(), [])
        selected = self.doc.xpath("//select[@name='use_case']/option[@selected]")
        self.assertEqual([o.get("value") for o in selected], ["crud"])
        self.assertIn("Showing 1 of 4", self.xpath_texts("//p[@role='status']")[0])
        # The quick pick still lists every use case.
        self.assertEqual(
            len(self.doc.xpath("//section[contains(@class,'quick-pick')]//li")), 4
        )

    def test_filter_by_kind_and_both(self):
        self.open("?framework_kind=micro")
        self.assertEqual(self.matrix_columns(), ["Flask"])
        self.open("?framework_kind=cms&use_case=cms")
        self.assertEqual(self.matrix_columns(), ["Plone"])
        self.open("?framework_kind=micro&use_case=crud")
        self.assertEqual(self.matrix_columns(), [])
        self.assertIn(
            "No published profile matches these filters.",
            self.browser.contents,
        )
        self.assertTrue(self.doc.xpath("//a[text()='Show all']"))

    def test_filter_form_is_plain_get(self):
        self.open()
        form = self.doc.xpath("//form[contains(@class,'framework-filters')]")[0]
        self.assertEqual(form.get("method"), "get")
        self.assertEqual(form.get("action"), self.guide_url)
        self.browser.getControl(name="use_case").value = ["one-page"]
        self.browser.getControl("Filter").click()
        self.assertIn("use_case=one-page", self.browser.url)
        self.assertIn(">Flask</a>", self.browser.contents)

    def test_compare_form(self):
        self.open()
        form = self.doc.xpath("//form[contains(@class,'framework-compare-form')]")[0]
        self.assertEqual(form.get("action"), f"{self.guide_url}/@@framework-compare")
        self.assertEqual(form.get("method"), "get")
        self.assertEqual(
            form.xpath(".//input[@name='profiles']/@value"),
            ["django", "flask", "plone", "pyramid"],
        )
        self.browser.getControl(name="profiles").value = ["flask", "pyramid"]
        self.browser.getControl("Compare", index=0).click()
        self.assertIn("profiles=flask&profiles=pyramid", self.browser.url)

    def test_unpublished_and_archived_left_out(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        api.content.transition(obj=self.guide["flask"], transition="retract")
        archive(self.guide["plone"])
        self.commit()
        self.open()
        self.assertEqual(self.matrix_columns(), ["Django", "Pyramid"])
        self.assertNotIn(">Flask</a>", self.browser.contents)
        self.assertNotIn(">Plone</a>", self.browser.contents)
        self.open("?use_case=cms")
        self.assertEqual(self.matrix_columns(), [])

    def test_no_inline_styles(self):
        for path in ("", "/django", "/@@framework-chooser?use_case=crud"):
            self.open(path)
            ours = self.doc.xpath(
                "//*[@id='content']//*[starts-with(@class,'framework-')]"
            )
            self.assertTrue(ours, path)
            self.assertEqual(ours[0].xpath(".//*[@style]"), [], path)


class TestBadQueryStrings(ViewTestCase):
    """Whatever the query string, a page with a notice: status 200, never 500."""

    layer = DEMO_FUNCTIONAL_TESTING

    def test_unknown_values(self):
        self.open("?use_case=nope&framework_kind=%3Cscript%3E")
        self.assertEqual(self.matrix_columns(), ALL)
        self.assertEqual(
            self.notices(),
            [
                "“nope” is not a filter of this guide; it was ignored.",
                "“<script>” is not a filter of this guide; it was ignored.",
            ],
        )
        self.assertNotIn("<script>", self.browser.contents)

    def test_repeated_parameter(self):
        self.open("?use_case=crud&use_case=cms")
        self.assertEqual(self.matrix_columns(), ["Django"])
        self.assertEqual(
            self.notices(),
            ["“use_case” was given more than once; only the first value is used."],
        )

    def test_repeated_same_value_is_fine(self):
        self.open("?use_case=crud&use_case=crud")
        self.assertEqual(self.notices(), [])

    def test_malformed_parameters(self):
        for query in (
            "use_case.x:record=1",
            "use_case:list=crud&use_case:list=cms",
            "use_case:tokens=crud%20cms",
            "use_case:boolean=x",
            "use_case=%ff%fe",
            "framework_kind=" + "x" * 2000,
        ):
            self.open(f"?{query}")
            self.assertTrue(self.notices(), query)
            self.assertTrue(self.matrix_columns(), query)

    def test_empty_values_mean_no_filter(self):
        self.open("?use_case=&framework_kind=")
        self.assertEqual(self.notices(), [])
        self.assertEqual(self.matrix_columns(), ALL)


class TestEmptyGuide(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        super().setUp()
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        empty = api.content.create(
            container=self.portal, type="FrameworkGuide", id="empty", title="Empty"
        )
        api.content.transition(obj=empty, to_state="published")
        self.commit()
        self.guide_url = empty.absolute_url()

    def test_visitor(self):
        self.open()
        self.assertIn(
            "Nothing has been published in this guide yet.",
            self.xpath_texts("//*[contains(@class,'framework-empty')]")[0],
        )
        self.assertEqual(self.doc.xpath("//table"), [])
        self.assertNotIn("++add++FrameworkProfile", self.browser.contents)

    def test_editor(self):
        browser = self.new_browser(login=True)
        self.open(browser=browser)
        empty = self.xpath_texts("//*[contains(@class,'framework-empty')]")[0]
        self.assertIn("This guide has no published profiles yet.", empty)
        add = self.doc.xpath(
            "//*[contains(@class,'framework-empty')]//a[contains(@href, '++add++')]"
        )
        self.assertEqual(add[0].text_content().strip(), "Add a Framework Profile")

    def test_compare_and_chooser(self):
        for view in ("@@framework-compare?profiles=flask", "@@framework-chooser"):
            self.open(f"/{view}")
            self.assertTrue(
                self.xpath_texts("//*[contains(@class,'framework-empty')]"), view
            )


class TestResourceBundle(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def stylesheets(self) -> list[str]:
        return self.doc.xpath("//link[@rel='stylesheet']/@href")

    def test_css_linked_on_guide_pages_only(self):
        registry = api.portal.get_tool("portal_registry")
        self.assertTrue(registry[f"{BUNDLE}.enabled"])
        self.assertEqual(registry[f"{BUNDLE}.csscompilation"], CSS)
        for path in ("", "/django", "/@@framework-chooser", "/@@framework-compare"):
            self.open(path)
            ours = [href for href in self.stylesheets() if href.endswith(CSS)]
            self.assertEqual(len(ours), 1, path)
        self.browser.open(ours[0])
        self.assertEqual(self.browser.headers["status"], "200 OK")
        self.assertIn("text/css", self.browser.headers["content-type"])
        self.assertIn(".framework-matrix", self.browser.contents)
        self.browser.open(self.portal.absolute_url())
        self.assertNotIn(CSS, self.browser.contents)

    def test_uninstall_removes_bundle(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        get_installer(self.portal).uninstall_product("collective.frameworkguide")
        registry = api.portal.get_tool("portal_registry")
        self.assertEqual(
            [name for name in registry.records if name.startswith(BUNDLE)], []
        )
