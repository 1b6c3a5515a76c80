"""Hostile input through ``@@framework-guide-import``.

One file holds every rejected case, a row each: the page lists every bad
row with each field and its message, and nothing is written. Invalid UTF-8 is
named as such. Accepted payloads are imported and their pages are inert.
"""

from collective.frameworkguide.tests.support import hostile_payloads as hostile
from collective.frameworkguide.tests.support.exchange_client import ExchangeTestCase
from collective.frameworkguide.tests.support.live_code import live_code

import transaction


BASE = {"choose_when": "You want the whole app in one file."}
PORTAL_URL = "http://nohost/plone"


class TestHostileImport(ExchangeTestCase):
    def test_every_bad_row_and_field_listed_nothing_written(self):
        cases = [c for c in hostile.REJECTED if hostile.IMPORT in c.entry_points]
        rows = [
            {"id": f"row-{number}", "title": f"Row {number}", **BASE, **case.values}
            for number, case in enumerate(cases, start=1)
        ]
        browser = self.import_file(self.empty, {"profiles": rows})
        self.assertIn("Nothing was imported", browser.contents)
        shown = {
            (int(row), field): message
            for row, _profile, field, message in self.errors_shown(browser)
        }
        expected = {
            (number, name): case.message(name, hostile.IMPORT)
            for number, case in enumerate(cases, start=1)
            for name in case.values
        }
        self.assertEqual(set(shown), set(expected))
        for key, message in expected.items():
            self.assertEqual(shown[key], message, key)
        self.assertEqual(live_code(browser.contents, PORTAL_URL), [])
        transaction.begin()
        self.assertEqual(self.empty.objectIds(), [])

    def test_invalid_utf8(self):
        browser = self.import_file(self.empty, hostile.INVALID_UTF8)
        self.assertEqual(
            self.errors_shown(browser), [("—", "—", "—", hostile.MSG_INVALID_UTF8)]
        )
        transaction.begin()
        self.assertEqual(self.empty.objectIds(), [])

    def test_accepted_payloads_are_inert(self):
        rows = [
            {
                "id": f"accepted-{number}",
                **BASE,
                **hostile.with_title_suffix(case, "(import)"),
            }
            for number, case in enumerate(hostile.ACCEPTED)
        ]
        browser = self.import_file(self.empty, {"profiles": rows})
        self.assertEqual(self.errors_shown(browser), [])
        self.assertEqual(live_code(browser.contents, PORTAL_URL), [])
        transaction.begin()
        self.assertEqual(len(self.empty.objectIds()), len(rows))
        viewer = self.browser()
        for row in rows:
            viewer.open(f"{self.empty.absolute_url()}/{row['id']}/@@framework-profile")
            self.assertEqual(live_code(viewer.contents, PORTAL_URL), [], row["id"])
        viewer.open(f"{self.empty.absolute_url()}/@@framework-guide")
        self.assertEqual(live_code(viewer.contents, PORTAL_URL), [])
