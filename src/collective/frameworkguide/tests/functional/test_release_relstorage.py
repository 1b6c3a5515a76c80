"""Two processes run ``scripts/release_check.py`` on one RelStorage database.

As cron would on two instances: the first run takes the lease in PostgreSQL
and reads the index (held open by the test); a second run started meanwhile
finds the lease and stops; the first then proposes each release once. The
review reminders' script runs from cron the same way.

Skipped, with the reason, when no PostgreSQL server can be reached or started
(see ``zope_instances.prepare_database``); CI installs and starts one.
"""

from collective.frameworkguide.tests.support.package_index import PackageIndex
from collective.frameworkguide.tests.support.package_index import project_page
from collective.frameworkguide.tests.support.paths import SCRIPTS
from collective.frameworkguide.tests.support.zope_instances import BIN
from collective.frameworkguide.tests.support.zope_instances import prepare_database
from collective.frameworkguide.tests.support.zope_instances import run
from collective.frameworkguide.tests.support.zope_instances import ZopeInstance
from pathlib import Path

import subprocess
import tempfile
import threading
import time
import unittest


PAGES = {
    "flask": project_page("Flask", [("3.2.0", "2026-11-02")]),
    "django": project_page("Django", [("6.2.0", "2026-11-05")]),
    "pyramid": project_page("pyramid", [("2.1", "2026-11-06")]),
}

# Run by zconsole: a guide with two published profiles and the index's URL.
SETUP = """
from plone import api
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
import os, sys, transaction
from AccessControl.SecurityManagement import newSecurityManager

app = makerequest(app)  # noqa: F821
site = app["Plone"]
setSite(site)
admin = app.acl_users.getUserById(os.environ["ADMIN_USER"])
newSecurityManager(None, admin.__of__(app.acl_users))
guide = api.content.create(container=site, type="FrameworkGuide", id="guide",
                           title="Guide")
for name in ("flask", "django", "pyramid"):
    profile = api.content.create(container=guide, type="FrameworkProfile",
        id=name, title=name.title(), choose_when="When it fits.",
        package_name=name, latest_version="1.0")
    api.content.transition(obj=profile, to_state="published")
api.portal.set_registry_record(
    "collective.frameworkguide.package_index_url", sys.argv[-1])
transaction.commit()
"""

REPORT = """
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
guide = app["Plone"]["guide"]  # noqa: F821
print(sorted(guide.objectIds()))
"""


class TestTwoProcessesOneDatabase(unittest.TestCase):
    def setUp(self):
        dsn = prepare_database("frameworkguide_releases_test")  # or SkipTest
        tmp = tempfile.TemporaryDirectory(prefix="frameworkguide-releases-")
        self.addCleanup(tmp.cleanup)
        self.home = Path(tmp.name)
        self.instance = ZopeInstance(self.home / "instance", dsn)
        self.instance.create_site()
        self.index = PackageIndex(PAGES).__enter__()
        self.addCleanup(self.index.__exit__, None, None, None)
        self.zconsole(SETUP, self.index.url)

    def command(self, script: Path, *arguments: str) -> list[str]:
        conf = self.instance.home / "etc" / "zope.conf"
        return [str(BIN / "zconsole"), "run", str(conf), str(script), *arguments]

    def zconsole(self, code: str, *arguments: str) -> None:
        script = self.home / "script.py"
        script.write_text(code)
        run(self.command(script, *arguments), env=self.instance.environment())

    def check(self) -> subprocess.Popen:
        return subprocess.Popen(
            self.command(SCRIPTS / "release_check.py", "Plone"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=self.instance.environment(),
        )

    def test_second_process_stops_at_the_lease(self):
        # Each answer waits (less than the client's 10 s timeout) until the
        # second run is over, so the first holds the lease meanwhile.
        self.index.hold = threading.Event()
        self.index.hold_seconds = 8
        first = self.check()
        self.addCleanup(first.kill)
        deadline = time.monotonic() + 120
        while not self.index.requests and time.monotonic() < deadline:
            if first.poll() is not None:
                self.fail(f"the first run ended early: {first.stdout.read()[-3000:]}")
            time.sleep(0.2)
        self.assertTrue(self.index.requests, "the first run never reached the index")
        second = self.check()
        output, _err = second.communicate(timeout=180)
        self.assertIn("Release check not run: running.", output)
        self.index.hold.set()
        output, _err = first.communicate(timeout=180)
        self.assertIn("Release check done (proposed: 3).", output)
        self.assertEqual(sorted(self.index.requests), ["django", "flask", "pyramid"])
        script = self.home / "report.py"
        script.write_text(REPORT)
        listed = subprocess.run(
            self.command(script),
            capture_output=True,
            text=True,
            env=self.instance.environment(),
            timeout=180,
            check=True,
        ).stdout
        self.assertIn("'copy_of_pyramid', 'django', 'flask', 'pyramid']", listed)
        self.assertEqual(listed.count("copy_of_"), 3)

    def test_review_reminders_run_as_the_cron_line_says(self):
        # docs/editors.rst: zconsole run zope.conf scripts/review_reminders.py
        # Plone. zconsole's own arguments ("run", the configuration) stay in
        # sys.argv; the script must not take them for the site id.
        reminders = subprocess.run(
            self.command(SCRIPTS / "review_reminders.py", "Plone"),
            capture_output=True,
            text=True,
            env=self.instance.environment(),
            timeout=180,
        )
        self.assertEqual(reminders.returncode, 0, reminders.stderr[-3000:])
        self.assertRegex(
            reminders.stdout, r"Mailed \d+ profile\(s\) to \d+ editor\(s\)\."
        )
