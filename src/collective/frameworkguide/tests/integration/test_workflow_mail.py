"""Reviewers and submitters are mailed; a broken MailHost never blocks review."""

from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.mail import MailTestCase
from email.header import decode_header
from email.header import make_header
from plone import api
from Products.CMFPlone.tests.utils import MockMailHost


class BrokenMailHost(MockMailHost):
    def send(self, *args, **kwargs):
        raise ConnectionRefusedError("SMTP server down")


class TestMails(MailTestCase):
    def test_submit_mails_the_reviewers_with_a_link(self):
        profile_in_state(self.guide, "pending", "flask")
        messages = self.messages()
        self.assertEqual(
            sorted(m["To"] for m in messages),
            [
                "editor_reviewer@example.org",
                "reviewer2@example.org",
                "reviewer@example.org",
            ],
        )
        body = messages[0].get_payload(decode=True).decode("utf-8")
        self.assertIn("http://nohost/plone/guide/flask", body)
        self.assertIn("Editor submitted the Framework Profile “Flask”", body)
        subject = str(make_header(decode_header(messages[0]["Subject"])))
        self.assertEqual(subject, "Please review the profile “Flask”")

    def test_reject_mails_the_submitter_with_the_comment(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        self.mailhost.reset()
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="reject", comment="Sources!")
        (message,) = self.messages()
        self.assertEqual(message["To"], "editor@example.org")
        self.assertIn("Sources!", message.get_payload(decode=True).decode("utf-8"))

    def test_publish_mails_the_submitter(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        self.mailhost.reset()
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="publish", comment="Nice.")
        (message,) = self.messages()
        self.assertEqual(message["To"], "editor@example.org")
        body = message.get_payload(decode=True).decode("utf-8")
        self.assertIn("published the Framework Profile “Flask”", body)
        self.assertIn("Nice.", body)


class TestBrokenMail(MailTestCase):
    mailhost_class = BrokenMailHost

    def test_transition_happens_and_failure_is_logged(self):
        with self.assertLogs("collective.frameworkguide.workflow", "ERROR") as logs:
            profile = profile_in_state(self.guide, "published", "flask")
        self.assertEqual(api.content.get_state(profile), "published")
        self.assertIn("Could not send the submit mail", logs.output[0])
