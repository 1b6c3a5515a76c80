"""The guide's groups on the sharing tab."""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import transaction
import unittest


class TestSharingTab(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def test_sharing_lists_groups_with_clear_role_titles(self):
        portal = self.layer["portal"]
        guide = create_guide(portal)
        transaction.commit()
        browser = Browser(self.layer["app"])
        browser.handleErrors = False
        browser.addHeader(
            "Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}"
        )
        browser.open(f"{guide.absolute_url()}/@@sharing")
        for text in (
            "Framework guide editors",
            "Framework guide reviewers",
            "Can add",
            "Can edit",
            "Can view",
            "Can review",
        ):
            self.assertIn(text, browser.contents)
