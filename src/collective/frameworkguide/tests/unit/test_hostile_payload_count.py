"""The hostile-input tables: the count docs/reliability.rst reports."""

from collective.frameworkguide.tests.support import hostile_payloads as hostile
from collective.frameworkguide.tests.support.paths import DOCS

import unittest


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
        docs = DOCS / "reliability.rst"
        if docs.exists():  # a source checkout
            self.assertIn(f"**{len(tried)}** combinations", docs.read_text())
