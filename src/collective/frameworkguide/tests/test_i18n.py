"""Translations: German pages and API answers, complete catalogs, the lint check."""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.rest_client import api_session
from pathlib import Path
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser
from zope.i18n import translate

import collective.frameworkguide
import importlib.util
import json
import lxml.html
import shutil
import subprocess
import sys
import tempfile
import textwrap
import transaction
import unittest


PACKAGE = Path(collective.frameworkguide.__file__).parent
SCRIPT = PACKAGE.parents[2] / "scripts" / "i18n.py"


def load_script():
    """``scripts/i18n.py`` (the ``make i18n`` / ``make lint`` tool) as a module."""
    spec = importlib.util.spec_from_file_location("i18n_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def speak_german(portal) -> None:
    """Let the request's Accept-Language choose German, as a site would."""
    api.portal.set_registry_record("plone.available_languages", ["en", "de"])
    api.portal.set_registry_record("plone.use_request_negotiation", True)


def words(element) -> str:
    return " ".join(element.text_content().split())


class TestGermanPages(unittest.TestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def setUp(self):
        speak_german(self.layer["portal"])
        transaction.commit()
        self.browser = Browser(self.layer["app"])
        self.browser.handleErrors = False
        self.browser.addHeader("Accept-Language", "de")

    def test_guide_in_german(self):
        self.browser.open(self.layer["portal"]["guide"].absolute_url())
        page = lxml.html.fromstring(self.browser.contents)
        self.assertEqual(page.get("lang"), "de")
        headings = [words(h) for h in page.xpath("//h2")]
        self.assertIn("Schnellauswahl", headings)
        self.assertIn("Vergleich", headings)
        table = page.xpath("//table[contains(@class, 'framework-matrix')]")[0]
        row_titles = [words(th) for th in table.xpath("./tbody/tr/th")]
        for title in ("Art", "Am besten für", "Erlernbarkeit", "Lizenz"):
            self.assertIn(title, row_titles)
        text = words(table)
        # Vocabulary defaults and rating words are translated too.
        self.assertIn("Mikroframework", text)
        self.assertIn("Sehr hoch", text)
        self.assertNotIn("Very high", text)
        quick_pick = words(
            page.xpath("//*[contains(@class, 'framework-quick-pick')]")[0]
        )
        self.assertIn("CRUD-Anwendung", quick_pick)

    def test_english_stays_english(self):
        browser = Browser(self.layer["app"])
        browser.addHeader("Accept-Language", "en")
        browser.open(self.layer["portal"]["guide"].absolute_url())
        self.assertIn("Quick pick", browser.contents)
        self.assertNotIn("Schnellauswahl", browser.contents)

    def test_control_panel_in_german(self):
        self.browser.addHeader(
            "Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}"
        )
        self.browser.open(
            f"{self.layer['portal'].absolute_url()}/@@framework-guide-settings"
        )
        self.assertIn("Einstellungen des Framework-Leitfadens", self.browser.contents)
        self.assertIn("Arten von Frameworks", self.browser.contents)

    def test_import_page_in_german(self):
        self.browser.addHeader(
            "Authorization", f"Basic {SITE_OWNER_NAME}:{SITE_OWNER_PASSWORD}"
        )
        guide = self.layer["portal"]["guide"]
        self.browser.open(f"{guide.absolute_url()}/@@framework-guide-import")
        self.browser.getControl(name="import_file").add_file(
            b"{", "application/json", "broken.json"
        )
        self.browser.getControl("Importieren").click()
        self.assertIn("Profile importieren und exportieren", self.browser.contents)
        self.assertIn("Die Datei ist kein JSON", self.browser.contents)


class TestGermanApi(unittest.TestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        portal = self.layer["portal"]
        speak_german(portal)
        transaction.commit()
        self.session = api_session(portal.absolute_url(), "owner", self)
        self.session.headers["Accept-Language"] = "de"

    def test_guide_endpoint(self):
        data = self.session.get("guide/@framework-guide").json()
        django = data["profiles"][0]
        self.assertEqual(
            django["framework_kind"],
            {"token": "full-stack", "title": "Full-Stack-Framework (alles dabei)"},
        )
        self.assertEqual(
            django["documentation_quality"], {"value": 5, "title": "Sehr hoch"}
        )
        self.assertEqual(data["matrix"]["rows"][0]["title"], "Art")

    def test_chooser_endpoint(self):
        data = self.session.get("guide/@framework-chooser?use_case=crud").json()
        self.assertEqual(data["questions"][0]["title"], "Was bauen Sie?")
        self.assertEqual(
            data["recommendations"][0]["reasons"][0]["message"],
            "Dieser Leitfaden empfiehlt es für „CRUD-Anwendung“.",
        )

    def test_validation_errors(self):
        response = self.session.post(
            "guide",
            json={
                "@type": "FrameworkProfile",
                "title": "Bottle",
                "choose_when": "Small apps.",
                "learning_curve": 9,
            },
        )
        self.assertEqual(response.status_code, 400)
        [error] = json.loads(response.json()["message"])
        self.assertEqual(
            error["message"],
            "Wählen Sie eine Bewertung von 1 (niedrigste) bis 5 (höchste).",
        )


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
        script = load_script()
        for domain in ("collective.frameworkguide", "plone"):
            pot = script.read_catalog(PACKAGE / "locales" / f"{domain}.pot")
            self.assertTrue(pot, domain)
            for language in ("de", "en"):
                po = script.read_catalog(script.po_path(PACKAGE, language, domain))
                self.assertEqual(set(pot) - set(po), set(), f"{language}/{domain}")
            german = script.read_catalog(script.po_path(PACKAGE, "de", domain))
            self.assertEqual([m for m in pot if not german[m]], [], domain)


class TestLintCheck(unittest.TestCase):
    """``make lint`` runs ``scripts/i18n.py check``: it fails on a msgid of the
    code or a template that is missing from the .pot."""

    def run_script(self, *args):
        return subprocess.run(
            [sys.executable, str(SCRIPT), *args],
            capture_output=True,
            text=True,
            check=False,
        )

    def test_a_new_message_fails_until_the_catalogs_have_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            package = Path(tmp) / "pkg"
            (package / "browser").mkdir(parents=True)
            (package / "views.py").write_text('_("Brand-new message")\n')
            (package / "browser" / "page.pt").write_text(
                textwrap.dedent(
                    """\
                    <p xmlns:i18n="http://xml.zope.org/namespaces/i18n"
                       i18n:domain="collective.frameworkguide"
                       i18n:translate="">A new sentence.</p>
                    """
                )
            )
            failed = self.run_script("check", "--package", str(package))
            self.assertEqual(failed.returncode, 1)
            self.assertIn("lacks msgid 'Brand-new message'", failed.stdout)
            self.assertIn("lacks msgid 'A new sentence.'", failed.stdout)

            rebuilt = self.run_script("rebuild", "--package", str(package))
            self.assertEqual(rebuilt.returncode, 0, rebuilt.stderr)
            still = self.run_script("check", "--package", str(package))
            self.assertEqual(still.returncode, 1)
            self.assertIn(
                "de/collective.frameworkguide.po: 'A new sentence.' is empty",
                still.stdout,
            )

            script = load_script()
            po = script.po_path(package, "de", "collective.frameworkguide")
            po.write_text(
                po.read_text()
                .replace(
                    'msgid "A new sentence."\nmsgstr ""',
                    'msgid "A new sentence."\nmsgstr "Ein neuer Satz."',
                )
                .replace(
                    'msgid "Brand-new message"\nmsgstr ""',
                    'msgid "Brand-new message"\nmsgstr "Ganz neu"',
                )
            )
            passed = self.run_script("check", "--package", str(package))
            self.assertEqual(passed.returncode, 0, passed.stdout)

    def test_template_text_without_markup_fails(self):
        with tempfile.TemporaryDirectory() as tmp:
            package = Path(tmp) / "pkg"
            package.mkdir()
            shutil.copytree(PACKAGE / "locales", package / "locales")
            (package / "page.pt").write_text(
                '<p xmlns:i18n="http://xml.zope.org/namespaces/i18n">Untranslated</p>\n'
            )
            result = self.run_script("check", "--package", str(package))
            self.assertEqual(result.returncode, 1)
            self.assertIn("template text without i18n markup", result.stdout)
