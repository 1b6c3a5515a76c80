"""``@@framework-guide-import``: all or nothing, through the REST path."""

from collective.frameworkguide.tests.support.exchange_client import ExchangeTestCase
from collective.frameworkguide.tests.support.images import png_bytes
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobImage

import copy
import json
import transaction


class TestImport(ExchangeTestCase):
    def test_round_trip(self):
        flask = self.guide["flask"]
        flask.logo = NamedBlobImage(png_bytes(), "image/png", "flask.png")
        flask.reindexObject()
        transaction.commit()
        original = self.export_json()

        # As a Manager: CMFCore lets only Managers use an id that the site
        # root acquires, and the test site is called "plone", like a profile.
        browser = self.import_file(self.empty, original, userid=SITE_OWNER_NAME)
        self.assertEqual(self.errors_shown(browser), [])
        self.assertEqual(
            self.listed(browser, "created"), "flask, django, pyramid, plone"
        )
        again = self.export_json(self.empty)

        self.assertEqual(again["format"], original["format"])
        self.assertEqual(again["version"], original["version"])
        self.assertEqual(
            again["guide"],
            {"id": "copy", "title": "Copy", "criteria": original["guide"]["criteria"]},
        )
        self.assertEqual(len(again["guide"]["criteria"]), 6)
        # Same profiles, same values; only what belongs to the copy differs:
        # the imported profiles wait for review like every new profile.
        self.assertEqual(len(again["profiles"]), 4)
        for before, after in zip(original["profiles"], again["profiles"], strict=True):
            self.assertEqual(before["review_state"], "published")
            self.assertEqual(
                after["review_state"], self.initial_state(self.empty["flask"])
            )
            self.assertIsNone(after["last_reviewed"])
            for name in ("review_state", "last_reviewed"):
                del before[name], after[name]
            self.assertEqual(after, before)
        self.assertEqual(self.empty["flask"].logo.data, png_bytes())

    def test_one_bad_row_changes_nothing(self):
        self.import_file(self.empty, {"profiles": self.export_json()["profiles"][:1]})
        transaction.begin()
        before = self.export_json(self.empty)
        # Three rows: an editor may not use the id "plone" in the test site
        # (see test_round_trip).
        rows = copy.deepcopy(self.export_json()["profiles"][:3])
        rows[0]["choose_when"] = "Changed, and valid."
        rows[1]["website"] = "ftp://djangoproject.com"
        rows[2]["learning_curve"] = 9
        rows[2]["batteries"] = ["orm", "jetpack"]
        pristine = self.export_json()["profiles"][0]
        rows.append({**pristine, "id": "flask-copy", "title": "FLASK"})

        browser = self.import_file(self.empty, {"profiles": rows})
        self.assertIn("Nothing was imported", browser.contents)
        self.assertEqual(
            self.errors_shown(browser),
            [
                (
                    "2",
                    "django",
                    "website",
                    "Enter a full web address that starts with http:// or "
                    "https://, for example https://example.org.",
                ),
                (
                    "3",
                    "pyramid",
                    "learning_curve",
                    "Choose a rating from 1 (lowest) to 5 (highest).",
                ),
                (
                    "3",
                    "pyramid",
                    "batteries",
                    "“jetpack” is not one of the choices: orm, admin, auth, "
                    "permissions, workflow, forms, templating, i18n, migrations, "
                    "search, caching, rest-api.",
                ),
                (
                    "4",
                    "flask-copy",
                    "title",
                    "This guide already has a profile called “FLASK”. Choose "
                    "another title or edit the existing profile.",
                ),
            ],
        )
        transaction.begin()
        self.assertEqual(self.empty.objectIds(), ["flask"])
        self.assertEqual(self.export_json(self.empty), before)
        catalog = api.portal.get_tool("portal_catalog")
        self.assertEqual(
            len(
                catalog.unrestrictedSearchResults(
                    path="/plone/copy", portal_type="FrameworkProfile"
                )
            ),
            1,
        )

    def three_profiles(self) -> dict:
        """The demo export without Plone (see test_round_trip)."""
        return {"profiles": self.export_json()["profiles"][:3]}

    def test_update_by_id(self):
        self.import_file(self.empty, self.three_profiles())
        rows = self.export_json(self.empty)["profiles"]
        rows[0]["choose_when"] = "A new piece of advice."
        rows[0]["use_cases"] = ["one-page", "unique"]
        browser = self.import_file(self.empty, {"profiles": rows})
        self.assertEqual(self.errors_shown(browser), [])
        self.assertEqual(self.listed(browser, "updated"), "flask")
        self.assertEqual(self.listed(browser, "unchanged"), "django, pyramid")
        transaction.begin()
        flask = self.empty["flask"]
        self.assertEqual(flask.choose_when, "A new piece of advice.")
        self.assertEqual(flask.use_cases, {"one-page", "unique"})
        self.assertEqual(api.content.get_state(flask), self.initial_state(flask))

    def test_published_profiles_change_only_through_review(self):
        flask = self.guide["flask"]
        flask.logo = NamedBlobImage(png_bytes(), "image/png", "flask.png")
        flask.reindexObject()
        transaction.commit()
        rows = self.export_json()["profiles"]
        # The same values change nothing: allowed, and reported as unchanged.
        browser = self.import_file(
            self.guide, {"profiles": rows}, userid=SITE_OWNER_NAME
        )
        self.assertEqual(self.errors_shown(browser), [])
        self.assertEqual(
            self.listed(browser, "unchanged"), "flask, django, pyramid, plone"
        )
        rows[0]["choose_when"] = "Changed behind the reviewers' backs."
        browser = self.import_file(
            self.guide, {"profiles": rows}, userid=SITE_OWNER_NAME
        )
        [(row, profile, field, message)] = self.errors_shown(browser)
        self.assertEqual((row, profile, field), ("1", "flask", "choose_when"))
        self.assertIn("an import changes profiles only while they are", message)
        transaction.begin()
        self.assertNotEqual(self.guide["flask"].choose_when, rows[0]["choose_when"])

    def test_check_only_writes_nothing(self):
        browser = self.import_file(
            self.empty, self.three_profiles(), button="Check only"
        )
        self.assertIn(
            "Every row is valid. Nothing has been written yet", browser.contents
        )
        self.assertEqual(self.listed(browser, "created"), "flask, django, pyramid")
        transaction.begin()
        self.assertEqual(self.empty.objectIds(), [])

    def test_file_problems(self):
        not_json = "This file is not a guide export (JSON expected)."
        cases = [
            (b"{not json", not_json),
            # A file of another kind: no parser's text ("Expecting value …").
            (b"Name,Website\nFlask,https://flask.palletsprojects.com\n", not_json),
            (b'{"items": []}', "The file is not a Framework Guide export"),
            (
                json.dumps({"profiles": ["flask"]}).encode(),
                "A profile must be a JSON object",
            ),
        ]
        for payload, message in cases:
            with self.subTest(payload=payload):
                browser = self.import_file(self.empty, payload)
                [(_row, _profile, _field, shown)] = self.errors_shown(browser)
                self.assertIn(message, shown)
                self.assertNotIn("Expecting", shown)

    def test_row_problems(self):
        rows = self.export_json()["profiles"][:2]
        rows[0]["color"] = "red"
        rows[1]["id"] = ""
        rows.append({**rows[0], "id": "flask"})
        browser = self.import_file(self.empty, {"profiles": rows})
        errors = [
            (row, field)
            for row, _profile, field, _message in self.errors_shown(browser)
        ]
        self.assertEqual(errors, [("1", "color"), ("2", "id"), ("3", "id")])
        transaction.begin()
        self.assertEqual(self.empty.objectIds(), [])

    def test_only_editors_and_above(self):
        url = f"{self.empty.absolute_url()}/@@framework-guide-import"
        for userid in (None, "member", "reviewer"):
            with self.subTest(user=userid):
                self.assert_refused(url, userid)

    def test_post_without_the_csrf_token_is_refused(self):
        browser = self.browser()
        browser.open(f"{self.empty.absolute_url()}/@@framework-guide-import")
        form = browser.getForm(
            action=f"{self.empty.absolute_url()}/@@framework-guide-import"
        )
        token = form.getControl(name="_authenticator")
        token._control.force_value("forged")  # what a forged cross-site form sends
        form.getControl(name="import_file").add_file(
            json.dumps(self.export_json()).encode(), "application/json", "p.json"
        )
        browser.raiseHttpErrors = False
        browser.handleErrors = True
        form.getControl("Import").click()
        self.assertEqual(browser.headers["status"], "403 Forbidden")
        transaction.begin()
        self.assertEqual(self.empty.objectIds(), [])
