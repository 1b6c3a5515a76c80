"""The maintenance signal: "last release", and "no release since" past the
guide's threshold, on the profile page, in the matrix, the desk and the JSON."""

from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.review import desk
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import as_user
from collective.frameworkguide.tests.support.users import create_users
from datetime import date
from datetime import timedelta
from plone.restapi.interfaces import ISerializeToJson
from Products.CMFCore.indexing import processQueue
from zope.component import getMultiAdapter
from zope.interface import alsoProvides

import lxml.html
import unittest


TWO_YEARS_AGO = date.today() - timedelta(days=730)
LAST_MONTH = date.today() - timedelta(days=30)


class TestMaintenanceSignal(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        alsoProvides(self.request, IFrameworkGuideLayer)
        create_users()
        self.guide = create_guide(self.portal)
        for profile_id, released in (("pyramid", TWO_YEARS_AGO), ("flask", LAST_MONTH)):
            profile = profile_in_state(self.guide, "published", profile_id)
            profile.package_name = profile_id
            profile.latest_version = "2.0"
            profile.latest_release_date = released
            profile.reindexObject()
        processQueue()

    def profile_page(self, profile_id):
        as_user(self.portal, None)
        html = self.guide[profile_id].restrictedTraverse("@@framework-profile")()
        return lxml.html.fromstring(html)

    def notice(self, profile_id) -> str:
        found = self.profile_page(profile_id).xpath(
            "//*[contains(@class,'framework-no-release')]"
        )
        return " ".join(found[0].text_content().split()) if found else ""

    def matrix_cells(self) -> list[str]:
        as_user(self.portal, None)
        doc = lxml.html.fromstring(self.guide.restrictedTraverse("@@framework-guide")())
        row = doc.xpath("//tr[@data-criterion='latest_release_date']")[0]
        return [" ".join(td.text_content().split()) for td in row.xpath("td")]

    def test_visitors_see_no_release_since_past_the_threshold(self):
        self.assertIn("No release since", self.notice("pyramid"))
        self.assertEqual(self.notice("flask"), "")
        facts = self.profile_page("flask").xpath(
            "//time[@class='framework-last-release']"
        )
        self.assertEqual(facts[0].get("datetime"), LAST_MONTH.isoformat())
        # The matrix: Flask, Pyramid by title.
        self.assertEqual(
            self.matrix_cells(),
            [LAST_MONTH.isoformat(), f"no release since {TWO_YEARS_AGO.isoformat()}"],
        )

    def test_the_guide_sets_the_threshold(self):
        self.guide.release_warning_months = 36
        self.assertEqual(self.notice("pyramid"), "")
        self.assertEqual(self.matrix_cells()[1], TWO_YEARS_AGO.isoformat())
        self.assertEqual(desk.quiet_rows(self.guide, date.today()), [])

    def test_the_desk_lists_quiet_profiles(self):
        as_user(self.portal, "reviewer")
        rows = desk.quiet_rows(self.guide, date.today())
        self.assertEqual([row["title"] for row in rows], ["Pyramid"])
        doc = lxml.html.fromstring(
            self.guide.restrictedTraverse("@@framework-review")()
        )
        section = doc.xpath("//section[contains(@class,'framework-desk-quiet')]")[0]
        self.assertIn("Pyramid", section.text_content())
        self.assertNotIn("Flask", section.text_content())

    def test_json_of_the_guide(self):
        as_user(self.portal, None)
        comparison = GuideComparison.from_form(self.guide, {})
        data = getMultiAdapter((comparison, self.request), ISerializeToJson)()
        self.assertEqual(data["releases"]["warning_months"], 18)
        self.assertIsNone(data["releases"]["last_check"])
        profiles = {p["id"]: p for p in data["profiles"]}
        self.assertEqual(profiles["pyramid"]["package_name"], "pyramid")
        self.assertEqual(
            profiles["pyramid"]["latest_release_date"], TWO_YEARS_AGO.isoformat()
        )
        self.assertEqual(
            profiles["pyramid"]["release"],
            {"last_release": TWO_YEARS_AGO.isoformat(), "no_release_since": True},
        )
        self.assertFalse(profiles["flask"]["release"]["no_release_since"])
        row = [r for r in data["matrix"]["rows"] if r["name"] == "latest_release_date"]
        self.assertEqual(
            row[0]["cells"], [LAST_MONTH.isoformat(), TWO_YEARS_AGO.isoformat()]
        )
