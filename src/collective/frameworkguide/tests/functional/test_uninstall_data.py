"""Uninstall leaves no broken objects; installing again restores everything.

``test_setup_uninstall`` checks what uninstalling removes and one published profile
coming back. Here the whole sample guide (a profile in every state, every
field filled, versions and histories) goes through it, and the stored
database itself is read: after uninstalling, the only records that refer to
the add-on's code are its guides and profiles, every record's classes still
import, and once the content is deleted nothing outside the version store
refers to the add-on at all, so removing the package cannot leave broken
objects behind.
"""

from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.sample_guide import create_sample_guide
from collective.frameworkguide.tests.support.sample_guide import CUSTOM_KIND
from collective.frameworkguide.tests.support.sample_guide import KINDS_RECORD
from collective.frameworkguide.tests.support.sample_guide import snapshot
from collective.frameworkguide.tests.support.zodb_scan import code_references
from collective.frameworkguide.tests.support.zodb_scan import reachable_records
from collective.frameworkguide.tests.support.zodb_scan import unresolvable
from plone import api
from plone.base.utils import get_installer
from ZODB.broken import Broken
from zope.interface import alsoProvides

import lxml.html
import transaction
import unittest


PACKAGE = "collective.frameworkguide"
CONTENT_CLASSES = {
    f"{PACKAGE}.content.guide FrameworkGuide",
    f"{PACKAGE}.content.profile FrameworkProfile",
}


class UninstalledTestCase(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.guide = create_sample_guide(self.portal)
        self.before = snapshot(self.guide)
        self.installer = get_installer(self.portal, self.layer["request"])
        self.installer.uninstall_product(PACKAGE)
        transaction.commit()
        self.storage = self.layer["zodbDB"].storage


class TestNoBrokenObjects(UninstalledTestCase):
    def test_only_guides_and_profiles_refer_to_the_addon(self):
        references = code_references(self.storage, prefix=PACKAGE)
        self.assertEqual(set(references), CONTENT_CLASSES)
        # One record per guide and profile, plus the versions' copies.
        profiles = references[f"{PACKAGE}.content.profile FrameworkProfile"]
        self.assertGreaterEqual(len(profiles), len(self.before["profiles"]))

    def test_every_record_loads_with_its_classes(self):
        connection = self.portal._p_jar
        broken = []
        for oid, _data in reachable_records(self.storage):
            obj = connection.get(oid)
            if isinstance(obj, Broken):
                broken.append(repr(obj))
        self.assertEqual(broken, [])
        self.assertEqual(unresolvable(code_references(self.storage)), [])

    def test_deleted_content_leaves_nothing_but_versions(self):
        api.content.delete(self.guide)
        transaction.commit()
        # CMFEditions keeps the versions of deleted content on purpose (they
        # can be restored); everything else must be free of the add-on.
        versions = api.portal.get_tool("portal_historiesstorage")
        self.assertEqual(
            code_references(
                self.storage, prefix=PACKAGE, skip=frozenset({versions._p_oid})
            ),
            {},
        )


class TestInstallAgain(UninstalledTestCase):
    def setUp(self):
        super().setUp()
        self.installer.install_product(PACKAGE)
        transaction.commit()
        self.after = snapshot(self.guide)

    def test_installed_at_the_current_version(self):
        self.assertTrue(self.installer.is_product_installed(PACKAGE))
        setup = api.portal.get_tool("portal_setup")
        self.assertEqual(
            setup.getLastVersionForProfile(f"{PACKAGE}:default"),
            tuple(setup.getVersionForProfile(f"{PACKAGE}:default").split(".")),
        )

    def test_every_profile_comes_back_as_it_was(self):
        for profile_id, expected in self.before["profiles"].items():
            for part, value in expected.items():
                self.assertEqual(
                    self.after["profiles"][profile_id][part], value, (profile_id, part)
                )
        self.assertEqual(self.after["guide"], self.before["guide"])

    def test_vocabularies_start_again_from_the_defaults(self):
        # Uninstalling removes the settings, so a term added in the control
        # panel is gone; the profile that used it keeps its token.
        kinds = self.after["vocabularies"][KINDS_RECORD]
        self.assertNotIn(CUSTOM_KIND, kinds)
        self.assertEqual(self.guide["basaltkit"].framework_kind, "serverless")

    def test_visitors_see_the_published_profiles_on_the_guide(self):
        alsoProvides(self.layer["request"], IFrameworkGuideLayer)
        with api.env.adopt_roles(["Anonymous"]):
            page = lxml.html.fromstring(
                self.guide.restrictedTraverse("@@framework-guide")()
            )
        # The guide's own content; Plone's navigation lists the test user's
        # own drafts too.
        html = lxml.html.tostring(page.get_element_by_id("content-core"), encoding=str)
        self.assertIn("Quartzweb", html)
        self.assertIn("Basaltkit", html)
        self.assertNotIn("Marbleframe", html)
        self.assertNotIn("Slatepress", html)
