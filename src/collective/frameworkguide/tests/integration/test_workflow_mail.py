"""Review mails come from the guide's content rules; a broken MailHost never
blocks review and costs one WARNING line."""

from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.mail import MailTestCase
from collective.frameworkguide.tests.support.mail import subject_of
from collective.frameworkguide.tests.support.mail import text_of
from collective.frameworkguide.workflow.mail_rules import MAIL_RULES
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.contentrules.engine.interfaces import IRuleAssignmentManager
from plone.contentrules.engine.interfaces import IRuleStorage
from Products.CMFPlone.tests.utils import MockMailHost
from Products.MailHost.MailHost import MailHostError
from Products.statusmessages.interfaces import IStatusMessage
from zope.component import getUtility

import logging


REVIEWERS = [
    "editor_reviewer@example.org",
    "reviewer2@example.org",
    "reviewer@example.org",
]


class TestMails(MailTestCase):
    def test_submit_mails_the_reviewers_with_a_link(self):
        profile_in_state(self.guide, "pending", "flask")
        messages = self.messages()
        self.assertEqual(sorted(m["To"] for m in messages), REVIEWERS)
        body = text_of(messages[0])
        self.assertIn("http://nohost/plone/guide/flask", body)
        self.assertIn("Editor submitted the Framework Profile “Flask”", body)
        self.assertIn("Comment: —", body)
        self.assertEqual(subject_of(messages[0]), "Please review the profile “Flask”")
        self.assertEqual(messages[0]["From"], "Guide <guide@example.org>")

    def test_reject_mails_the_submitter_with_the_comment(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        self.next_request()
        self.mailhost.reset()
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="reject", comment="Sources!")
        (message,) = self.messages()
        self.assertEqual(message["To"], "editor@example.org")
        self.assertIn("What to change: Sources!", text_of(message))
        self.assertEqual(subject_of(message), "The profile “Flask” was sent back")

    def test_publish_mails_the_submitter(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        self.next_request()
        self.mailhost.reset()
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="publish", comment="Nice.")
        (message,) = self.messages()
        self.assertEqual(message["To"], "editor@example.org")
        body = text_of(message)
        self.assertIn("Reviewer published the Framework Profile “Flask”", body)
        self.assertIn("Comment: Nice.", body)

    def test_the_submitter_is_mailed_not_the_author(self):
        profile = profile_in_state(self.guide, "pending", "flask", "editor_reviewer")
        self.next_request()
        self.mailhost.reset()
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="publish")
        (message,) = self.messages()
        self.assertEqual(message["To"], "editor_reviewer@example.org")

    def test_check_in_of_a_working_copy_mails_its_submitter(self):
        profile = profile_in_state(self.guide, "published", "flask")
        self.next_request()
        with api.env.adopt_user(username="editor_reviewer"):
            working_copy = ICheckinCheckoutPolicy(profile).checkout(self.guide)
            api.content.transition(obj=working_copy, transition="submit")
        self.assertEqual(sorted(m["To"] for m in self.messages()[-3:]), REVIEWERS)
        self.next_request()
        self.mailhost.reset()
        with api.env.adopt_user(username="reviewer"):
            ICheckinCheckoutPolicy(working_copy).checkin("Updated the facts.")
        (message,) = self.messages()
        self.assertEqual(message["To"], "editor_reviewer@example.org")
        self.assertEqual(subject_of(message), "The profile “Flask” is published")
        body = text_of(message)
        self.assertIn("the change you submitted is checked in", body)
        self.assertIn("Comment: Updated the facts.", body)
        self.assertTrue(body.endswith("See it here: http://nohost/plone/guide/flask"))

    def test_a_disabled_rule_sends_nothing(self):
        getUtility(IRuleStorage)["framework-profile-submitted"].enabled = False
        profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(self.messages(), [])

    def test_a_rule_disabled_on_one_guide_still_mails_from_another(self):
        other = create_guide(self.portal, "other")
        IRuleAssignmentManager(self.guide)[
            "framework-profile-submitted"
        ].enabled = False
        profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(self.messages(), [])
        profile_in_state(other, "pending", "django")
        self.assertEqual(len(self.messages()), 3)

    def test_every_guide_gets_the_rules_on_creation(self):
        for guide in (self.guide, create_guide(self.portal, "other")):
            assignments = IRuleAssignmentManager(guide)
            self.assertEqual(sorted(assignments), sorted(MAIL_RULES))
            self.assertTrue(all(a.enabled and a.bubbles for a in assignments.values()))

    def test_a_second_review_round_mails_again(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="reject", comment="No.")
        self.next_request()
        self.mailhost.reset()
        with api.env.adopt_user(username="editor"):
            api.content.transition(obj=profile, transition="submit", comment="Again")
        self.assertEqual(len(self.messages()), 3)
        self.assertIn("Comment: Again", text_of(self.messages()[0]))


class ConnectionRefusedMailHost(MockMailHost):
    def send(self, *args, **kwargs):
        raise ConnectionRefusedError(111, "Connection refused")


class SMTPDownMailHost(MockMailHost):
    def send(self, *args, **kwargs):
        raise MailHostError("SMTP server down")


class BrokenMailTests:
    """The review step happens; each failed mail is one WARNING line."""

    def test_transition_happens_and_failure_is_one_warning(self):
        root = logging.getLogger()
        with self.assertLogs(root, "WARNING") as logs:
            profile = profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(api.content.get_state(profile), "pending")
        self.assertTrue(logs.records)
        for record in logs.records:
            self.assertEqual(record.levelname, "WARNING", record.getMessage())
            self.assertIsNone(record.exc_info, record.getMessage())
            self.assertNotIn("\n", record.getMessage())
        self.assertIn(self.expected, logs.records[0].getMessage())


class TestConnectionRefused(BrokenMailTests, MailTestCase):
    mailhost_class = ConnectionRefusedMailHost
    expected = "ConnectionRefusedError: [Errno 111] Connection refused"


class TestSMTPError(BrokenMailTests, MailTestCase):
    mailhost_class = SMTPDownMailHost
    expected = "MailHostError: SMTP server down"


class TestNoSenderAddress(BrokenMailTests, MailTestCase):
    expected = "the site has no sender address"

    def setUp(self):
        super().setUp()
        api.portal.set_registry_record("plone.email_from_address", "")

    def test_the_editor_sees_no_error_and_nothing_is_sent(self):
        request = self.layer["request"]
        profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(self.messages(), [])
        self.assertEqual(IStatusMessage(request).show(), [])
