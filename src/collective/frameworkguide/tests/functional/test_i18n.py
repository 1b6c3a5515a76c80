"""Translations: German pages and German REST answers of the demo guide."""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.rest_client import api_session
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.testing.zope import Browser

import json
import lxml.html
import transaction
import unittest


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
        self.assertIn(
            "Diese Datei ist kein Export eines Leitfadens (JSON erwartet)",
            self.browser.contents,
        )


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
            data["items"][0]["reasons"][0]["message"],
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
