"""The view templates: every visible string translatable, no inline styles."""

from collective.frameworkguide import browser
from pathlib import Path

import shutil
import subprocess
import sys
import unittest


TEMPLATES = sorted((Path(browser.__file__).parent / "templates").glob("*.pt"))
I18NDUDE = shutil.which("i18ndude") or str(Path(sys.executable).parent / "i18ndude")


class TestTemplates(unittest.TestCase):
    def test_templates_found(self):
        names = {template.name for template in TEMPLATES}
        self.assertTrue({"guide.pt", "profile.pt", "compare.pt", "chooser.pt"} <= names)

    @unittest.skipUnless(Path(I18NDUDE).exists(), "i18ndude is not installed")
    def test_every_string_is_translatable(self):
        result = subprocess.run(
            [I18NDUDE, "find-untranslated", "-s", *map(str, TEMPLATES)],
            capture_output=True,
            text=True,
            check=False,
        )
        # With -s, i18ndude prints only files with problems and then exits 1.
        self.assertEqual((result.returncode, result.stdout.strip()), (0, ""))

    def test_one_domain(self):
        for template in TEMPLATES:
            source = template.read_text()
            self.assertIn('i18n:domain="collective.frameworkguide"', source, template)

    def test_no_inline_styles(self):
        for template in TEMPLATES:
            self.assertNotRegex(
                template.read_text(), r"\bstyle\s*=|<style", template.name
            )
