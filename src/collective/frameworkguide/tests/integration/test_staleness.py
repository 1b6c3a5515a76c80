"""The review interval setting and the upgrade that added it."""

from collective.frameworkguide.guide import freshness
from collective.frameworkguide.settings import REVIEW_INTERVAL_RECORD
from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from zope.component import getUtility

import unittest


class TestReviewInterval(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])

    def test_control_panel_default_is_twelve(self):
        self.assertEqual(api.portal.get_registry_record(REVIEW_INTERVAL_RECORD), 12)

    def test_new_guide_starts_with_the_control_panel_value(self):
        api.portal.set_registry_record(REVIEW_INTERVAL_RECORD, 6)
        guide = api.content.create(container=self.portal, type="FrameworkGuide", id="g")
        self.assertEqual(guide.review_interval_months, 6)
        self.assertEqual(freshness.interval_of(guide), 6)
        guide.review_interval_months = 3
        self.assertEqual(freshness.interval_of(guide), 3)

    def test_guide_without_the_field_reads_the_control_panel(self):
        guide = api.content.create(container=self.portal, type="FrameworkGuide", id="g")
        # As made before upgrade 1001 (or in code): no value stored.
        guide.__dict__.pop("review_interval_months", None)
        api.portal.set_registry_record(REVIEW_INTERVAL_RECORD, 24)
        self.assertEqual(freshness.interval_of(guide), 24)


class TestUpgradeTo1001(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def test_adds_the_interval_record_and_keeps_the_vocabularies(self):
        from plone.registry.interfaces import IRegistry

        registry = getUtility(IRegistry)
        kinds = "collective.frameworkguide.framework_kinds"
        registry[kinds] = [*registry[kinds], "serverless|Serverless"]
        del registry.records[REVIEW_INTERVAL_RECORD]
        setup = api.portal.get_tool("portal_setup")
        setup.setLastVersionForProfile("collective.frameworkguide:default", "1000")
        setup.upgradeProfile("collective.frameworkguide:default")
        self.assertEqual(registry[REVIEW_INTERVAL_RECORD], 12)
        self.assertIn("serverless|Serverless", registry[kinds])
