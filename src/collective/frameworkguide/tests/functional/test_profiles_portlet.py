"""Beside a profile, the portlet "Profiles in this guide" (issue 14, point 3).

Seen as visitors and the site owner see it: through the rendered profile
page, and its settings through Plone's *Manage portlets* of the content type.
"""

from collective.frameworkguide.browser.profiles_portlet import DEFAULT_SIZE
from collective.frameworkguide.testing import DEMO_FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import archive
from collective.frameworkguide.tests.support.content import publish
from collective.frameworkguide.tests.support.views import normalized
from collective.frameworkguide.tests.support.views import ViewTestCase
from plone import api
from plone.app.testing import SITE_OWNER_NAME

import lxml.html


PORTLET = "//div[contains(@class,'portletFrameworkProfiles')]"
PUBLISHED_DEMO = ["Django", "Flask", "Plone", "Pyramid"]
# Site Setup → Content Types → Framework Profile.
CONTENT_TYPE_SETTINGS = "/@@content-controlpanel?type_id=FrameworkProfile"


class TestProfilesPortlet(ViewTestCase):
    layer = DEMO_FUNCTIONAL_TESTING

    def listed(self) -> list[str]:
        return self.xpath_texts(f"{PORTLET}//nav//a")

    def current(self) -> list[str]:
        return self.xpath_texts(f"{PORTLET}//a[@aria-current='page']")

    def footer(self) -> str:
        return " ".join(self.xpath_texts(f"{PORTLET}//div[@class='card-footer']"))

    def add_profile(self, title: str, state: str):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            profile = api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                title=title,
                choose_when="When it fits.",
            )
        if state == "published":
            publish(profile)
        elif state == "archived":
            publish(profile)
            archive(profile)
        return profile

    def test_a_profile_page_lists_the_guides_published_profiles(self):
        self.open("/flask")
        self.assertEqual(self.listed(), PUBLISHED_DEMO)
        self.assertEqual(self.current(), ["Flask"])
        header = self.doc.xpath(f"{PORTLET}/div[@class='card-header']/a")[0]
        self.assertEqual(header.get("href"), self.guide_url)
        self.assertEqual(normalized(header.text_content()), self.guide.Title())
        # Everything fits: no count, no link on.
        self.assertEqual(self.footer(), "")

    def test_drafts_and_archived_profiles_are_not_listed(self):
        self.add_profile("Bottle", "draft")
        self.add_profile("CherryPy", "archived")
        self.add_profile("Falcon", "published")
        self.commit()
        self.open("/django")
        self.assertEqual(self.listed(), sorted([*PUBLISHED_DEMO, "Falcon"]))
        # The archived profile's own page still shows the others.
        self.open("/cherrypy")
        self.assertEqual(self.listed(), sorted([*PUBLISHED_DEMO, "Falcon"]))
        self.assertEqual(self.current(), [])

    def test_the_navigation_portlet_no_longer_lists_the_profile_alone(self):
        self.open("/flask")
        navigation = self.xpath_texts(
            "//div[contains(@class,'portletNavigationTree')]"
            "[not(contains(@class,'portletFrameworkProfiles'))]"
        )
        self.assertFalse([text for text in navigation if "Flask" in text], navigation)

    def test_a_large_guide_shows_a_window_around_the_current_profile(self):
        titles = [f"Framework {number:02d}" for number in range(DEFAULT_SIZE + 6)]
        for title in titles:
            self.add_profile(title, "published")
        self.commit()
        everything = sorted([*PUBLISHED_DEMO, *titles])
        self.open("/framework-10")
        # The current profile in the middle: neither the first nor the last
        # profiles of the guide are listed.
        start = everything.index("Framework 10") - DEFAULT_SIZE // 2
        self.assertGreater(start, 0)
        self.assertLess(start + DEFAULT_SIZE, len(everything))
        self.assertEqual(self.listed(), everything[start : start + DEFAULT_SIZE])
        self.assertEqual(self.current(), ["Framework 10"])
        self.assertEqual(
            self.footer(),
            f"Profiles {start + 1} to {start + DEFAULT_SIZE} of {len(everything)}, "
            "by title. All profiles in the comparison",
        )
        link = self.doc.xpath(f"{PORTLET}//div[@class='card-footer']//a")[0]
        self.assertEqual(link.get("href"), self.guide_url)

    def test_the_site_owner_sets_how_many_are_listed(self):
        owner = self.new_browser(login=True)
        owner.open(self.portal.absolute_url() + CONTENT_TYPE_SETTINGS)
        owner.getLink(url="manage-content-type-portlets").click()
        page = lxml.html.fromstring(owner.contents)
        self.assertIn(
            "Profiles in this guide",
            normalized(page.xpath("//*[@id='portal-column-one']")[0].text_content()),
        )
        owner.getLink(url="framework-profiles/edit").click()
        # A number out of range is refused with the field's message, kept.
        owner.getControl("Number of profiles").value = "0"
        owner.getControl("Save").click()
        self.assertIn("Value is too small", owner.contents)
        self.assertEqual(owner.getControl("Number of profiles").value, "0")
        owner.getControl("Number of profiles").value = "2"
        owner.getControl("Save").click()
        self.open("/plone")
        self.assertEqual(self.listed(), ["Flask", "Plone"])
        self.assertEqual(self.current(), ["Plone"])
        self.assertIn("Profiles 2 to 3 of 4", self.footer())
