"""Pages of a large guide stay small: capped lists, with a way to the rest."""

from collective.frameworkguide.browser.chooser import SHOWN_RECOMMENDATIONS
from collective.frameworkguide.browser.compare import PICKER_SIZE
from collective.frameworkguide.browser.profile import COMPARE_LINKS
from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.test_views_guide_pages import create_big_guide
from collective.frameworkguide.tests.test_views_guide_pages import TOTAL
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import lxml.html
import unittest


class TestLargeGuideCaps(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = create_big_guide(self.portal)

    def render(self, context, name, **form):
        self.request.form.clear()
        self.request.form.update(form)
        return lxml.html.fromstring(api.content.get_view(name, context, self.request)())

    def test_profile_page_links_the_closest_profiles(self):
        page = self.render(self.guide["f01"], "framework-profile")
        links = page.xpath("//nav[contains(@class, 'framework-compare-links')]//li/a")
        self.assertEqual(len(links), COMPARE_LINKS)
        # f01 is micro: the other micro profiles (odd numbers) come first.
        linked = [a.get("href").rsplit("profiles=", 1)[1] for a in links]
        self.assertEqual(
            linked, ["f03", "f05", "f07", "f09", "f11", "f13", "f15", "f17"]
        )
        more = page.xpath("//p[contains(@class, 'framework-more-to-compare')]/a")
        self.assertEqual(len(more), 1)
        self.assertTrue(more[0].get("href").startswith(self.guide.absolute_url()))

    def test_compare_picker_lists_the_choice_and_its_neighbours(self):
        page = self.render(self.guide, "framework-compare", profiles=["f28", "f02"])
        boxes = page.xpath(
            "//form[contains(@class, 'framework-compare-form')]"
            "//input[@name='profiles']"
        )
        values = [box.get("value") for box in boxes]
        self.assertEqual(len(values), PICKER_SIZE)
        self.assertEqual(values[:2], ["f28", "f02"])
        self.assertEqual(
            [box.get("value") for box in boxes if box.get("checked") is not None],
            ["f28", "f02"],
        )
        # The chosen are full-stack (even numbers): the other even ones follow.
        self.assertTrue(all(int(v[1:]) % 2 == 0 for v in values[: TOTAL // 2]))
        self.assertIn("guide's pages", page.text_content())

    def test_chooser_lists_the_best_and_counts_the_rest(self):
        page = self.render(self.guide, "framework-chooser", use_case="crud")
        cards = page.xpath("//li[contains(@class, 'framework-recommendation')]")
        self.assertEqual(len(cards), SHOWN_RECOMMENDATIONS)
        unlisted = page.xpath("//p[contains(@class, 'framework-unlisted')]")[0]
        self.assertIn(
            f"{TOTAL - SHOWN_RECOMMENDATIONS} more frameworks scored lower",
            " ".join(unlisted.text_content().split()),
        )
