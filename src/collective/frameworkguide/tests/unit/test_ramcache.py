"""Fragments are rendered once per distinct input."""

from collective.frameworkguide.guide.ramcache import cached_fragment

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
