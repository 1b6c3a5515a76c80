"""``@@framework-release-check`` over HTTP: who may use it, the CSRF token,
and the check switched off."""

from collective.frameworkguide.settings import PACKAGE_INDEX_RECORD
from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.package_index import PackageIndex
from collective.frameworkguide.tests.support.rest_client import api_session
from collective.frameworkguide.tests.support.users import create_users
from plone import api

import lxml.html
import transaction
import unittest


PATH = "guide/@@framework-release-check"
BUTTON = {"form.buttons.check": "Check the package index now"}


class TestReleaseCheckView(unittest.TestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        create_users()
        self.index = PackageIndex().__enter__()
        self.addCleanup(self.index.__exit__, None, None, None)
        api.portal.set_registry_record(PACKAGE_INDEX_RECORD, self.index.url)
        transaction.commit()

    def session(self, userid):
        session = api_session(self.portal.absolute_url(), userid, self)
        session.headers["Accept"] = "text/html"
        return session

    def test_only_reviewers(self):
        for userid in (None, "member", "editor"):
            answer = self.session(userid).get(PATH, allow_redirects=False)
            self.assertIn(answer.status_code, (302, 401, 403), userid)
        answer = self.session("reviewer").get(PATH)
        self.assertEqual(answer.status_code, 200)
        self.assertIn("Check the package index now", answer.text)
        self.assertEqual(self.index.requests, [])  # a GET checks nothing

    def test_post_without_token_is_refused(self):
        answer = self.session("reviewer").post(PATH, data=BUTTON)
        self.assertEqual(answer.status_code, 403)
        self.assertEqual(self.index.requests, [])

    def test_post_with_token_runs_the_check(self):
        session = self.session("reviewer")
        page = lxml.html.fromstring(session.get(PATH).text)
        token = page.xpath("//input[@name='_authenticator']/@value")[0]
        answer = session.post(PATH, data={**BUTTON, "_authenticator": token})
        self.assertEqual(answer.status_code, 200)
        # The demo's four profiles, each asked for once (this index knows none).
        self.assertEqual(
            sorted(self.index.requests), ["django", "flask", "plone", "pyramid"]
        )
        rows = lxml.html.fromstring(answer.text).xpath(
            "//section[contains(@class,'framework-release-outcomes')]//tbody/tr"
        )
        self.assertEqual([row.get("data-action") for row in rows], ["failed"] * 4)

    def test_switched_off(self):
        api.portal.set_registry_record(PACKAGE_INDEX_RECORD, "")
        transaction.commit()
        answer = self.session("reviewer").get(PATH)
        self.assertIn("The check is off", answer.text)
        self.assertNotIn("Check the package index now", answer.text)
