"""Fragments and rankings are computed once per distinct input, never stale."""

from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.guide.ramcache import cached_fragment
from collective.frameworkguide.testing import DEMO_INTEGRATION_TESTING
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME

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

    def test_the_chooser_ranking_follows_an_edit(self):
        form = {"use_case": "crud"}
        first = GuideComparison(self.guide).recommend(form)[2]
        self.assertEqual(first[0].profile["id"], "django")
        # Same answers, same data: the ranking is not computed again.
        self.assertIs(GuideComparison(self.guide).recommend(form)[2], first)
        flask = self.guide["flask"]
        flask.use_cases = {"crud"}
        flask.reindexObject()
        again = GuideComparison(self.guide).recommend(form)[2]
        self.assertIsNot(again, first)
        flask_first = next(r for r in first if r.profile["id"] == "flask")
        flask_again = next(r for r in again if r.profile["id"] == "flask")
        self.assertGreater(flask_again.score, flask_first.score)

    def test_a_visitor_sees_an_edit_of_the_profile_at_once(self):
        flask = self.guide["flask"]
        logout()
        before = api.content.get_view("framework-profile", flask, self.request)()
        login(self.portal, TEST_USER_NAME)
        flask.choose_when = "You want the new advice."
        flask.reindexObject()
        logout()
        after = api.content.get_view("framework-profile", flask, self.request)()
        self.assertNotIn("You want the new advice.", before)
        self.assertIn("You want the new advice.", after)
