"""A MockMailHost in place of the site's, and the users and guide that get mail."""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.users import create_users
from email import message_from_bytes
from plone import api
from Products.CMFPlone.tests.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost

import unittest


class MailTestCase(unittest.TestCase):
    """Mails land in ``self.mailhost`` (``mailhost_class`` of it)."""

    layer = INTEGRATION_TESTING
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
        create_users()
        self.guide = create_guide(self.portal)

    def tearDown(self):
        self.portal.MailHost = self._original
        self.sm.unregisterUtility(provided=IMailHost)
        self.sm.registerUtility(self._original, provided=IMailHost)

    def messages(self):
        return [message_from_bytes(m) for m in self.mailhost.messages]
