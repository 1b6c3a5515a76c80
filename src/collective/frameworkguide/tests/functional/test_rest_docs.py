"""Every HTTP example of docs/rest-api.rst and docs/exchange.rst, sent for real.

An example is a ``.. code-block:: http`` request followed by one with the
response. The documented response is shortened: an object may leave keys out
and a list may show only its first items, but every value shown must be the
value the server answers.
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.paths import DOCS
from collective.frameworkguide.tests.support.rest_client import api_session

import json
import re
import textwrap
import unittest


DOCUMENTED_SITE = "http://localhost:8080/Plone"


def http_blocks(text: str) -> list[str]:
    """The contents of the ``.. code-block:: http`` directives, in order."""
    blocks = []
    for match in re.finditer(
        r"^\.\. code-block:: http\n\n((?:(?: {4}.*)?\n)+)", text, re.MULTILINE
    ):
        blocks.append(textwrap.dedent(match[1]).strip("\n"))
    return blocks


def parse_message(block: str) -> tuple[str, dict, str]:
    """First line, headers and body of an HTTP request or response."""
    head, _sep, body = block.partition("\n\n")
    first, *header_lines = head.splitlines()
    headers = dict(line.split(": ", 1) for line in header_lines)
    return first, headers, body.strip()


def examples(name: str) -> list[tuple[str, str]]:
    blocks = http_blocks((DOCS / name).read_text(encoding="utf-8"))
    assert len(blocks) % 2 == 0, f"{name}: a request without its response"
    return list(zip(blocks[::2], blocks[1::2], strict=True))


class TestDocumentedExamples(unittest.TestCase):
    layer = ACCEPTANCE_TESTING
    maxDiff = None

    def setUp(self):
        self.portal_url = self.layer["portal"].absolute_url()

    def localise(self, text: str) -> str:
        return text.replace(DOCUMENTED_SITE, self.portal_url)

    def assert_contained(self, shown, actual, where="body"):
        """``shown`` is ``actual`` with keys and trailing list items left out."""
        if isinstance(shown, dict):
            self.assertIsInstance(actual, dict, where)
            for key, value in shown.items():
                self.assertIn(key, actual, f"{where}: no {key!r}")
                self.assert_contained(value, actual[key], f"{where}.{key}")
        elif isinstance(shown, list):
            self.assertIsInstance(actual, list, where)
            self.assertLessEqual(len(shown), len(actual), f"{where}: too many items")
            for index, value in enumerate(shown):
                self.assert_contained(value, actual[index], f"{where}[{index}]")
        else:
            self.assertEqual(shown, actual, where)

    def run_example(self, request: str, response: str):
        first, headers, body = parse_message(request)
        method, path, _version = first.split(" ")
        self.assertTrue(path.startswith("/Plone/"), path)
        auth = "owner" if headers.pop("Authorization", None) else None
        session = api_session(self.portal_url, auth, self)
        answer = session.request(
            method,
            path.removeprefix("/Plone/"),
            headers=headers,
            data=body.encode() if body else None,
        )
        status_line, expected_headers, expected_body = parse_message(response)
        where = f"{method} {path}"
        self.assertEqual(
            answer.status_code,
            int(status_line.split(" ")[1]),
            f"{where}: {answer.text}",
        )
        for name, value in expected_headers.items():
            self.assertEqual(
                answer.headers[name], self.localise(value), f"{where}: {name}"
            )
        if expected_body:
            shown = json.loads(self.localise(expected_body))
            self.assert_contained(shown, answer.json(), where)
        else:
            self.assertEqual(answer.text, "", where)

    def test_rest_api_examples(self):
        pairs = examples("rest-api.rst")
        self.assertGreaterEqual(len(pairs), 6)
        for request, response in pairs:
            self.run_example(request, response)

    def test_exchange_examples(self):
        pairs = examples("exchange.rst")
        self.assertGreaterEqual(len(pairs), 1)
        for request, response in pairs:
            self.run_example(request, response)

    def test_the_checker_notices_a_wrong_value(self):
        request, response = examples("rest-api.rst")[0]
        wrong = response.replace('"title": "Django"', '"title": "Djangoo"', 1)
        self.assertNotEqual(wrong, response)
        with self.assertRaises(AssertionError):
            self.run_example(request, wrong)
