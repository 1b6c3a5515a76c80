"""A guide of 30 profiles: the matrix pages, and every list capped with a way on."""

from collective.frameworkguide.browser.chooser import SHOWN_RECOMMENDATIONS
from collective.frameworkguide.browser.compare import PICKER_SIZE
from collective.frameworkguide.browser.guide import PAGE_SIZE
from collective.frameworkguide.browser.profile_links import COMPARE_LINKS
from collective.frameworkguide.guide.comparison import QUICK_PICK_SIZE
from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import lxml.html
import unittest


TOTAL = 30  # three pages: 12, 12 and 6


def create_big_guide(portal):
    """A guide of ``TOTAL`` published profiles, odd numbers micro, even full-stack."""
    guide = api.content.create(
        container=portal, type="FrameworkGuide", id="big", title="Big"
    )
    for number in range(TOTAL):
        profile = api.content.create(
            container=guide,
            type="FrameworkProfile",
            id=f"f{number:02d}",
            title=f"Framework {number:02d}",
            choose_when="Always.",
            use_cases={"crud"},
            framework_kind="micro" if number % 2 else "full-stack",
        )
        api.content.transition(obj=profile, to_state="published")
    return guide


class LargeGuideTestCase(unittest.TestCase):
    """``create_big_guide`` in the integration layer, rendered as a Manager."""

    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = create_big_guide(self.portal)

    def render(self, context=None, name="framework-guide", **form):
        """View ``name`` of ``context`` (the guide) for the ``form`` query."""
        self.request.form.clear()
        self.request.form.update(form)
        view = api.content.get_view(name, context or self.guide, self.request)
        return lxml.html.fromstring(view())


class TestManyProfiles(LargeGuideTestCase):
    def columns(self, page):
        return [
            a.text_content().strip()
            for a in page.xpath(
                "//table[contains(@class, 'framework-matrix')]//thead//a"
            )
        ]

    def test_first_page(self):
        page = self.render()
        self.assertEqual(
            self.columns(page), [f"Framework {n:02d}" for n in range(PAGE_SIZE)]
        )
        pages = page.xpath("//nav[contains(@class, 'framework-matrix-pages')]")[0]
        self.assertIn(
            "Frameworks 1 to 12 of 30", " ".join(pages.text_content().split())
        )
        self.assertEqual(
            [a.get("href") for a in pages.xpath(".//a")],
            ["http://nohost/plone/big?page=2#framework-comparison-heading"],
        )

    def test_last_page_and_filters_kept(self):
        page = self.render(page="3")
        self.assertEqual(self.columns(page), [f"Framework {n}" for n in range(24, 30)])
        page = self.render(page="2", framework_kind="micro")
        self.assertEqual(
            self.columns(page), [f"Framework {n:02d}" for n in range(25, 30, 2)]
        )
        links = page.xpath("//nav[contains(@class, 'framework-matrix-pages')]//a/@href")
        self.assertEqual(
            links,
            [
                "http://nohost/plone/big?framework_kind=micro"
                "#framework-comparison-heading"
            ],
        )

    def test_bad_page_numbers_show_a_page(self):
        for value in ("0", "-1", "abc", "999", ["2", "3"]):
            page = self.render(page=value)
            self.assertTrue(self.columns(page), value)

    def test_quick_pick_is_capped(self):
        page = self.render()
        (item,) = page.xpath("//section[contains(@class, 'framework-quick-pick')]//li")
        links = item.xpath(".//a")
        self.assertEqual(len(links), QUICK_PICK_SIZE + 1)
        self.assertEqual(
            " ".join(links[-1].text_content().split()),
            f"and {TOTAL - QUICK_PICK_SIZE} more",
        )
        self.assertEqual(
            links[-1].get("href"),
            "http://nohost/plone/big?use_case=crud#framework-comparison-heading",
        )

    def test_compare_form_offers_the_page_only(self):
        page = self.render(page="3")
        boxes = page.xpath("//input[@name='profiles']/@value")
        self.assertEqual(boxes, [f"f{n}" for n in range(24, 30)])


class TestLargeGuideCaps(LargeGuideTestCase):
    """Pages of a large guide stay small: capped lists, with a way to the rest."""

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
