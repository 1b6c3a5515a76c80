"""The matrix fragment is rendered once per distinct input, never served stale."""

from collective.frameworkguide.ramcache import cached_fragment
from collective.frameworkguide.testing import DEMO_INTEGRATION_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import unittest


class TestCachedFragment(unittest.TestCase):
    def setUp(self):
        self.calls = []

    def render(self, text):
        def rendering():
            self.calls.append(text)
            return text

        return rendering

    def test_same_inputs_render_once(self):
        inputs = ("test", "en", {"rows": [{"title": "Kind", "cells": [1, 2]}]})
        first = cached_fragment(inputs, self.render("<table>1</table>"))
        second = cached_fragment(inputs, self.render("<table>2</table>"))
        self.assertEqual(first, second)
        self.assertEqual(self.calls, ["<table>1</table>"])

    def test_any_change_in_inputs_renders_again(self):
        base = {"rows": [{"title": "Kind", "cells": ["micro"]}]}
        changed = {"rows": [{"title": "Kind", "cells": ["full-stack"]}]}
        cached_fragment(("test-change", "en", base), self.render("a"))
        self.assertEqual(
            cached_fragment(("test-change", "en", changed), self.render("b")), "b"
        )
        self.assertEqual(
            cached_fragment(("test-change", "de", base), self.render("c")), "c"
        )
        self.assertEqual(self.calls, ["a", "b", "c"])


class TestGuideMatrixFollowsEdits(unittest.TestCase):
    layer = DEMO_INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = self.portal["guide"]

    def matrix(self):
        html = api.content.get_view("framework-guide", self.guide, self.request)()
        start = html.index('<table class="table table-striped framework-matrix')
        return html[start : html.index("</table>", start)]

    def test_an_edit_shows_on_the_next_rendering(self):
        before = self.matrix()
        flask = self.guide["flask"]
        flask.title = "Flask (renamed)"
        flask.reindexObject()
        after = self.matrix()
        self.assertNotIn("Flask (renamed)", before)
        self.assertIn("Flask (renamed)", after)
