"""The i18n check of ``make lint``: new messages fail until the catalogs have them."""

from collective.frameworkguide.tests.support.paths import load_script
from collective.frameworkguide.tests.support.paths import PACKAGE_DIR
from collective.frameworkguide.tests.support.paths import SCRIPTS
from pathlib import Path

import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest


SCRIPT = SCRIPTS / "i18n.py"


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

            script = load_script("i18n")
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
            shutil.copytree(PACKAGE_DIR / "locales", package / "locales")
            (package / "page.pt").write_text(
                '<p xmlns:i18n="http://xml.zope.org/namespaces/i18n">Untranslated</p>\n'
            )
            result = self.run_script("check", "--package", str(package))
            self.assertEqual(result.returncode, 1)
            self.assertIn("template text without i18n markup", result.stdout)
