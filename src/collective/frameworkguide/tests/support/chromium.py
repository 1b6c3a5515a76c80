"""Real Chromium against a real Zope server: helpers of the browser tests.

The browser is Debian's ``/usr/bin/chromium`` driven by Playwright (Python);
``playwright install`` is not needed. Without that binary the browser tests
skip. axe-core comes from ``node_modules`` (``npm ci``; ``make test`` runs it).
"""

from collective.frameworkguide.tests.support.paths import REPOSITORY
from collective.frameworkguide.tests.support.users import PASSWORD
from pathlib import Path
from plone import api

import os
import shutil
import transaction
import unittest


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = REPOSITORY / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCREENSHOTS = REPOSITORY / "test-results" / "browser"
# Set to a folder (e.g. docs/images) to also write the documentation's screenshots.
DOCS_SCREENSHOTS = os.environ.get("FRAMEWORKGUIDE_DOCS_SCREENSHOTS", "")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
THEME_BLACKLIST = "plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist"

skip_without_chromium = unittest.skipUnless(
    shutil.which(CHROMIUM),
    f"browser tests need Chromium at {CHROMIUM} (Debian: apt-get install chromium)",
)


class ChromiumTestCase(unittest.TestCase):
    """One Chromium for the test class, a fresh browser context per test."""

    playwright = None
    browser = None

    @classmethod
    def setUpClass(cls):
        if not AXE_SCRIPT.exists():
            raise RuntimeError(
                f"{AXE_SCRIPT} is missing: run `npm ci` in {REPOSITORY} "
                "(`make test` does it)."
            )
        from playwright.sync_api import sync_playwright

        cls.playwright = sync_playwright().start()
        cls.browser = cls.playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )

    @classmethod
    def tearDownClass(cls):
        if cls.browser is not None:
            cls.browser.close()
        if cls.playwright is not None:
            cls.playwright.stop()

    def setUp(self):
        self.portal = self.layer["portal"]
        # Plone leaves 127.0.0.1 unthemed by default; the pages are tested
        # with the Barceloneta theme visitors get.
        api.portal.set_registry_record(THEME_BLACKLIST, [])
        transaction.commit()
        self.server_url = f"http://127.0.0.1:{self.layer['port']}/plone"
        self.context = self.browser.new_context(viewport=DESKTOP)
        self.context.set_default_timeout(20000)
        self.page = self.context.new_page()

    def tearDown(self):
        self.context.close()

    def open(self, path: str):
        response = self.page.goto(f"{self.server_url}/{path}")
        self.assertEqual(response.status, 200, path)
        return response

    def log_in(self, userid: str):
        """Log in through Plone's login form (users of ``users.create_users``)."""
        self.open("login")
        self.page.get_by_label("Login name").fill(userid)
        self.page.get_by_label("Password").fill(PASSWORD)
        self.page.get_by_role("button", name="Log in").click()
        self.page.wait_for_load_state()

    def screenshot(self, name: str, docs_name: str = "") -> Path:
        """Save the whole page under test-results/browser (and the docs)."""
        options = {"full_page": True}
        width = self.page.viewport_size["width"]
        if width < DESKTOP["width"]:
            # Plone's off-canvas menu widens the document beyond a phone's
            # screen; keep to what the phone shows.
            height = self.page.evaluate("document.documentElement.scrollHeight")
            options["clip"] = {"x": 0, "y": 0, "width": width, "height": height}
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), **options)
        if DOCS_SCREENSHOTS and docs_name:
            docs = Path(DOCS_SCREENSHOTS)
            docs.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(docs / f"{docs_name}.png"), **options)
        return path

    def content_overflow(self) -> list[str]:
        """Elements of #content sticking out of the viewport, except inside the
        matrix, which scrolls in its own box."""
        return self.page.evaluate(
            """() => [...document.querySelectorAll('#content *')]
                .filter(el => !el.closest('.framework-matrix-wrapper'))
                .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                .map(el => el.tagName + '.' + el.className)"""
        )

    def assert_accessible(self):
        """No WCAG 2.1 A/AA violation inside #content (our markup)."""
        self.page.add_script_tag(path=str(AXE_SCRIPT))
        result = self.page.evaluate(
            """(tags) => axe.run(
                {include: ['#content']},
                {runOnly: {type: 'tag', values: tags}}
            )""",
            AXE_TAGS,
        )
        problems = [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(" ".join(node["target"]) for node in v["nodes"])
            for v in result["violations"]
        ]
        self.assertEqual(problems, [], f"axe-core on {self.page.url}")
        self.assertGreater(len(result["passes"]), 0, "axe-core checked nothing")
