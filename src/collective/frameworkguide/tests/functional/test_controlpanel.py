"""The ``@@framework-guide-settings`` control panel, through a real browser."""

from collective.frameworkguide.settings import DEFAULT_BATTERIES
from collective.frameworkguide.settings import DEFAULT_FRAMEWORK_KINDS
from collective.frameworkguide.settings import DEFAULT_USE_CASES
from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.messages import MSG_TERM_LINE
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.testing.zope import Browser
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import lxml.html
import transaction
import unittest


PASSWORD = "a-long-enough-password"
RECORD = "collective.frameworkguide.use_cases"


def use_case_terms():
    portal = api.portal.get()
    factory = getUtility(IVocabularyFactory, "collective.frameworkguide.UseCases")
    return [(term.token, term.title) for term in factory(portal)]


class TestControlPanel(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.app = self.layer["app"]
        self.portal = self.layer["portal"]
        self.url = f"{self.portal.absolute_url()}/@@framework-guide-settings"
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = api.content.create(
            self.portal, "FrameworkGuide", id="guide", title="Guide"
        )
        for username, roles in (
            ("siteadmin", ["Site Administrator"]),
            ("editor", ["Editor"]),
            ("member", ["Member"]),
        ):
            api.user.create(
                email=f"{username}@example.org",
                username=username,
                password=PASSWORD,
                roles=roles,
            )
        # Editors of the guide itself get no access to site settings either.
        api.user.grant_roles(
            username="member", obj=self.guide, roles=["Editor", "Contributor"]
        )
        setRoles(self.portal, TEST_USER_ID, ["Member"])
        transaction.commit()

    def browser_for(self, username=None):
        browser = Browser(self.app)
        browser.handleErrors = False
        if username:
            password = SITE_OWNER_PASSWORD if username == SITE_OWNER_NAME else PASSWORD
            browser.addHeader("Authorization", f"Basic {username}:{password}")
        return browser

    def textarea(self, browser, name):
        return browser.getControl(name=f"form.widgets.{name}")

    def errors(self, browser):
        doc = lxml.html.fromstring(browser.contents)
        found = {}
        for div in doc.xpath("//div[@data-fieldname]"):
            messages = [
                " ".join(e.text_content().split())
                for e in div.xpath(".//div[contains(@class, 'invalid-feedback')]")
            ]
            if messages:
                found[div.get("data-fieldname").removeprefix("form.widgets.")] = (
                    messages
                )
        return found

    def test_site_administrator_sees_current_values(self):
        browser = self.browser_for("siteadmin")
        browser.open(self.url)
        self.assertIn("Framework Guide settings", browser.contents)
        for name, default in (
            ("framework_kinds", DEFAULT_FRAMEWORK_KINDS),
            ("use_cases", DEFAULT_USE_CASES),
            ("batteries", DEFAULT_BATTERIES),
        ):
            value = self.textarea(browser, name).value.replace("\r\n", "\n")
            self.assertEqual(value.split("\n"), default, name)

    def test_listed_in_site_setup(self):
        browser = self.browser_for("siteadmin")
        browser.open(f"{self.portal.absolute_url()}/@@overview-controlpanel")
        link = browser.getLink("Framework Guide")
        self.assertEqual(link.url, self.url)

    def test_site_administrator_renames_use_case(self):
        browser = self.browser_for("siteadmin")
        browser.open(self.url)
        lines = list(DEFAULT_USE_CASES)
        lines[1] = "crud|Database application (CRUD)"
        self.textarea(browser, "use_cases").value = "\n".join(lines)
        browser.getControl(name="form.buttons.save").click()
        self.assertEqual(self.errors(browser), {})
        self.assertIn("Changes saved", browser.contents)
        transaction.begin()
        self.assertEqual(api.portal.get_registry_record(RECORD), lines)
        self.assertEqual(use_case_terms()[1], ("crud", "Database application (CRUD)"))
        # Visitors see the new title on the guide page (quick pick, filters).
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        django = api.content.create(
            self.guide,
            "FrameworkProfile",
            title="Django",
            choose_when="CRUD.",
            use_cases={"crud"},
        )
        for obj in (self.guide, django):
            api.content.transition(obj=obj, to_state="published")
        transaction.commit()
        visitor = self.browser_for()
        visitor.open(self.guide.absolute_url())
        doc = lxml.html.fromstring(visitor.contents)
        self.assertEqual(
            [
                span.text_content()
                for span in doc.xpath(
                    "//section[contains(@class, 'quick-pick')]//li/span[1]"
                )
            ],
            ["Database application (CRUD)"],
        )
        self.assertNotIn(">CRUD app<", visitor.contents)

    def test_manager_can_save_too(self):
        browser = self.browser_for(SITE_OWNER_NAME)
        browser.open(self.url)
        self.textarea(browser, "framework_kinds").value = "micro|Micro\ncms|CMS"
        browser.getControl(name="form.buttons.save").click()
        self.assertEqual(self.errors(browser), {})
        transaction.begin()
        self.assertEqual(
            api.portal.get_registry_record("collective.frameworkguide.framework_kinds"),
            ["micro|Micro", "cms|CMS"],
        )

    def test_invalid_line_saves_nothing(self):
        browser = self.browser_for("siteadmin")
        browser.open(self.url)
        self.textarea(browser, "framework_kinds").value = "micro|Tiny"
        typed = "crud|CRUD app\nBad Token|Oops"
        self.textarea(browser, "use_cases").value = typed
        browser.getControl(name="form.buttons.save").click()
        self.assertEqual(self.errors(browser), {"use_cases": [MSG_TERM_LINE]})
        self.assertNotIn("Changes saved", browser.contents)
        # The typed lines are kept for correction...
        self.assertEqual(
            self.textarea(browser, "use_cases").value.replace("\r\n", "\n"), typed
        )
        # ...and nothing was saved, not even the valid field.
        transaction.begin()
        self.assertEqual(api.portal.get_registry_record(RECORD), DEFAULT_USE_CASES)
        self.assertEqual(
            api.portal.get_registry_record("collective.frameworkguide.framework_kinds"),
            DEFAULT_FRAMEWORK_KINDS,
        )
        self.assertEqual(use_case_terms()[1], ("crud", "CRUD app"))

    def test_repeated_token_refused(self):
        browser = self.browser_for("siteadmin")
        browser.open(self.url)
        self.textarea(browser, "batteries").value = "orm|ORM\norm|Database layer"
        browser.getControl(name="form.buttons.save").click()
        self.assertEqual(self.errors(browser), {"batteries": [MSG_TERM_LINE]})
        transaction.begin()
        self.assertEqual(
            api.portal.get_registry_record("collective.frameworkguide.batteries"),
            DEFAULT_BATTERIES,
        )

    def test_empty_list_refused(self):
        browser = self.browser_for("siteadmin")
        browser.open(self.url)
        self.textarea(browser, "use_cases").value = ""
        browser.getControl(name="form.buttons.save").click()
        self.assertEqual(
            self.errors(browser), {"use_cases": ["Required input is missing."]}
        )
        transaction.begin()
        self.assertEqual(api.portal.get_registry_record(RECORD), DEFAULT_USE_CASES)

    def open_refused(self, browser, post=False):
        browser.handleErrors = True
        browser.raiseHttpErrors = False
        if post:
            browser.post(
                self.url,
                "form.widgets.use_cases=hacked%7CHacked&form.buttons.save=Save",
            )
        else:
            browser.open(self.url)
        self.assertNotIn("form.widgets.use_cases", browser.contents)
        self.assertNotIn("Framework Guide settings", browser.contents)

    def assert_insufficient_privileges(self, browser):
        # Plone turns Unauthorized for a logged-in user into this page.
        self.assertEqual(browser.url, "http://nohost/plone/insufficient-privileges")
        self.assertIn("Insufficient Privileges", browser.contents)

    def test_editor_refused(self):
        browser = self.browser_for("editor")
        self.open_refused(browser)
        self.assert_insufficient_privileges(browser)

    def test_member_with_local_roles_refused(self):
        browser = self.browser_for("member")
        self.open_refused(browser)
        self.assert_insufficient_privileges(browser)

    def test_anonymous_sent_to_login(self):
        browser = self.browser_for()
        self.open_refused(browser)
        self.assertEqual(
            browser.url,
            "http://nohost/plone/login?came_from=/plone/%40%40framework-guide-settings",
        )
        self.assertIn('name="__ac_password"', browser.contents)

    def test_editor_cannot_post(self):
        browser = self.browser_for("editor")
        self.open_refused(browser, post=True)
        self.assert_insufficient_privileges(browser)
        transaction.begin()
        self.assertEqual(api.portal.get_registry_record(RECORD), DEFAULT_USE_CASES)

    def test_view_permission(self):
        # The page is protected by the add-on's own permission, granted to
        # Manager and Site Administrator only.
        for username, allowed in (
            ("siteadmin", True),
            ("editor", False),
            ("member", False),
        ):
            user = api.user.get(username=username)
            self.assertEqual(
                api.user.has_permission(
                    "collective.frameworkguide: Manage Framework Guide settings",
                    user=user,
                    obj=self.portal,
                ),
                allowed,
                username,
            )
