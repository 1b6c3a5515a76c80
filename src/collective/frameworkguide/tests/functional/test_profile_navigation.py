"""Plone's navigation lists the guide and its profiles, archived ones left out.

On a profile page the navigation portlet shows the guide's profiles (not only
the one on screen), and the global sections show the guide with them.
"""

from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import archive
from collective.frameworkguide.tests.support.views import ViewTestCase
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import transaction


DEMO_PROFILES = ["Django", "Flask", "Plone", "Pyramid"]


class TestProfileNavigation(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def portlet(self) -> list[str]:
        return self.xpath_texts("//*[contains(@class,'portletNavigationTree')]//li//a")

    def global_sections(self) -> list[str]:
        return self.xpath_texts("//*[@id='portal-globalnav']//a")

    def test_types_are_listed_in_navigation(self):
        displayed = api.portal.get_registry_record("plone.displayed_types")
        self.assertIn("FrameworkGuide", displayed)
        self.assertIn("FrameworkProfile", displayed)
        # Plone's own types stay.
        self.assertIn("Document", displayed)

    def test_profile_page_lists_the_guides_profiles(self):
        self.open("/django")
        self.assertEqual(sorted(self.portlet()), DEMO_PROFILES)
        current = self.xpath_texts(
            "//*[contains(@class,'portletNavigationTree')]"
            "//a[contains(@class,'navTreeCurrentItem')]"
        )
        self.assertEqual(current, ["Django"])
        sections = self.global_sections()
        self.assertIn(self.guide.Title(), sections)
        self.assertTrue(set(DEMO_PROFILES) <= set(sections), sections)

    def test_drafts_are_not_listed_for_visitors(self):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id="bottle",
                title="Bottle",
                choose_when="One file.",
            )
        transaction.commit()
        self.open("/flask")
        self.assertEqual(sorted(self.portlet()), DEMO_PROFILES)
        self.open("/flask", browser=self.new_browser(login=True))
        self.assertIn("Bottle", self.portlet())

    def test_archived_profiles_leave_the_navigation(self):
        archive(self.guide["pyramid"])
        transaction.commit()
        owner = self.new_browser(login=True)
        for browser in (self.browser, owner):
            self.open("/flask", browser=browser)
            self.assertEqual(sorted(self.portlet()), ["Django", "Flask", "Plone"])
            self.assertNotIn("Pyramid", self.global_sections())
        # Still online, with its notice; the way back puts it in the menus.
        self.open("/pyramid")
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            api.content.transition(obj=self.guide["pyramid"], transition="restore")
        transaction.commit()
        self.open("/flask", browser=owner)
        self.assertIn("Pyramid", self.portlet())
        self.assertIn("Pyramid", self.global_sections())
