"""Release checks against a local index: proposals, suggestions, failures.

A newer release of a published profile becomes a pending working copy on the
reviewer desk (with its diff) and reaches visitors only when a reviewer checks
it in; a second run updates it instead of adding another; an index that fails
changes nothing and says why in the log.
"""

from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.releases.check import check_profiles
from collective.frameworkguide.releases.index import Limits
from collective.frameworkguide.review import desk
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.package_index import PackageIndex
from collective.frameworkguide.tests.support.package_index import project_page
from collective.frameworkguide.tests.support.users import as_user
from collective.frameworkguide.tests.support.users import create_users
from datetime import date
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from Products.CMFCore.indexing import processQueue
from zope.interface import alsoProvides

import lxml.html
import unittest


TODAY = date(2026, 11, 20)
LIMITS = Limits(timeout=1, max_bytes=1024 * 1024)


def flask_page(*newer):
    return project_page(
        "Flask",
        [("2.3.3", "2023-08-21"), ("3.1.3", "2026-02-10"), *newer],
    )


class TestReleaseProposals(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        alsoProvides(self.request, IFrameworkGuideLayer)
        create_users()
        self.guide = create_guide(self.portal)
        self.flask = profile_in_state(self.guide, "published", "flask")
        self.flask.package_name = "Flask"
        self.flask.latest_version = "3.1.3"
        self.flask.latest_release_date = date(2026, 2, 10)
        self.flask.first_release_year = 2010
        self.flask.reindexObject()
        self.index = PackageIndex(
            {"flask": flask_page(("3.2.0", "2026-11-02"), ("3.3.0rc1", "2026-11-10"))}
        ).__enter__()
        self.addCleanup(self.index.__exit__, None, None, None)
        as_user(self.portal, "reviewer")  # the desk's catalog queries

    def check(self):
        result = check_profiles([self.guide], self.index.url, TODAY, LIMITS)
        processQueue()
        return {outcome.package: outcome for outcome in result.outcomes}

    def working_copy(self, profile=None):
        return ICheckinCheckoutPolicy(profile or self.flask).getWorkingCopy()

    def desk(self, userid="reviewer"):
        as_user(self.portal, userid)
        return lxml.html.fromstring(
            self.guide.restrictedTraverse("@@framework-review")()
        )

    def test_newer_release_waits_for_a_reviewer_with_its_diff(self):
        outcome = self.check()["Flask"]
        self.assertEqual((outcome.action, outcome.version), ("proposed", "3.2.0"))
        # Visitors still see the published profile.
        self.assertEqual(self.flask.latest_version, "3.1.3")
        working_copy = self.working_copy()
        self.assertEqual(api.content.get_state(obj=working_copy), "pending")
        self.assertEqual(working_copy.latest_release_date, date(2026, 11, 2))
        rows = desk.pending_rows(self.guide)
        self.assertEqual(len(rows), 1)
        note = "Release 3.2.0 found on the package index on 2026-11-20"
        self.assertEqual(rows[0]["comment"], note)
        self.assertTrue(rows[0]["release_proposal"])
        diff = {row["name"]: (row["old"], row["new"]) for row in rows[0]["diff"]}
        self.assertEqual(
            diff,
            {
                "latest_version": ("3.1.3", "3.2.0"),
                "latest_release_date": ("2026-02-10", "2026-11-02"),
            },
        )
        doc = self.desk()
        item = doc.xpath("//section[contains(@class,'desk-pending')]//div[h3]")[0]
        text = " ".join(item.text_content().split())
        self.assertIn(note, text)
        self.assertIn("From the package index", text)
        self.assertEqual(len(item.xpath(".//tr[@data-field]")), 2)

        # Any reviewer approves it (the check, not a reviewer, submitted it).
        as_user(self.portal, "reviewer")
        control = working_copy.restrictedTraverse("@@iterate_control")
        self.assertTrue(control.checkin_allowed())
        ICheckinCheckoutPolicy(working_copy).checkin("Approved")
        self.assertEqual(self.flask.latest_version, "3.2.0")
        self.assertEqual(self.flask.latest_release_date, date(2026, 11, 2))
        self.assertIsNone(self.working_copy())
        self.assertEqual(self.check()["Flask"].action, "unchanged")

    def test_second_run_updates_the_waiting_proposal(self):
        self.check()
        self.assertEqual(self.check()["Flask"].action, "unchanged")
        self.index.pages["flask"] = flask_page(
            ("3.2.0", "2026-11-02"), ("3.2.1", "2026-11-18")
        )
        self.assertEqual(self.check()["Flask"].action, "updated")
        rows = desk.pending_rows(self.guide)
        self.assertEqual(len(rows), 1)
        self.assertEqual(self.working_copy().latest_version, "3.2.1")
        self.assertIn("Release 3.2.1 found", rows[0]["comment"])
        ids = [p.getId() for p in self.guide.objectValues()]
        self.assertEqual(len(ids), 2, ids)

    def test_cancelled_proposal_is_not_proposed_again(self):
        self.check()
        # Discarded as any other change: the reviewer sends it back, an
        # editor cancels the check-out.
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(
                obj=self.working_copy(), transition="reject", comment="Not yet."
            )
        self.assertEqual(self.check()["Flask"].action, "unchanged")
        as_user(self.portal, "editor")
        ICheckinCheckoutPolicy(self.working_copy()).cancelCheckout()
        self.assertIsNone(self.working_copy())
        self.assertEqual(self.check()["Flask"].action, "declined")
        self.assertIsNone(self.working_copy())

    def test_failures_change_nothing_and_are_logged(self):
        for name in ("slow", "malformed", "huge", "broken", "unknown-package"):
            profile = profile_in_state(self.guide, "published", name)
            profile.package_name = name
            profile.latest_version = "1.0"
            profile.reindexObject()
        before = {p.getId(): p.latest_version for p in self.guide.objectValues()}
        with self.assertLogs("collective.frameworkguide.releases", "WARNING") as log:
            outcomes = self.check()
        self.assertEqual(
            {name: outcomes[name].message for name in outcomes if name != "Flask"},
            {
                "slow": "no answer within 1 seconds",
                "malformed": "the answer is not valid JSON",
                "huge": f"the answer is too big (cut off after {1024 * 1024} bytes)",
                "broken": "the index answered HTTP 500",
                "unknown-package": "the index does not know this package",
            },
        )
        self.assertEqual(len(log.records), 5)
        self.assertIn("'unknown-package'", log.output[-1])
        self.assertIn("nothing changed", log.output[-1])
        # Only Flask got a proposal; nothing else moved.
        self.assertEqual(len(desk.pending_rows(self.guide)), 1)
        for profile_id, version in before.items():
            self.assertEqual(self.guide[profile_id].latest_version, version)

    def test_unreachable_index_changes_nothing(self):
        self.index.__exit__(None, None, None)
        with self.assertLogs("collective.frameworkguide.releases", "WARNING"):
            outcome = self.check()["Flask"]
        self.assertEqual(outcome.action, "failed")
        self.assertIn("cannot be reached", outcome.message)
        self.assertIsNone(self.working_copy())
        self.assertEqual(self.flask.latest_version, "3.1.3")

    def test_packages_per_run_are_bounded(self):
        for number in range(3):
            profile = profile_in_state(self.guide, "published", f"extra{number}")
            profile.package_name = f"extra{number}"
        result = check_profiles(
            [self.guide], self.index.url, TODAY, Limits(timeout=1, max_packages=2)
        )
        actions = [outcome.action for outcome in result.outcomes]
        self.assertEqual(actions.count("not checked"), 2)
        self.assertEqual(len(self.index.requests), 2)

    def test_draft_gets_the_values_as_a_suggestion(self):
        draft = profile_in_state(self.guide, "draft", "flask-next")
        draft.package_name = "flask"
        self.assertEqual(self.check()["flask"].action, "suggested")
        self.assertEqual(draft.latest_version, "3.2.0")
        self.assertEqual(draft.latest_release_date, date(2026, 11, 2))
        # The first upload's year fills an empty "first release".
        self.assertEqual(draft.first_release_year, 2023)
        self.assertIsNone(self.working_copy(draft))
        as_user(self.portal, "editor")
        html = draft.restrictedTraverse("@@framework-profile")()
        note = lxml.html.fromstring(html).xpath(
            "//*[contains(@class,'framework-release-suggestion')]"
        )
        self.assertEqual(len(note), 1)
        self.assertIn(
            "Release 3.2.0 found on the package index on 2026-11-20",
            note[0].text_content(),
        )

    def test_profile_in_review_is_left_alone(self):
        pending = profile_in_state(self.guide, "pending", "bottle")
        pending.package_name = "flask"
        self.assertEqual(self.check()["flask"].action, "waiting")
        self.assertIsNone(pending.latest_version)
