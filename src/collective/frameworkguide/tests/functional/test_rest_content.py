"""plone.restapi's standard content endpoints on profiles: POST and PATCH.

Every rule of the edit forms holds over REST: an invalid field answers 400
with a JSON message naming the field and the reason, and nothing is stored.
"""

from collective.frameworkguide.tests.support.messages import msg_duplicate
from collective.frameworkguide.tests.support.messages import MSG_RATING
from collective.frameworkguide.tests.support.messages import MSG_REQUIRED
from collective.frameworkguide.tests.support.messages import MSG_URL
from collective.frameworkguide.tests.support.messages import MSG_YEAR
from collective.frameworkguide.tests.support.messages import THIS_YEAR
from collective.frameworkguide.tests.support.rest_client import errors_of
from collective.frameworkguide.tests.support.rest_client import GuideEndpointTestCase
from plone import api

import base64
import transaction


BOTTLE = {
    "@type": "FrameworkProfile",
    "id": "bottle",
    "title": "Bottle",
    "description": "A single-file micro-framework.",
    "framework_kind": "micro",
    "use_cases": ["one-page"],
    "choose_when": "You want the whole app in one file.",
    "avoid_when": "The app grows many models.",
    "strengths": ["One file", "No dependencies"],
    "weaknesses": ["Small ecosystem"],
    "learning_curve": 5,
    "documentation_quality": 3,
    "flexibility": 4,
    "ecosystem": 2,
    "batteries": ["templating", "forms"],
    "website": "https://bottlepy.org/",
    "repository": "https://github.com/bottlepy/bottle",
    "documentation_url": "http://bottlepy.org/docs/dev/",
    "license": "MIT",
    "latest_version": "0.13.4",
    "first_release_year": 2009,
    "example_projects": ["A wiki in 100 lines"],
    "text": {
        "data": "<p>Bottle fits in one module.</p>",
        "content-type": "text/html",
        "encoding": "utf-8",
    },
    "logo": {
        "data": base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'/>").decode(),
        "encoding": "base64",
        "filename": "bottle.svg",
        "content-type": "image/svg+xml",
    },
}


# field -> (invalid value, message); each is refused on its own.
INVALID = {
    "website": ("ftp://bottlepy.org/", MSG_URL),
    "repository": ("javascript:alert(1)", MSG_URL),
    "documentation_url": ("https://", MSG_URL),
    "learning_curve": (0, MSG_RATING),
    "documentation_quality": (6, MSG_RATING),
    "flexibility": (-1, MSG_RATING),
    "ecosystem": (10, MSG_RATING),
    "first_release_year": (1989, MSG_YEAR),
    "strengths": (
        ["One file", "  "],
        "Line 2 is empty: write one point per line, without blank lines.",
    ),
    "weaknesses": (
        ["x" * 201],
        "Line 1 has 201 characters; keep each point to 200 characters or fewer.",
    ),
    "example_projects": (
        [""],
        "Line 1 is empty: write one point per line, without blank lines.",
    ),
    "framework_kind": (
        "nano",
        "“nano” is not one of the choices: micro, full-stack, pluggable, cms.",
    ),
    "use_cases": (
        ["blog"],
        "“blog” is not one of the choices: one-page, crud, unique, cms.",
    ),
    "batteries": (
        ["orm", "jetpack"],
        "“jetpack” is not one of the choices: orm, admin, auth, permissions, "
        "workflow, forms, templating, i18n, migrations, search, caching, rest-api.",
    ),
    "title": ("FLASK", msg_duplicate("FLASK")),
    "choose_when": (
        None,
        "choose_when is a required field. Setting it to null is not allowed.",
    ),
    "license": ("x" * 101, "Value is too long"),
    "latest_version": ("1." * 26, "Value is too long"),
}


class RestContentTestCase(GuideEndpointTestCase):
    """The demo guide over HTTP as an editor: create and change profiles."""

    def profile_ids(self):
        transaction.begin()
        return sorted(self.guide.objectIds())


