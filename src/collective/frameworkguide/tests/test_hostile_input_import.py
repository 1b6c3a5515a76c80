"""Hostile input through ``@@framework-guide-import``.

One file holds every rejected case, a row each: the page lists every bad
row with each field and its message, and nothing is written. Invalid UTF-8 is
named as such. Accepted payloads are imported and their pages are inert.
"""

from collective.frameworkguide.tests import hostile_payloads as hostile
from collective.frameworkguide.tests.exchange_client import ExchangeTestCase
from collective.frameworkguide.tests.live_code import live_code
from pathlib import Path

import collective.frameworkguide
import transaction
import unittest


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


class TestPayloadCount(unittest.TestCase):
    """The figure in docs/reliability.rst is what the hostile-input tests try."""

    def test_count(self):
        tried = hostile.tried()
        payloads = {case for case, _field, _entry in tried}
        entry_points = {entry for _case, _field, entry in tried}
        print(
            f"hostile input: {len(payloads)} payloads, {len(tried)} "
            f"payload × field × entry point combinations, "
            f"{len(entry_points)} entry points"
        )
        self.assertEqual(len(entry_points), 5)
        package = Path(collective.frameworkguide.__file__).parent
        docs = package.parents[2] / "docs" / "reliability.rst"
        if docs.exists():  # a source checkout
            self.assertIn(f"**{len(tried)}** combinations", docs.read_text())
