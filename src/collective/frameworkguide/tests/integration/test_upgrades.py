"""Upgrading from profile version 1000 (the first release) keeps every datum.

The site is set back to version 1000, all pending upgrade steps run through
``portal_setup.upgradeProfile`` as the Add-ons control panel does, and the
guide, its profiles (fields, states, histories, versions), their catalog
entries and the vocabularies must come out as they went in, at the version of
``metadata.xml``. While the profile is still at 1000 there is no step to run;
the test then proves the version stays put and the data is untouched, and
every later step is run by it automatically.
"""

from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.paths import PACKAGE_DIR
from collective.frameworkguide.tests.support.sample_guide import create_sample_guide
from collective.frameworkguide.tests.support.sample_guide import snapshot
from plone import api
from xml.etree import ElementTree
from zope.interface import alsoProvides

import lxml.html
import unittest


PROFILE = "collective.frameworkguide:default"
FIRST_RELEASE = ("1000",)


def metadata_version() -> tuple[str, ...]:
    """The version in profiles/default/metadata.xml, as portal_setup keeps it."""
    tree = ElementTree.parse(PACKAGE_DIR / "profiles" / "default" / "metadata.xml")
    return tuple(tree.findtext("version").strip().split("."))


class TestUpgradeFromFirstRelease(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.setup = api.portal.get_tool("portal_setup")
        self.guide = create_sample_guide(self.portal)
        self.before = snapshot(self.guide)
        self.setup.setLastVersionForProfile(PROFILE, FIRST_RELEASE)

    def upgrade(self) -> None:
        self.setup.upgradeProfile(PROFILE)

    def test_upgrade_steps_lead_from_1000_to_the_current_version(self):
        steps = self.setup.listUpgrades(PROFILE, simple=True)
        if metadata_version() == FIRST_RELEASE:
            self.assertEqual(steps, [])
        else:
            # Each step starts where the one before ended, from 1000 on.
            chain = [(tuple(step.source), tuple(step.dest)) for step in steps]
            self.assertEqual(chain[0][0], FIRST_RELEASE, chain)
            for (_, dest), (source, _) in zip(chain, chain[1:], strict=False):
                self.assertEqual(dest, source, chain)
            self.assertEqual(chain[-1][1], metadata_version(), chain)

    def test_version_is_metadata_version_afterwards(self):
        self.upgrade()
        self.assertEqual(
            self.setup.getLastVersionForProfile(PROFILE), metadata_version()
        )
        self.assertEqual(self.setup.listUpgrades(PROFILE), [])

    def test_content_states_catalog_and_vocabularies_intact(self):
        self.upgrade()
        after = snapshot(self.guide)
        # Compared part by part so a failure names what changed.
        self.assertEqual(after["guide"], self.before["guide"])
        self.assertEqual(after["vocabularies"], self.before["vocabularies"])
        self.assertEqual(sorted(after["profiles"]), sorted(self.before["profiles"]))
        for profile_id, expected in self.before["profiles"].items():
            for part, value in expected.items():
                self.assertEqual(
                    after["profiles"][profile_id][part], value, (profile_id, part)
                )

    def test_the_sample_is_what_it_claims(self):
        # Guards the comparison above against a fixture that compares nothing.
        profiles = self.before["profiles"]
        self.assertEqual(
            sorted(p["state"] for p in profiles.values()),
            ["archived", "draft", "pending", "published", "published"],
        )
        basaltkit = profiles["basaltkit"]
        self.assertEqual(basaltkit["fields"]["framework_kind"], "serverless")
        self.assertEqual(basaltkit["catalog"]["found_by"]["framework_kind"], 1)
        self.assertEqual(basaltkit["catalog"]["found_by"]["SearchableText"], 1)
        self.assertIsNotNone(basaltkit["fields"]["last_reviewed"])
        self.assertEqual(
            [step[0] for step in profiles["gneissapp"]["history"]],
            [None, "submit", "publish", "archive"],
        )
        self.assertIn(
            "serverless|Serverless platform",
            self.before["vocabularies"]["collective.frameworkguide.framework_kinds"],
        )

    def test_published_profiles_still_shown_to_visitors(self):
        self.upgrade()
        alsoProvides(self.layer["request"], IFrameworkGuideLayer)
        with api.env.adopt_roles(["Anonymous"]):
            page = lxml.html.fromstring(
                self.guide.restrictedTraverse("@@framework-guide")()
            )
        # The guide's own content; Plone's navigation lists the test user's
        # drafts to him, as it does any private item.
        html = lxml.html.tostring(page.get_element_by_id("content-core"), encoding=str)
        self.assertIn("Quartzweb", html)
        self.assertIn("Basaltkit", html)
        self.assertNotIn("Marbleframe", html)  # draft
        self.assertNotIn("Slatepress", html)  # pending
