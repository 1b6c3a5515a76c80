"""A browser on the export and import views, for the exchange tests."""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.tests.support.users import PASSWORD
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import json
import lxml.html
import transaction
import unittest


class ExchangeTestCase(unittest.TestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        self.app = self.layer["app"]
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            create_users()
            self.empty = api.content.create(
                container=self.portal, type="FrameworkGuide", id="copy", title="Copy"
            )
        transaction.commit()

    def browser(self, userid="editor"):
        browser = Browser(self.app)
        browser.handleErrors = False
        if userid:
            password = SITE_OWNER_PASSWORD if userid == SITE_OWNER_NAME else PASSWORD
            browser.addHeader("Authorization", f"Basic {userid}:{password}")
        return browser

    def export(self, guide=None, fmt="json", userid="editor"):
        guide = guide or self.guide
        browser = self.browser(userid)
        browser.open(f"{guide.absolute_url()}/@@framework-guide-export?format={fmt}")
        return browser

    def export_json(self, guide=None) -> dict:
        return json.loads(self.export(guide).contents)

    def import_file(self, guide, payload, button="Import", userid="editor"):
        browser = self.browser(userid)
        browser.open(f"{guide.absolute_url()}/@@framework-guide-import")
        if not isinstance(payload, bytes):
            payload = json.dumps(payload).encode()
        browser.getControl(name="import_file").add_file(
            payload, "application/json", "profiles.json"
        )
        browser.getControl(button).click()
        return browser

    def errors_shown(self, browser) -> list[tuple]:
        """``(row, profile, field, message)`` of the page's error table."""
        page = lxml.html.fromstring(browser.contents)
        return [
            tuple(" ".join(cell.text_content().split()) for cell in row.xpath("td"))
            for row in page.xpath(
                "//table[contains(@class, 'framework-import-errors')]//tbody/tr"
            )
        ]

    def listed(self, browser, group) -> str:
        page = lxml.html.fromstring(browser.contents)
        found = page.xpath(f"//dd[@class='{group}']")
        return found[0].text_content().strip() if found else ""

    def assert_refused(self, url, userid):
        """Plone answers with its login or "insufficient privileges" page."""
        browser = self.browser(userid)
        browser.handleErrors = True
        browser.open(url)
        path = browser.url.split("?")[0]
        self.assertIn(path.rsplit("/", 1)[-1], ("login", "insufficient-privileges"))
        return browser

    def initial_state(self, profile) -> str:
        workflow = api.portal.get_tool("portal_workflow").getWorkflowsFor(profile)[0]
        return workflow.initial_state
