"""The package index client against a local PEP 691 index: answers and failures."""

from collective.frameworkguide.errors import PackageIndexError
from collective.frameworkguide.releases.index import fetch_project
from collective.frameworkguide.releases.index import Limits
from collective.frameworkguide.releases.index import read_release
from collective.frameworkguide.tests.support.package_index import free_port
from collective.frameworkguide.tests.support.package_index import PackageIndex
from collective.frameworkguide.tests.support.package_index import project_page
from datetime import date

import time
import unittest


FLASK = project_page(
    "Flask",
    [
        ("2.3.3", "2023-08-21"),
        ("3.1.3", "2026-02-10"),
        ("3.2.0", "2026-09-01", "broken wheel"),  # yanked
        ("3.3.0rc1", "2026-10-01"),  # a pre-release
        ("3.3.0.dev2", "2026-10-05"),  # a development release
        ("0.1", "2010-04-16"),
    ],
)


class TestIndexClient(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.index = PackageIndex({"flask": FLASK}).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.index.__exit__(None, None, None)

    def failure(self, name: str, limits: Limits | None = None) -> str:
        with self.assertRaises(PackageIndexError) as raised:
            read_release(self.index.url, name, limits or Limits())
        return str(raised.exception)

    def test_latest_final_release_and_dates(self):
        release = read_release(self.index.url, "Flask")
        self.assertEqual(release.version, "3.1.3")
        self.assertEqual(release.released, date(2026, 2, 10))
        self.assertEqual(release.first_released, date(2010, 4, 16))
        # The name is normalized and the JSON API asked for.
        self.assertEqual(self.index.requests[-1], "flask")

    def test_unknown_package(self):
        self.assertEqual(
            self.failure("no-such-thing"), "the index does not know this package"
        )

    def test_http_error(self):
        self.assertEqual(self.failure("broken"), "the index answered HTTP 500")

    def test_timeout(self):
        started = time.monotonic()
        self.assertEqual(
            self.failure("slow", Limits(timeout=0.5)), "no answer within 0.5 seconds"
        )
        self.assertLess(time.monotonic() - started, 2.5)

    def test_malformed_json(self):
        self.assertEqual(self.failure("malformed"), "the answer is not valid JSON")

    def test_html_instead_of_json(self):
        self.assertIn("not the JSON simple API", self.failure("html"))

    def test_huge_answer_is_cut_off(self):
        limits = Limits(max_bytes=2 * 1024 * 1024)
        started = time.monotonic()
        message = self.failure("huge", limits)
        self.assertEqual(
            message, f"the answer is too big (cut off after {2 * 1024 * 1024} bytes)"
        )
        self.assertLess(time.monotonic() - started, 5)

    def test_unreachable_index(self):
        url = f"http://127.0.0.1:{free_port()}/simple/"
        with self.assertRaises(PackageIndexError) as raised:
            fetch_project(url, "flask")
        self.assertIn("cannot be reached", str(raised.exception))

    def test_only_prereleases_or_yanked(self):
        self.index.pages["beta"] = project_page(
            "beta", [("1.0b1", "2026-01-01"), ("1.0", "2026-02-01", True)]
        )
        self.assertEqual(
            self.failure("beta"), "the index lists no final release of this package"
        )
