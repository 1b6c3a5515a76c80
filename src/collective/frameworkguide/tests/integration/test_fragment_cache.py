"""Rankings and the guide's fragments are never stale: an edit shows at once."""

from collective.frameworkguide.chooser.recommend import recommend
from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.testing import DEMO_INTEGRATION_TESTING
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME

import unittest


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
        first = recommend(GuideComparison(self.guide), form).recommendations
        self.assertEqual(first[0].profile["id"], "django")
        # Same answers, same data: the ranking is not computed again.
        self.assertIs(
            recommend(GuideComparison(self.guide), form).recommendations, first
        )
        flask = self.guide["flask"]
        flask.use_cases = {"crud"}
        flask.reindexObject()
        again = recommend(GuideComparison(self.guide), form).recommendations
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
