"""A profile's title is unique in its guide (working copies share it)."""

from collective.frameworkguide.content.uniqueness import check_unique_title
from collective.frameworkguide.content.uniqueness import title_taken
from collective.frameworkguide.errors import DuplicateTitle
from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from zope.i18n import translate

import unittest


def message(error):
    return translate(error.doc())


class TestUniqueTitle(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        portal = self.layer["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        self.guide = api.content.create(portal, "FrameworkGuide", title="Guide")
        self.other = api.content.create(portal, "FrameworkGuide", title="Other")
        self.flask = api.content.create(
            self.guide, "FrameworkProfile", title="Flask", choose_when="x"
        )

    def test_title_taken(self):
        self.assertTrue(title_taken(self.guide, "Flask"))
        self.assertTrue(title_taken(self.guide, "fLaSk"))
        self.assertTrue(title_taken(self.guide, "  flask  "))
        self.assertFalse(title_taken(self.guide, "Flask 2"))
        self.assertFalse(title_taken(self.guide, ""))
        self.assertFalse(title_taken(self.other, "Flask"))

    def test_exclude_self(self):
        self.assertFalse(title_taken(self.guide, "FLASK", exclude=self.flask))

    def test_private_profiles_count(self):
        # A draft the current user cannot see still takes its title.
        self.assertEqual(api.content.get_state(self.flask), "draft")
        api.user.create(
            email="bob@example.org", username="bob", password="bob-secret-1"
        )
        with api.env.adopt_user(username="bob"):
            self.assertEqual(len(api.content.find(portal_type="FrameworkProfile")), 0)
            self.assertTrue(title_taken(self.guide, "flask"))

    def test_check_unique_title(self):
        with self.assertRaises(DuplicateTitle) as caught:
            check_unique_title(self.guide, "FLASK")
        self.assertEqual(
            message(caught.exception),
            "This guide already has a profile called “FLASK”. Choose another "
            "title or edit the existing profile.",
        )
        self.assertIsNone(check_unique_title(self.guide, "Django"))
        # Outside a guide there is nothing to compare with.
        self.assertIsNone(check_unique_title(self.layer["portal"], "Flask"))

    def test_working_copy_shares_its_baselines_title(self):
        from plone.app.iterate.interfaces import ICheckinCheckoutPolicy

        working_copy = ICheckinCheckoutPolicy(self.flask).checkout(self.guide)
        self.assertEqual(working_copy.title, "Flask")
        self.assertIsNot(working_copy, self.flask)
        # Editing the working copy (or the baseline) keeps the shared title...
        self.assertFalse(title_taken(self.guide, "Flask", exclude=working_copy))
        self.assertFalse(title_taken(self.guide, "Flask", exclude=self.flask))
        # ...but a new profile still cannot take it.
        self.assertTrue(title_taken(self.guide, "Flask"))
        api.content.create(self.guide, "FrameworkProfile", title="Django")
        self.assertTrue(title_taken(self.guide, "django", exclude=working_copy))
