"""Upgrade 1003 → 1004 on a site whose guides were made without mail rules,
and the rules' life with the add-on: install assigns them, uninstall removes
them."""

from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.mail import MailTestCase
from collective.frameworkguide.workflow.mail_rules import MAIL_RULES
from plone.app.contentrules.rule import get_assignments
from plone.base.utils import get_installer
from plone.contentrules.engine.interfaces import IRuleAssignmentManager
from plone.contentrules.engine.interfaces import IRuleStorage
from zope.component import getUtility


PROFILE = "collective.frameworkguide:default"


class TestMailRulesUpgrade(MailTestCase):
    def setUp(self):
        super().setUp()
        self.setup = self.portal.portal_setup
        self.storage = getUtility(IRuleStorage)
        # As 1003 left it: the add-on mailed with its own code, no rules.
        for rule_id in MAIL_RULES:
            del self.storage[rule_id]
        self.setup.setLastVersionForProfile(PROFILE, ("1003",))

    def test_before_the_upgrade_nothing_is_mailed(self):
        self.assertEqual(dict(IRuleAssignmentManager(self.guide)), {})
        profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(self.messages(), [])

    def test_the_upgrade_installs_and_assigns_the_rules(self):
        steps = self.setup.listUpgrades(PROFILE, simple=True)
        self.assertIn(
            (("1003",), ("1004",)),
            [(tuple(s.source), tuple(s.dest)) for s in steps],
        )
        self.setup.upgradeProfile(PROFILE, dest="1004")
        self.assertEqual(self.setup.getLastVersionForProfile(PROFILE), ("1004",))
        self.assertTrue(set(MAIL_RULES) <= set(self.storage))
        self.assertEqual(sorted(IRuleAssignmentManager(self.guide)), sorted(MAIL_RULES))
        guide_path = "/".join(self.guide.getPhysicalPath())
        for rule_id in MAIL_RULES:
            self.assertIn(guide_path, get_assignments(self.storage[rule_id]))
        profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(len(self.messages()), 3)


class TestInstallAndUninstall(MailTestCase):
    def test_uninstall_removes_the_rules_install_brings_them_back(self):
        installer = get_installer(self.portal, self.layer["request"])
        storage = getUtility(IRuleStorage)
        installer.uninstall_product("collective.frameworkguide")
        self.assertFalse(set(MAIL_RULES) & set(storage))
        self.assertEqual(dict(IRuleAssignmentManager(self.guide)), {})
        installer.install_product("collective.frameworkguide")
        self.assertTrue(set(MAIL_RULES) <= set(storage))
        # The guide left in the site gets them again.
        self.assertEqual(sorted(IRuleAssignmentManager(self.guide)), sorted(MAIL_RULES))
