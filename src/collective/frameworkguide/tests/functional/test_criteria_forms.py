"""Criteria and cells edited through the web, in the forms an editor uses.

The guide's edit form holds the criteria table (add, rename, remove and
restore rows); the profile's edit form holds one row of cells per criterion.
Both are plain form fields: the test browser has no JavaScript.
"""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.testing.zope import Browser

import lxml.html
import transaction
import unittest


EDITOR = "carla"
EDITOR_PASSWORD = "carla-secret-password"
CRITERIA = "form.widgets.criteria"
CELLS = "form.widgets.criteria_values"


class CriteriaFormTestCase(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.app = self.layer["app"]
        self.portal = self.layer["portal"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = api.content.create(
            container=self.portal, type="FrameworkGuide", id="guide", title="Guide"
        )
        self.guide.criteria = [
            {
                "id": "async-views",
                "title": "Async views",
                "description": "",
                "decisive": False,
                "hidden": False,
            }
        ]
        self.flask = api.content.create(
            container=self.guide,
            type="FrameworkProfile",
            id="flask",
            title="Flask",
            choose_when="You build a small app.",
        )
        api.user.create(
            email="carla@example.org", username=EDITOR, password=EDITOR_PASSWORD
        )
        api.user.grant_roles(
            username=EDITOR, obj=self.guide, roles=["Contributor", "Editor"]
        )
        setRoles(self.portal, TEST_USER_ID, ["Member"])
        transaction.commit()
        self.browser = Browser(self.app)
        self.browser.handleErrors = False

    def login(self, user=EDITOR, password=EDITOR_PASSWORD):
        self.browser.addHeader("Authorization", f"Basic {user}:{password}")

    def control(self, name):
        return self.browser.getControl(name=name)

    def tick(self, name, on=True):
        self.control(name).getControl(value="on").selected = on

    def ticked(self, name) -> bool:
        return self.control(name).getControl(value="on").selected

    def save(self):
        self.control("form.buttons.save").click()
        transaction.begin()  # see what the request committed

    def errors(self) -> list[str]:
        doc = lxml.html.fromstring(self.browser.contents)
        return [
            " ".join(e.text_content().split())
            for e in doc.xpath("//div[contains(@class, 'invalid-feedback')]")
        ]


class TestCriteriaInTheGuideForm(CriteriaFormTestCase):
    def setUp(self):
        super().setUp()
        # Editing the guide itself is the site administrators' job.
        self.login(SITE_OWNER_NAME, SITE_OWNER_PASSWORD)

    def edit(self):
        self.browser.open(f"{self.guide.absolute_url()}/@@edit")

    def test_add_rename_and_reorder_rows(self):
        self.edit()
        # Row 0 is "Async views", rows 1-3 are blank ones for new criteria.
        self.control(f"{CRITERIA}.1.title").value = "Built-in admin"
        self.control(f"{CRITERIA}.1.description").value = "A back office."
        self.tick(f"{CRITERIA}.1.decisive")
        self.control(f"{CRITERIA}.1.position").value = "1"
        self.control(f"{CRITERIA}.0.position").value = "2"
        self.control(f"{CRITERIA}.0.title").value = "Asynchronous views"
        self.save()
        self.assertEqual(self.errors(), [])
        self.assertEqual(
            [(row["id"], row["title"], row["decisive"]) for row in self.guide.criteria],
            [
                ("built-in-admin", "Built-in admin", True),
                # Renamed: the id stays, so the profiles' cells stay attached.
                ("async-views", "Asynchronous views", False),
            ],
        )

    def test_remove_keeps_the_cells_and_restore_brings_them_back(self):
        self.flask.criteria_values = {"async-views": {"verdict": "yes"}}
        transaction.commit()
        self.edit()
        self.tick(f"{CRITERIA}.0.hidden")
        self.save()
        self.assertTrue(self.guide.criteria[0]["hidden"])
        self.assertEqual(self.flask.criteria_values["async-views"]["verdict"], "yes")

        # Hidden rows stay in the form, so they can be restored.
        self.edit()
        self.assertTrue(self.ticked(f"{CRITERIA}.0.hidden"))
        self.tick(f"{CRITERIA}.0.hidden", on=False)
        self.save()
        self.assertFalse(self.guide.criteria[0]["hidden"])
        self.assertEqual(self.flask.criteria_values["async-views"]["verdict"], "yes")

    def test_a_row_without_title_is_refused(self):
        self.edit()
        self.control(f"{CRITERIA}.0.title").value = ""
        self.save()
        self.assertIn("Criterion 1: give it a title.", self.errors())
        self.assertEqual(self.guide.criteria[0]["title"], "Async views")


class TestCellsInTheProfileForm(CriteriaFormTestCase):
    def setUp(self):
        super().setUp()
        self.login()

    def edit(self):
        self.browser.open(f"{self.flask.absolute_url()}/@@edit")

    def fill(self, **values):
        for key, value in values.items():
            self.control(f"{CELLS}.async-views.{key}").value = value

    def test_one_row_per_criterion_new_ones_unknown(self):
        self.edit()
        verdict = self.control(f"{CELLS}.async-views.verdict")
        self.assertEqual(verdict.value, ["unknown"])
        self.fill(
            verdict=["partial"],
            note="Since 2.0, in a thread per request.",
            source_url="https://flask.palletsprojects.com/en/stable/async-await/",
            verified_on="2026-01-15",
        )
        self.save()
        self.assertEqual(self.errors(), [])
        self.assertEqual(
            self.flask.criteria_values,
            {
                "async-views": {
                    "verdict": "partial",
                    "note": "Since 2.0, in a thread per request.",
                    "source_url": (
                        "https://flask.palletsprojects.com/en/stable/async-await/"
                    ),
                    "verified_on": date(2026, 1, 15),
                }
            },
        )
        # The catalog card carries the cells (the matrix reads only those).
        brain = api.content.find(UID=self.flask.UID())[0]
        card = brain.framework_card
        self.assertEqual(card["criteria"]["async-views"]["verdict"], "partial")

    def test_invalid_cells_are_refused_with_the_criterion_named(self):
        tomorrow = (date.today() + timedelta(days=1)).isoformat()
        cases = [
            ({"source_url": "ftp://example.org"}, "“Async views”: enter a source"),
            ({"verified_on": tomorrow}, "“Async views”: the date lies in the future."),
            ({"note": "x" * 501}, "“Async views”: keep the note under 500"),
        ]
        for values, message in cases:
            with self.subTest(values=list(values)):
                self.edit()
                self.fill(verdict=["yes"], **values)
                self.save()
                errors = self.errors()
                self.assertTrue(any(e.startswith(message) for e in errors), errors)
                self.assertEqual(self.flask.criteria_values, {})

    def test_cells_of_hidden_criteria_are_kept(self):
        self.flask.criteria_values = {"gone": {"verdict": "no"}}
        self.guide.criteria = [
            *self.guide.criteria,
            {
                "id": "gone",
                "title": "Gone",
                "description": "",
                "decisive": False,
                "hidden": True,
            },
        ]
        transaction.commit()
        self.edit()
        with self.assertRaises(LookupError):
            self.control(f"{CELLS}.gone.verdict")
        self.fill(verdict=["yes"])
        self.save()
        self.assertEqual(sorted(self.flask.criteria_values), ["async-views", "gone"])