class TestPost(RestContentTestCase):
    def test_editor_creates_a_profile_with_every_field(self):
        response = self.editor.post("guide", json=BOTTLE)
        self.assertEqual(response.status_code, 201, response.text)
        self.assertEqual(response.json()["@id"], f"{self.guide.absolute_url()}/bottle")
        transaction.begin()
        bottle = self.guide["bottle"]
        self.assertEqual(bottle.use_cases, {"one-page"})
        self.assertEqual(bottle.batteries, {"templating", "forms"})
        self.assertEqual(bottle.strengths, ["One file", "No dependencies"])
        self.assertEqual(bottle.first_release_year, 2009)
        self.assertEqual(bottle.text.raw, "<p>Bottle fits in one module.</p>")
        self.assertEqual(bottle.logo.filename, "bottle.svg")
        # A new profile starts in the workflow's initial state.
        workflow = api.portal.get_tool("portal_workflow").getWorkflowsFor(bottle)[0]
        self.assertEqual(api.content.get_state(bottle), workflow.initial_state)
        # The standard GET gives the vocabulary values as token and title.
        data = self.editor.get("guide/bottle").json()
        self.assertEqual(
            data["framework_kind"], {"token": "micro", "title": "Micro-framework"}
        )

    def test_anonymous_may_not_post(self):
        response = self.anonymous.post("guide", json=BOTTLE)
        self.assertEqual(response.status_code, 401)
        self.assertNotIn("bottle", self.profile_ids())

    def test_each_invalid_field_answers_400_and_creates_nothing(self):
        for name, (value, message) in INVALID.items():
            with self.subTest(field=name):
                response = self.editor.post("guide", json={**BOTTLE, name: value})
                self.assertEqual(response.status_code, 400, response.text)
                self.assertEqual(response.json()["type"], "BadRequest")
                errors = errors_of(response)
                self.assertEqual(list(errors), [name])
                self.assertIn(message, errors[name])
                self.assertNotIn("bottle", self.profile_ids())

    def test_every_error_at_once(self):
        data = {**BOTTLE, **{name: value for name, (value, _m) in INVALID.items()}}
        response = self.editor.post("guide", json=data)
        self.assertEqual(response.status_code, 400)
        self.assertEqual(set(errors_of(response)), set(INVALID))

    def test_missing_required_fields(self):
        response = self.editor.post(
            "guide", json={"@type": "FrameworkProfile", "title": "Bottle"}
        )
        self.assertEqual(response.status_code, 400)
        self.assertEqual(errors_of(response), {"choose_when": MSG_REQUIRED})
        self.assertNotIn("bottle", self.profile_ids())

    def test_year_rules(self):
        for year, status in ((1990, 201), (THIS_YEAR, 201), (THIS_YEAR + 1, 400)):
            with self.subTest(year=year):
                data = {**BOTTLE, "id": f"y{year}", "title": f"Y{year}"}
                data["first_release_year"] = year
                response = self.editor.post("guide", json=data)
                self.assertEqual(response.status_code, status, response.text)

    def test_title_unique_whatever_the_spacing_and_case(self):
        response = self.editor.post("guide", json={**BOTTLE, "title": "  django "})
        self.assertEqual(errors_of(response), {"title": msg_duplicate("  django ")})


class TestPatch(RestContentTestCase):
    def setUp(self):
        super().setUp()
        self.assertEqual(self.editor.post("guide", json=BOTTLE).status_code, 201)

    def test_valid_change(self):
        response = self.editor.patch(
            "guide/bottle",
            json={"learning_curve": 4, "use_cases": ["one-page", "unique"]},
        )
        self.assertEqual(response.status_code, 204, response.text)
        transaction.begin()
        self.assertEqual(self.guide["bottle"].learning_curve, 4)
        self.assertEqual(self.guide["bottle"].use_cases, {"one-page", "unique"})

    def test_keeping_its_own_title_is_fine(self):
        response = self.editor.patch("guide/bottle", json={"title": "BOTTLE"})
        self.assertEqual(response.status_code, 204, response.text)

    def test_each_invalid_field_answers_400_and_changes_nothing(self):
        for name, (value, message) in INVALID.items():
            with self.subTest(field=name):
                response = self.editor.patch(
                    "guide/bottle", json={name: value, "description": "Changed"}
                )
                self.assertEqual(response.status_code, 400, response.text)
                errors = errors_of(response)
                self.assertEqual(list(errors), [name])
                self.assertIn(message, errors[name])
                transaction.begin()
                bottle = self.guide["bottle"]
                self.assertEqual(bottle.description, BOTTLE["description"])
                expected = BOTTLE.get(name)
                if name in ("use_cases", "batteries"):
                    expected = set(expected)
                if name != "choose_when":
                    self.assertEqual(getattr(bottle, name), expected, name)
                else:
                    self.assertEqual(bottle.choose_when, BOTTLE["choose_when"])

    def test_last_reviewed_cannot_be_set(self):
        response = self.editor.patch(
            "guide/bottle", json={"last_reviewed": "2020-01-01"}
        )
        self.assertEqual(response.status_code, 204)
        transaction.begin()
        self.assertIsNone(self.guide["bottle"].last_reviewed)
