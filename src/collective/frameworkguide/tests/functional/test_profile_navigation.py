"""Plone's navigation lists the guide, not its profiles.

The guide is a displayed type, so visitors find it in the global sections.
Profiles are not: a guide may hold a thousand of them, and Plone's global
navigation (three levels deep) would list every one on every page of the
site (measured: pages of 900 KB at 1000 profiles, docs/decisions.rst).
"""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.views import ViewTestCase
from plone import api


DEMO_PROFILES = ["Django", "Flask", "Plone", "Pyramid"]


class TestProfileNavigation(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def global_sections(self) -> list[str]:
        return self.xpath_texts("//*[@id='portal-globalnav']//a")

    def test_only_the_guide_type_is_listed_in_navigation(self):
        displayed = api.portal.get_registry_record("plone.displayed_types")
        self.assertIn("FrameworkGuide", displayed)
        self.assertNotIn("FrameworkProfile", displayed)
        # Plone's own types stay.
        self.assertIn("Document", displayed)

    def test_global_sections_show_the_guide_without_its_profiles(self):
        self.open("/django")
        sections = self.global_sections()
        self.assertIn(self.guide.Title(), sections)
        self.assertFalse(set(DEMO_PROFILES) & set(sections), sections)
