"""Every state-changing view of the add-on refuses a post without the CSRF token.

The requests go through Zope's publisher with plone.protect active (its
automatic protection of writes and the views' own ``CheckAuthenticator``),
as a forged cross-site form would: logged in, but without a valid
``_authenticator``. Each answer is ``403 Forbidden`` and nothing is written.

The views: ``@@framework-guide-import`` (also ``test_exchange_import``), the
control panel ``@@framework-guide-settings``, ``@@framework-reject``, our
``content_status_modify`` and the profile's add and edit forms. The REST API
(``PATCH``, ``@workflow``) answers only requests that ask for JSON
(``Accept: application/json``), which a cross-site form cannot send;
plone.restapi turns plone.protect off for it, as for all its services.
"""

from collective.frameworkguide.concurrency.stamp import stamp_of
from collective.frameworkguide.tests.support.exchange_client import ExchangeTestCase
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from urllib.parse import urlencode

import json
import lxml.html
import transaction


RECORD = "collective.frameworkguide.use_cases"


class TestCsrf(ExchangeTestCase):
    def setUp(self):
        super().setUp()
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            self.draft = api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="You want one file.",
            )
        transaction.commit()

    def forge(self, url, userid, button, values=None, token="forged"):
        """Post the form of ``url`` that has ``button``, its token replaced."""
        browser = self.browser(userid)
        browser.open(url)
        page = lxml.html.fromstring(browser.contents)
        form = page.xpath(f"//form[.//*[@name='{button}']]")[0]
        values = values or {}
        pairs = [
            (name, value)
            for name, value in form.form_values()
            if name != "_authenticator" and name.removesuffix(":list") not in values
        ]
        pairs += list(values.items()) + [(button, "submit")]
        if token:
            pairs.append(("_authenticator", token))
        browser.handleErrors = True
        browser.raiseHttpErrors = False
        browser.open(form.get("action") or url, urlencode(pairs))
        return browser.headers["status"]

    def test_import(self):
        browser = self.browser()
        browser.open(f"{self.empty.absolute_url()}/@@framework-guide-import")
        page = lxml.html.fromstring(browser.contents)
        self.assertTrue(page.xpath("//input[@name='_authenticator']"))
        # The refusal itself: test_exchange_import's
        # test_post_without_the_csrf_token_is_refused (a multipart upload).

    def test_control_panel(self):
        before = api.portal.get_registry_record(RECORD)
        for token in ("forged", None):
            status = self.forge(
                f"{self.portal.absolute_url()}/@@framework-guide-settings",
                SITE_OWNER_NAME,
                "form.buttons.save",
                {"form.widgets.use_cases": "crud|CRUD app"},
                token,
            )
            self.assertEqual(status, "403 Forbidden", token)
            transaction.begin()
            self.assertEqual(api.portal.get_registry_record(RECORD), before)

    def test_reject_form(self):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            api.content.transition(obj=self.draft, transition="submit")
        transaction.commit()
        status = self.forge(
            f"{self.draft.absolute_url()}/@@framework-reject",
            "reviewer",
            "form.buttons.reject",
            {"comment": "Forged."},
        )
        self.assertEqual(status, "403 Forbidden")
        transaction.begin()
        self.assertEqual(api.content.get_state(self.draft), "pending")

    def test_content_status_modify(self):
        browser = self.browser("editor")
        browser.handleErrors = True
        browser.raiseHttpErrors = False
        url = f"{self.draft.absolute_url()}/content_status_modify"
        for query in (
            "workflow_action=submit",
            "workflow_action=submit&_authenticator=x",
        ):
            browser.open(f"{url}?{query}")
            self.assertEqual(browser.headers["status"], "403 Forbidden", query)
            browser.open(url, query)  # and as a POST
            self.assertEqual(browser.headers["status"], "403 Forbidden", query)
        transaction.begin()
        self.assertEqual(api.content.get_state(self.draft), "draft")

    def test_add_form(self):
        status = self.forge(
            f"{self.guide.absolute_url()}/++add++FrameworkProfile",
            "editor",
            "form.buttons.save",
            {"form.widgets.IBasic.title": "Forged", "form.widgets.choose_when": "x"},
        )
        self.assertEqual(status, "403 Forbidden")
        transaction.begin()
        self.assertNotIn("forged", self.guide.objectIds())

    def test_edit_form(self):
        stamp = stamp_of(self.draft)
        status = self.forge(
            f"{self.draft.absolute_url()}/edit",
            "editor",
            "form.buttons.save",
            {"form.widgets.choose_when": "Forged advice."},
        )
        self.assertEqual(status, "403 Forbidden")
        transaction.begin()
        self.assertEqual(self.draft.choose_when, "You want one file.")
        self.assertEqual(stamp_of(self.draft), stamp)

    def test_rest_needs_json(self):
        """A form-encoded PATCH (what a forged form could send) is no REST call."""
        browser = self.browser("editor")
        browser.handleErrors = True
        browser.raiseHttpErrors = False
        stamp = stamp_of(self.draft)
        browser.open(
            f"{self.draft.absolute_url()}/@workflow/submit",
            json.dumps({"comment": "forged"}),
        )
        self.assertNotEqual(browser.headers["status"], "200 OK")
        transaction.begin()
        self.assertEqual(api.content.get_state(self.draft), "draft")
        self.assertEqual(stamp_of(self.draft), stamp)
