"""Reminders mail the editors the stale profiles, once a day."""

from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.review.reminders import send_reminders
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.mail import MailTestCase
from collective.frameworkguide.tests.support.paths import load_script
from collective.frameworkguide.tests.support.users import as_user
from datetime import date
from datetime import timedelta
from email.header import decode_header
from email.header import make_header
from plone.app.testing import logout
from plone.protect.authenticator import createToken
from Products.CMFCore.indexing import processQueue
from unittest import mock
from zExceptions import Unauthorized
from zope.globalrequest import setRequest
from zope.interface import alsoProvides


TODAY = date(2026, 3, 15)
EDITORS = ["editor@example.org", "editor_reviewer@example.org"]


class TestReminders(MailTestCase):
    def setUp(self):
        super().setUp()
        self.profiles = {}
        for profile_id, reviewed in (
            ("django", TODAY - timedelta(days=400)),
            ("flask", TODAY - timedelta(days=10)),
        ):
            profile = profile_in_state(self.guide, "published", profile_id)
            profile.last_reviewed = reviewed
            profile.reindexObject()
            self.profiles[profile_id] = profile
        processQueue()
        self.mailhost.reset()

    def test_mails_each_editor_the_stale_profiles(self):
        result = send_reminders(self.portal, TODAY)
        self.assertEqual(result["recipients"], 2)
        messages = self.messages()
        self.assertEqual(sorted(m["To"] for m in messages), EDITORS)
        body = messages[0].get_payload(decode=True).decode("utf-8")
        self.assertIn("Django (Guide), last reviewed 2025-02-08", body)
        self.assertIn(self.profiles["django"].absolute_url(), body)
        self.assertNotIn("Flask", body)
        subject = str(make_header(decode_header(messages[0]["Subject"])))
        self.assertEqual(subject, "1 Framework Profile(s) due for review")

    def test_twice_the_same_day_sends_nothing_new(self):
        send_reminders(self.portal, TODAY)
        self.mailhost.reset()
        self.assertEqual(send_reminders(self.portal, TODAY)["profiles"], [])
        self.assertEqual(self.mailhost.messages, [])
        # A profile that became due later that day is mailed alone.
        self.profiles["flask"].last_reviewed = TODAY - timedelta(days=500)
        self.profiles["flask"].reindexObject()
        processQueue()
        result = send_reminders(self.portal, TODAY)
        self.assertEqual(result["profiles"], [self.profiles["flask"].absolute_url()])
        body = self.messages()[0].get_payload(decode=True).decode("utf-8")
        self.assertNotIn("Django", body)
        # The next day, everything due is mailed again.
        self.mailhost.reset()
        result = send_reminders(self.portal, TODAY + timedelta(days=1))
        self.assertEqual(len(result["profiles"]), 2)

    def test_nothing_due_sends_nothing(self):
        self.profiles["django"].last_reviewed = TODAY
        self.profiles["django"].reindexObject()
        processQueue()
        self.assertEqual(send_reminders(self.portal, TODAY)["recipients"], 0)
        self.assertEqual(self.mailhost.messages, [])

    @mock.patch("collective.frameworkguide.browser.reminders.today", lambda: TODAY)
    def view(self):
        request = self.layer["request"]
        alsoProvides(request, IFrameworkGuideLayer)
        return self.portal.restrictedTraverse("@@framework-review-reminders")

    def test_view_is_for_managers_and_sends_on_post(self):
        as_user(self.portal, "reviewer")
        with self.assertRaises(Unauthorized):
            self.view()
        logout()
        with self.assertRaises(Unauthorized):
            self.view()
        as_user(self.portal, "manager")
        html = self.view()()
        self.assertIn("Django", html)
        self.assertEqual(self.mailhost.messages, [])
        request = self.layer["request"]
        request.method = "POST"
        request.form.update(
            {"form.buttons.send": "Send", "_authenticator": createToken()}
        )
        html = self.view()()
        self.assertIn("Mailed 1 profile(s) to 2 editor(s).", " ".join(html.split()))
        self.assertEqual(len(self.mailhost.messages), 2)
        html = self.view()()  # a second POST the same day
        self.assertEqual(len(self.mailhost.messages), 2)

    def test_script_runs_the_same_reminders(self):
        main = load_script("review_reminders").main
        main.__globals__["transaction"] = mock.Mock()
        main.__globals__["today"] = lambda: TODAY
        try:
            result = main(self.layer["app"], self.portal.getId())
        finally:
            setRequest(self.layer["request"])
        self.assertEqual(result["recipients"], 2)
        main.__globals__["transaction"].commit.assert_called_once_with()
