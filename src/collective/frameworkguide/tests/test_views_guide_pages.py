"""A guide with many profiles: the matrix pages, the quick pick is capped."""

from collective.frameworkguide.browser.guide import PAGE_SIZE
from collective.frameworkguide.browser.guide import QUICK_PICK_SIZE
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


class TestManyProfiles(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = create_big_guide(self.portal)

    def render(self, **form):
        self.request.form.clear()
        self.request.form.update(form)
        view = api.content.get_view("framework-guide", self.guide, self.request)
        return lxml.html.fromstring(view())

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
