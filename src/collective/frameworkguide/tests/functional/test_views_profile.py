"""``@@framework-profile``: the full profile, the archived notice, editors' info."""

from collective.frameworkguide.setuphandlers.demo_content import PROFILES
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import archive
from collective.frameworkguide.tests.support.views import normalized
from collective.frameworkguide.tests.support.views import ViewTestCase
from datetime import date
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID


PLONE = next(data for data in PROFILES if data["id"] == "plone")
ARCHIVED = "This profile is archived."
REJECT_COMMENT = "Please cite a source for the latest version."


class TestProfilePage(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def section(self, css_class: str) -> str:
        found = self.xpath_texts(f"//*[contains(@class,'{css_class}')]")
        self.assertEqual(len(found), 1, css_class)
        return found[0]

    def test_advice(self):
        self.open("/plone")
        self.assertEqual(self.xpath_texts("//h1")[0], "Plone")
        self.assertEqual(
            self.xpath_texts("//*[@id='content']//p[contains(@class,'lead')]")[0],
            PLONE["description"],
        )
        self.assertIn(normalized(PLONE["choose_when"]), self.section("choose-when"))
        self.assertIn(normalized(PLONE["avoid_when"]), self.section("avoid-when"))
        # Strengths and weaknesses side by side: two halves of one row.
        halves = self.doc.xpath(
            "//div[contains(@class,'row')][section[contains(@class,"
            "'framework-strengths')]]/section"
        )
        self.assertEqual(
            [h.get("class").split()[0] for h in halves], ["col-md-6", "col-md-6"]
        )
        self.assertEqual(
            self.xpath_texts("//section[contains(@class,'strengths')]//li"),
            PLONE["strengths"],
        )
        self.assertEqual(
            self.xpath_texts("//section[contains(@class,'weaknesses')]//li"),
            PLONE["weaknesses"],
        )
        self.assert_headings_in_order()

    def test_ratings_in_words_and_bars(self):
        self.open("/plone")
        terms = self.xpath_texts("//dl[contains(@class,'framework-ratings')]//dt")
        self.assertEqual(
            terms, ["Ease of learning", "Documentation", "Flexibility", "Ecosystem"]
        )
        words = self.xpath_texts("//*[contains(@class,'framework-rating-label')]")
        self.assertEqual(words, ["Very low", "Low", "Medium", "High"])
        bars = self.doc.xpath("//span[contains(@class,'framework-rating-bar')]")
        self.assertEqual([b.get("aria-hidden") for b in bars], ["true"] * 4)
        self.assertEqual(
            [b.xpath("./span/@class")[0] for b in bars],
            [
                "framework-rating-1",
                "framework-rating-2",
                "framework-rating-3",
                "framework-rating-4",
            ],
        )
        # Numbers only for screen readers, next to the word.
        hidden = self.xpath_texts(
            "//dl[contains(@class,'framework-ratings')]//*[@class='visually-hidden']"
        )
        self.assertEqual(hidden[0], "(1 of 5)")

    def test_unrated(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide["flask"].ecosystem = None
        self.commit()
        self.open("/flask")
        words = self.xpath_texts("//*[contains(@class,'framework-rating-label')]")
        self.assertEqual(words[-1], "not rated")

    def test_batteries_facts_links_examples_text(self):
        self.open("/pyramid")
        built_in = self.xpath_texts("//ul[contains(@class,'batteries-built-in')]/li")
        self.assertEqual(
            built_in,
            ["✓ Users and authentication", "✓ Permissions", "✓ Translations (i18n)"],
        )
        missing = self.xpath_texts("//ul[contains(@class,'batteries-missing')]/li")
        self.assertIn("– ORM / database layer", missing)
        facts = self.section("framework-facts")
        for text in ("License", "BSD-derived (Repoze)", "2.1", "2010"):
            self.assertIn(text, facts)
        links = self.doc.xpath("//ul[contains(@class,'framework-links')]//a")
        self.assertEqual(
            [(a.text_content(), a.get("rel")) for a in links],
            [
                ("Website", "noopener"),
                ("Source repository", "noopener"),
                ("Documentation", "noopener"),
            ],
        )
        self.assertEqual(links[0].get("href"), "https://trypyramid.com/")
        examples = self.xpath_texts("//section[h2[@id='examples-heading']]//li")
        self.assertEqual(len(examples), 1)
        self.assertIn("Pyramid starts small", self.section("framework-profile-text"))

    def test_last_reviewed(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide["django"].last_reviewed = date(2026, 3, 14)
        self.commit()
        self.open("/django")
        time = self.doc.xpath("//time[contains(@class,'framework-last-reviewed')]")[0]
        self.assertEqual(time.get("datetime"), "2026-03-14")
        self.assertIn("2026", time.text_content())
        self.guide["flask"].last_reviewed = None
        self.commit()
        self.open("/flask")
        self.assertEqual(self.doc.xpath("//time"), [])

    def test_compare_links(self):
        self.open("/flask")
        links = self.doc.xpath("//nav[contains(@class,'framework-compare-links')]//a")
        self.assertEqual(
            [normalized(a.text_content()) for a in links],
            ["Compare with Django", "Compare with Plone", "Compare with Pyramid"],
        )
        self.assertEqual(
            links[0].get("href"),
            f"{self.guide_url}/@@framework-compare?profiles=flask&profiles=django",
        )

    def test_visitors_see_no_workflow_information(self):
        self.open("/flask")
        self.assertEqual(
            self.doc.xpath("//*[contains(@class,'framework-editor-info')]"), []
        )
        self.assertNotIn(ARCHIVED, self.browser.contents)


class TestArchivedProfile(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        super().setUp()
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        archive(self.guide["pyramid"])
        self.commit()

    def test_notice_for_visitors(self):
        self.open("/pyramid")
        notice = self.xpath_texts("//*[contains(@class,'framework-archived')]")
        self.assertEqual(len(notice), 1)
        self.assertIn(ARCHIVED, notice[0])
        self.assertIn("left out of the guide's comparison", notice[0])
        # Still the whole profile, but no invitation to compare it.
        self.assertIn("Pyramid starts small", self.browser.contents)
        self.assertEqual(self.doc.xpath("//nav[contains(@class,'compare-links')]"), [])
        # The other profiles no longer offer a comparison with it.
        self.open("/flask")
        self.assertNotIn("Compare with Pyramid", self.browser.contents)

    def test_editors_see_the_state(self):
        browser = self.new_browser(login=True)
        self.open("/pyramid", browser=browser)
        info = self.xpath_texts("//*[contains(@class,'framework-editor-info')]")
        self.assertTrue(info[0].startswith("Workflow state: "), info)
        self.assertIn("archived", info[0].lower())


class TestEditorInformation(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        super().setUp()
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        profile = self.guide["flask"]
        api.content.transition(obj=profile, transition="retract")
        api.content.transition(obj=profile, transition="submit")
        api.content.transition(obj=profile, transition="reject", comment=REJECT_COMMENT)
        self.state = api.content.get_state(profile)
        self.commit()

    def editor_info(self) -> str:
        browser = self.new_browser(login=True)
        self.open("/flask", browser=browser)
        info = self.xpath_texts("//*[contains(@class,'framework-editor-info')]")
        self.assertEqual(len(info), 1)
        return info[0]

    def test_state_and_reject_comment(self):
        info = self.editor_info()
        title = api.portal.get_tool("portal_workflow").getTitleForStateOnType(
            self.state, "FrameworkProfile"
        )
        self.assertIn(f"Workflow state: {title}", info)
        self.assertIn("The reviewer sent it back with this comment:", info)
        self.assertIn(REJECT_COMMENT, info)

    def test_comment_gone_once_resubmitted(self):
        api.content.transition(obj=self.guide["flask"], transition="submit")
        self.commit()
        info = self.editor_info()
        self.assertNotIn(REJECT_COMMENT, info)

    def test_editors_see_a_pending_profile_they_may_not_change(self):
        api.user.create(
            email="e@example.org", username="edith", password="edith-secret-pw"
        )
        api.user.grant_roles(
            username="edith", obj=self.guide, roles=["Contributor", "Editor", "Reader"]
        )
        api.content.transition(obj=self.guide["flask"], transition="submit")
        self.commit()
        browser = self.new_browser()
        browser.addHeader("Authorization", "Basic edith:edith-secret-pw")
        self.open("/flask", browser=browser)
        info = self.xpath_texts("//*[contains(@class,'framework-editor-info')]")
        state = api.content.get_state(self.guide["flask"])
        title = api.portal.get_tool("portal_workflow").getTitleForStateOnType(
            state, "FrameworkProfile"
        )
        self.assertEqual(info, [f"Workflow state: {title}"])

    def test_visitors_never_see_it(self):
        # A visitor may not even open the rejected draft.
        self.browser.open(f"{self.guide_url}/flask")
        self.assertNotIn(REJECT_COMMENT, self.browser.contents)
