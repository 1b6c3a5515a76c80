"""Two release checks at once, each with its own database connection (as two
Zope instances have): one does the work, the other stops at the lease."""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import noSecurityManager
from AccessControl.SpecialUsers import system
from collective.frameworkguide.releases.check import run_check
from collective.frameworkguide.releases.index import Limits
from collective.frameworkguide.settings import PACKAGE_INDEX_RECORD
from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.package_index import PackageIndex
from collective.frameworkguide.tests.support.package_index import project_page
from collective.frameworkguide.tests.support.users import create_users
from datetime import date
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import clearRequest
from zope.globalrequest import setRequest

import threading
import time
import transaction
import unittest


TODAY = date(2026, 11, 20)
PAGES = {
    "flask": project_page("Flask", [("3.2.0", "2026-11-02")]),
    "django": project_page("Django", [("6.2.0", "2026-11-05")]),
}


class TestOneRunAtATime(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        create_users()
        guide = create_guide(self.portal)
        for name in PAGES:
            profile = profile_in_state(guide, "published", name)
            profile.package_name = name
        self.index = PackageIndex(PAGES).__enter__()
        self.addCleanup(self.index.__exit__, None, None, None)
        api.portal.set_registry_record(PACKAGE_INDEX_RECORD, self.index.url)
        transaction.commit()

    def run_in_thread(self, start: threading.Barrier, results: list, **options):
        """A run with a connection of its own, as another instance's."""
        connection = self.layer["app"]._p_jar.db().open()
        try:
            app = makerequest(connection.root()["Application"])
            setRequest(app.REQUEST)
            site = app[self.portal.getId()]
            setSite(site)
            newSecurityManager(None, system)
            start.wait(timeout=30)
            results.append(
                run_check(site, today=TODAY, limits=Limits(timeout=30), **options)
            )
        finally:
            transaction.abort()
            noSecurityManager()
            setSite(None)
            clearRequest()
            connection.close()

    def test_two_runs_at_once_do_the_work_once(self):
        self.index.hold = threading.Event()  # the index answers when told
        start, results = threading.Barrier(2), []
        threads = [
            threading.Thread(target=self.run_in_thread, args=(start, results))
            for _run in range(2)
        ]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while not results and time.monotonic() < deadline:
            time.sleep(0.05)  # the run that lost the lease returns at once
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0].stopped, "running")
        self.index.hold.set()
        for thread in threads:
            thread.join(timeout=60)
        self.assertEqual(results[1].stopped, None)
        self.assertEqual(results[1].summary(), {"proposed": 2})
        # Each package was read once, and each profile has one proposal.
        self.assertEqual(sorted(self.index.requests), ["django", "flask"])
        transaction.begin()
        guide = self.portal["guide"]
        self.assertEqual(len(guide.objectIds()), 4)
        for name in PAGES:
            self.assertIsNotNone(ICheckinCheckoutPolicy(guide[name]).getWorkingCopy())

    def test_a_run_soon_after_another_does_nothing(self):
        start = threading.Barrier(1)
        results = []
        self.run_in_thread(start, results)
        self.run_in_thread(start, results, fresh_seconds=3600)
        self.assertEqual([r.stopped for r in results], [None, "fresh"])
        self.assertEqual(len(self.index.requests), 2)
