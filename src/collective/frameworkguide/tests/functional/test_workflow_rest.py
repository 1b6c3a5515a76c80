"""``POST @workflow`` on profiles: the same refusals as the UI, as JSON."""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.tests.support.users import PASSWORD
from plone import api
from plone.testing.zope import Browser

import json
import transaction
import unittest


class JsonResponse:
    def __init__(self, browser):
        self.status_code = int(browser.headers["status"].split()[0])
        self.text = browser.contents

    def json(self):
        return json.loads(self.text)


class JsonClient:
    """REST calls through zope.testbrowser: the full publisher, no server."""

    def __init__(self, app, portal_url, userid=None):
        self.browser = Browser(app)
        self.browser.handleErrors = True
        self.browser.raiseHttpErrors = False
        self.browser.addHeader("Accept", "application/json")
        if userid:
            self.browser.addHeader("Authorization", f"Basic {userid}:{PASSWORD}")
        self.portal_url = portal_url

    def post(self, path, json=None):
        self.browser.post(
            f"{self.portal_url}/{path}",
            _dumps(json or {}),
            content_type="application/json",
        )
        return JsonResponse(self.browser)

    def get(self, path):
        self.browser.open(f"{self.portal_url}/{path}")
        return JsonResponse(self.browser)


_dumps = json.dumps


class TestWorkflowRest(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        create_users()
        self.guide = create_guide(self.portal)

    def session(self, userid=None) -> "JsonClient":
        return JsonClient(self.layer["app"], self.portal.absolute_url(), userid)

    def state(self, profile) -> str:
        transaction.begin()
        return api.content.get_state(profile)

    def test_four_eyes_refusal_is_403_json(self):
        profile = profile_in_state(
            self.guide, "pending", "flask", submitter="editor_reviewer"
        )
        transaction.commit()
        response = self.session("editor_reviewer").post(
            "guide/flask/@workflow/publish", json={}
        )
        self.assertEqual(response.status_code, 403)
        self.assertEqual(
            response.json(),
            {
                "error": {
                    "type": "Forbidden",
                    "message": "You submitted this profile, so another reviewer "
                    "must publish it (four-eyes rule).",
                }
            },
        )
        self.assertEqual(self.state(profile), "pending")
        response = self.session("reviewer2").post(
            "guide/flask/@workflow/publish", json={"comment": "OK"}
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.json()["review_state"], "published")

    def test_anonymous_is_401(self):
        profile_in_state(self.guide, "pending", "flask")
        transaction.commit()
        response = self.session().post("guide/flask/@workflow/publish", json={})
        self.assertEqual(response.status_code, 401)
        self.assertEqual(response.json()["type"], "Unauthorized", response.text)

    def test_editor_cannot_publish_403(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        transaction.commit()
        response = self.session("editor").post("guide/flask/@workflow/publish", json={})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(
            response.json()["error"]["message"],
            "Only the guide's reviewers may publish profiles.",
        )
        self.assertEqual(self.state(profile), "pending")

    def test_transition_not_available_403(self):
        profile_in_state(self.guide, "draft", "flask")
        transaction.commit()
        response = self.session("member").post("guide/flask/@workflow/submit", json={})
        # A member cannot even see the draft.
        self.assertIn(response.status_code, (401, 403))
        response = self.session("reviewer").post(
            "guide/flask/@workflow/submit", json={}
        )
        self.assertEqual(response.status_code, 403)
        self.assertEqual(
            response.json()["error"]["message"],
            "You may not “submit” this profile in its current state.",
        )

    def test_reject_without_comment_is_400(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        transaction.commit()
        response = self.session("reviewer").post(
            "guide/flask/@workflow/reject", json={"comment": " "}
        )
        self.assertEqual(response.status_code, 400)
        self.assertIn("needs a comment", response.json()["error"]["message"])
        self.assertEqual(self.state(profile), "pending")
        response = self.session("reviewer").post(
            "guide/flask/@workflow/reject", json={"comment": "Add sources."}
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(self.state(profile), "draft")
        history = self.session("editor").get("guide/flask/@history").json()
        rejects = [h for h in history if h.get("action") == "reject"]
        self.assertEqual(rejects[-1]["comments"], "Add sources.")
