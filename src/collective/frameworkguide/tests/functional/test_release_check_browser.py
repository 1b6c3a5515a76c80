"""The release check as reviewers and visitors meet it, in real Chromium.

A reviewer opens ``@@framework-release-check`` on the demo guide, presses
"Check the package index now" and finds the proposals on the reviewer desk
with their field-by-field diff, while visitors still see the published
profiles; a profile without a release for years carries a notice at every
width. Screenshots go to ``test-results/browser/`` (and docs/images/).
"""

from collective.frameworkguide.settings import PACKAGE_INDEX_RECORD
from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chromium import ChromiumTestCase
from collective.frameworkguide.tests.support.chromium import skip_without_chromium
from collective.frameworkguide.tests.support.package_index import PackageIndex
from collective.frameworkguide.tests.support.package_index import project_page
from collective.frameworkguide.tests.support.rest_client import api_session
from collective.frameworkguide.tests.support.users import create_users
from datetime import date
from plone import api

import transaction


WIDTHS = (1280, 390, 360)
PAGES = {
    "flask": project_page(
        "Flask",
        [("3.1.3", "2026-02-10"), ("3.2.0", "2026-11-02"), ("3.3.0b1", "2026-11-10")],
    ),
    "django": project_page("Django", [("6.1.3", "2026-10-01")]),
}


@skip_without_chromium
class TestReleaseCheckInChromium(ChromiumTestCase):
    layer = ACCEPTANCE_TESTING

    def setUp(self):
        super().setUp()
        create_users()
        self.index = PackageIndex(PAGES).__enter__()
        self.addCleanup(self.index.__exit__, None, None, None)
        api.portal.set_registry_record(PACKAGE_INDEX_RECORD, self.index.url)
        transaction.commit()

    def test_reviewer_checks_and_finds_the_proposal_on_the_desk(self):
        page = self.page
        self.log_in("reviewer")
        self.open("guide/@@framework-release-check")
        page.get_by_role("button", name="Check the package index now").click()
        page.wait_for_load_state()
        outcomes = page.locator(".framework-release-outcomes tbody tr")
        actions = {
            row.locator("th a").inner_text(): row.get_attribute("data-action")
            for row in outcomes.all()
        }
        self.assertEqual(
            actions,
            {
                "Flask": "proposed",
                "Django": "proposed",  # its release date was not known
                "Pyramid": "failed",
                "Plone": "failed",
            },
        )
        self.assertIn("does not know this package", outcomes.last.inner_text())
        self.assert_accessible()
        self.screenshot("release-check")

        self.open("guide/@@framework-review")
        flask = page.locator(".framework-desk-item", has_text="Flask")
        self.assertIn(
            f"Release 3.2.0 found on the package index on {date.today().isoformat()}",
            flask.inner_text(),
        )
        diff = flask.locator("tr[data-field]")
        self.assertEqual(
            [row.get_attribute("data-field") for row in diff.all()],
            ["latest_version", "latest_release_date"],
        )
        self.assertIn(
            "3.2.0", flask.locator("tr[data-field=latest_version]").inner_text()
        )
        self.assert_accessible()
        flask.scroll_into_view_if_needed()
        self.screenshot("review-desk-release", "review-desk-release")

        # Visitors still read the published version.
        anonymous = api_session(self.portal.absolute_url(), test=self)
        data = anonymous.get("guide/@framework-guide").json()
        flask_json = [p for p in data["profiles"] if p["id"] == "flask"][0]
        self.assertEqual(flask_json["latest_version"], "3.1.3")
        self.assertIsNotNone(data["releases"]["last_check"])

    def test_no_release_notice_at_every_width(self):
        pyramid = self.portal["guide"]["pyramid"]
        pyramid.latest_release_date = date(2023, 8, 30)
        pyramid.reindexObject()
        transaction.commit()
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 900})
            for path in ("guide/pyramid", "guide"):
                self.open(path)
                overflow = self.page.evaluate(
                    "document.documentElement.scrollWidth - window.innerWidth"
                )
                self.assertLessEqual(overflow, 0, f"{path} at {width} px")
            self.open("guide/pyramid")
            notice = self.page.locator(".framework-no-release")
            self.assertIn("No release since", notice.inner_text())
            self.screenshot(f"profile-no-release-{width}")
        self.assert_accessible()
