"""Cached guide pages never outlive the advice: every change makes a new ETag."""

from collective.frameworkguide.testing import CACHING_FUNCTIONAL_TESTING
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.testing.zope import Browser

import transaction
import unittest


PAGES = (
    "guide",
    "guide/@@framework-compare?profiles=flask&profiles=django",
    "guide/@@framework-chooser?use_case=crud",
    "guide/flask",
)


class TestCacheInvalidation(unittest.TestCase):
    layer = CACHING_FUNCTIONAL_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]
        self.browser = Browser(self.layer["app"])
        self.browser.raiseHttpErrors = False

    def get(self, path, etag=None):
        self.browser.addHeader("If-None-Match", etag) if etag else None
        self.browser.open(f"{self.portal.absolute_url()}/{path}")
        status = int(self.browser.headers["status"].split()[0])
        self.browser = self._fresh()
        return status, self._last_headers.get("ETag"), self._last_contents

    def _fresh(self):
        self._last_headers = dict(self.browser.headers)
        self._last_contents = self.browser.contents
        browser = Browser(self.layer["app"])
        browser.raiseHttpErrors = False
        return browser

    def etags(self):
        return {path: self.get(path)[1] for path in PAGES}

    def assert_all_invalidated(self, before):
        for path, etag in before.items():
            status, new_etag, _body = self.get(path, etag)
            self.assertEqual(status, 200, path)
            self.assertNotEqual(new_etag, etag, path)

    def change(self, action):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            action()
        transaction.commit()

    def test_pages_have_etags_and_answer_304(self):
        for path, etag in self.etags().items():
            self.assertTrue(etag, path)
            status, _etag, _body = self.get(path, etag)
            self.assertEqual(status, 304, path)

    def test_retract_invalidates(self):
        before = self.etags()
        self.change(
            lambda: api.content.transition(
                obj=self.guide["django"], transition="retract"
            )
        )
        self.assert_all_invalidated(before)
        _status, _etag, body = self.get("guide")
        self.assertNotIn('href="http://nohost/plone/guide/django"', body)

    def test_archive_invalidates(self):
        before = self.etags()
        self.change(
            lambda: api.content.transition(
                obj=self.guide["pyramid"], transition="archive"
            )
        )
        self.assert_all_invalidated(before)

    def test_publish_invalidates(self):
        def add_and_publish():
            profile = api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="Tiny apps.",
                use_cases={"one-page"},
            )
            api.content.transition(obj=profile, to_state="published")

        before = self.etags()
        self.change(add_and_publish)
        self.assert_all_invalidated(before)
        _status, _etag, body = self.get("guide")
        self.assertIn(">Bottle</a>", body)

    def test_edit_invalidates(self):
        def edit():
            self.guide["flask"].choose_when = "A brand new sentence."
            self.guide["flask"].reindexObject()

        before = self.etags()
        self.change(edit)
        self.assert_all_invalidated(before)
        _status, _etag, body = self.get("guide/flask")
        self.assertIn("A brand new sentence.", body)

    def test_settings_change_invalidates(self):
        record = "collective.frameworkguide.use_cases"

        def rename():
            lines = api.portal.get_registry_record(record)
            api.portal.set_registry_record(
                record, [line.replace("|CRUD app", "|Database app") for line in lines]
            )

        before = self.etags()
        self.change(rename)
        self.assert_all_invalidated(before)
        _status, _etag, body = self.get("guide")
        self.assertIn("Database app", body)
