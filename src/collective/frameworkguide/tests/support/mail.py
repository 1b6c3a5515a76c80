"""A MockMailHost in place of the site's, and the users and guide that get mail."""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.users import create_users
from email import message_from_bytes
from email.header import decode_header
from email.header import make_header
from plone import api
from plone.app.contentrules.handlers import close as end_content_rules_request
from Products.CMFPlone.tests.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost

import unittest


def subject_of(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def text_of(message) -> str:
    return message.get_payload(decode=True).decode("utf-8")


class MockMailHostSetup:
    """Mails land in ``self.mailhost`` (``mailhost_class`` of it).

    A mixin for a test case of any layer: a test case class that pytest
    collects gets its layer's fixture marked on the class, and its subclasses
    inherit that mark (``MailTestCase`` is for the integration layer).
    """

    mailhost_class = MockMailHost

    def setUp(self):
        self.portal = self.layer["portal"]
        api.portal.set_registry_record("plone.email_from_address", "guide@example.org")
        api.portal.set_registry_record("plone.email_from_name", "Guide")
        self._original = self.portal.MailHost
        self.portal.MailHost = self.mailhost = self.mailhost_class("MailHost")
        self.sm = self.portal.getSiteManager()
        self.sm.unregisterUtility(provided=IMailHost)
        self.sm.registerUtility(self.mailhost, provided=IMailHost)
        self.next_request()
        create_users()
        self.guide = create_guide(self.portal)

    def tearDown(self):
        self.portal.MailHost = self._original
        self.sm.unregisterUtility(provided=IMailHost)
        self.sm.registerUtility(self._original, provided=IMailHost)

    def next_request(self) -> None:
        """End the content rules' request: Plone runs a rule at most once per
        object and request (conditions or not), so the steps of a test that
        a user takes in separate requests need this in between."""
        end_content_rules_request(None)

    def messages(self):
        return [message_from_bytes(m) for m in self.mailhost.messages]


class MailTestCase(MockMailHostSetup, unittest.TestCase):
    layer = INTEGRATION_TESTING
