"""Translations: Plone's and the add-on's catalogs are complete in German."""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.paths import load_script
from collective.frameworkguide.tests.support.paths import PACKAGE_DIR
from zope.i18n import translate

import unittest


class TestCatalogs(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def test_workflow_titles_in_german(self):
        # Plone translates state and transition titles in its own domain.
        for msgid, german in (
            ("Draft", "Entwurf"),
            ("Published", "Veröffentlicht"),
            ("Archived", "Archiviert"),
            ("Send back to the editors", "An die Redaktion zurückgeben"),
        ):
            self.assertEqual(
                translate(msgid, domain="plone", target_language="de"), german
            )

    def test_every_message_has_a_german_translation(self):
        script = load_script("i18n")
        for domain in ("collective.frameworkguide", "plone"):
            pot = script.read_catalog(PACKAGE_DIR / "locales" / f"{domain}.pot")
            self.assertTrue(pot, domain)
            for language in ("de", "en"):
                po = script.read_catalog(script.po_path(PACKAGE_DIR, language, domain))
                self.assertEqual(set(pot) - set(po), set(), f"{language}/{domain}")
            german = script.read_catalog(script.po_path(PACKAGE_DIR, "de", domain))
            self.assertEqual([m for m in pot if not german[m]], [], domain)
