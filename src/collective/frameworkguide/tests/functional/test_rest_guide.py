"""``GET <guide>/@framework-guide`` over HTTP, against the demo guide."""

from collective.frameworkguide.setuphandlers.demo_content import PROFILES
from collective.frameworkguide.tests.support.images import png_bytes
from collective.frameworkguide.tests.support.rest_client import CONTRACT_FIELDS
from collective.frameworkguide.tests.support.rest_client import GuideEndpointTestCase
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobImage

import lxml.html
import transaction


# The ratings and the words the endpoint gives their values.
RATINGS = ("learning_curve", "documentation_quality", "flexibility", "ecosystem")
RATING_WORDS = {1: "Very low", 2: "Low", 3: "Medium", 4: "High", 5: "Very high"}


class TestShape(GuideEndpointTestCase):
    def test_top_level(self):
        data = self.get()
        self.assertEqual(
            set(data),
            {
                "@id",
                "guide",
                "filters",
                "notices",
                "quick_pick",
                "matrix",
                "profiles",
                "items_total",
                "criteria",
                "differences",
                "releases",
            },
        )
        self.assertEqual(data["@id"], f"{self.guide.absolute_url()}/@framework-guide")
        self.assertEqual(data["guide"]["title"], "Which Python web framework?")
        self.assertEqual(self.titles(data), ["Django", "Flask", "Plone", "Pyramid"])
        self.assertEqual(data["items_total"], 4)
        self.assertEqual(data["notices"], [])

    def test_every_contract_field_with_the_demo_values(self):
        profiles = {p["id"]: p for p in self.get()["profiles"]}
        for demo in PROFILES:
            profile = profiles[demo["id"]]
            self.assertLessEqual(set(CONTRACT_FIELDS), set(profile), demo["id"])
            self.assertEqual(profile["@id"], self.guide[demo["id"]].absolute_url())
            for name, value in demo.items():
                shown = profile[name]
                if name == "text":
                    self.assertEqual(shown["data"], value)
                    self.assertEqual(shown["content-type"], "text/html")
                elif name in ("use_cases", "batteries"):
                    self.assertEqual({term["token"] for term in shown}, value, name)
                elif name == "framework_kind":
                    self.assertEqual(shown["token"], value)
                elif name in RATINGS:
                    self.assertEqual(
                        shown, {"value": value, "title": RATING_WORDS[value]}
                    )
                else:
                    self.assertEqual(shown, value, name)
            self.assertIsNone(profile["logo"])

    def test_vocabulary_values_are_token_and_title(self):
        django = self.get()["profiles"][0]
        self.assertEqual(
            django["framework_kind"],
            {
                "token": "full-stack",
                "title": "Full-stack framework (batteries included)",
            },
        )
        self.assertEqual(django["use_cases"], [{"token": "crud", "title": "CRUD app"}])
        # In the vocabulary's order (the control panel's), not alphabetical.
        self.assertEqual(
            [term["token"] for term in django["batteries"]],
            [
                "orm",
                "admin",
                "auth",
                "permissions",
                "forms",
                "templating",
                "i18n",
                "migrations",
                "caching",
            ],
        )
        self.assertEqual(django["batteries"][0]["title"], "ORM / database layer")

    def test_last_reviewed_is_an_iso_date_or_null(self):
        for profile in self.get()["profiles"]:
            stored = self.guide[profile["id"]].last_reviewed
            expected = stored.isoformat() if stored else None
            self.assertEqual(profile["last_reviewed"], expected)

    def test_text_is_the_safe_html_output(self):
        flask = self.guide["flask"]
        flask.text = RichTextValue(
            '<p onclick="steal()">Small <script>alert(1)</script>and fast.</p>',
            "text/html",
            "text/x-html-safe",
        )
        flask.reindexObject()
        transaction.commit()
        text = self.get(query="?framework_kind=micro")["profiles"][0]["text"]
        self.assertIn("Small", text["data"])
        self.assertNotIn("script", text["data"])
        self.assertNotIn("onclick", text["data"])

    def test_logo_is_a_url_of_the_image(self):
        flask = self.guide["flask"]
        flask.logo = NamedBlobImage(png_bytes(), "image/png", "flask.png")
        flask.reindexObject()
        transaction.commit()
        profiles = {p["id"]: p for p in self.get()["profiles"]}
        logo = profiles["flask"]["logo"]
        self.assertEqual(logo, f"{flask.absolute_url()}/@@images/logo")
        self.assertIsNone(profiles["django"]["logo"])
        image = self.anonymous.get(logo, headers={"Accept": "image/*"})
        self.assertEqual(image.status_code, 200)
        self.assertEqual(image.headers["Content-Type"], "image/png")
        self.assertEqual(image.content, png_bytes())

    def test_matrix_rows_and_columns(self):
        data = self.get()
        matrix = data["matrix"]
        self.assertEqual(
            [column["id"] for column in matrix["columns"]],
            [profile["id"] for profile in data["profiles"]],
        )
        names = [row["name"] for row in matrix["rows"]]
        # The guide's six criteria come last (see test_criteria_rest).
        self.assertEqual(names[-6:], ["criteria"] * 6)
        names = names[:-6]
        self.assertEqual(names[:6], ["framework_kind", "use_cases", *RATINGS])
        self.assertEqual(
            names[-4:],
            ["license", "first_release_year", "latest_version", "latest_release_date"],
        )
        self.assertEqual(set(names[6:-4]), {"batteries"})
        for row in matrix["rows"]:
            self.assertEqual(len(row["cells"]), 4, row["name"])
            self.assertIsInstance(row["differs"], bool)
        rows = {row.get("token", row["name"]): row for row in matrix["rows"]}
        self.assertEqual(rows["framework_kind"]["title"], "Kind")
        self.assertEqual(
            rows["framework_kind"]["cells"][1],
            {"token": "micro", "title": "Micro-framework"},
        )
        self.assertEqual(
            rows["flexibility"]["cells"][:2],
            [{"value": 2, "title": "Low"}, {"value": 5, "title": "Very high"}],
        )
        self.assertEqual(rows["admin"]["cells"], [True, False, True, False])
        self.assertEqual(rows["admin"]["title"], "Admin interface")
        self.assertEqual(rows["first_release_year"]["cells"], [2005, 2010, 2001, 2010])

    def test_quick_pick(self):
        picks = self.get()["quick_pick"]
        self.assertEqual(
            [
                (pick["use_case"]["token"], [p["id"] for p in pick["profiles"]])
                for pick in picks
            ],
            [
                ("one-page", ["flask"]),
                ("crud", ["django"]),
                ("unique", ["pyramid"]),
                ("cms", ["plone"]),
            ],
        )
        self.assertEqual(picks[1]["use_case"]["title"], "CRUD app")
        self.assertEqual(
            picks[1]["profiles"][0],
            {
                "@id": self.guide["django"].absolute_url(),
                "id": "django",
                "title": "Django",
            },
        )


class TestFilters(GuideEndpointTestCase):
    def test_use_case(self):
        data = self.get(query="?use_case=crud")
        self.assertEqual(self.titles(data), ["Django"])
        self.assertEqual(data["items_total"], 1)
        self.assertEqual(
            data["filters"]["use_case"], {"token": "crud", "title": "CRUD app"}
        )
        self.assertIsNone(data["filters"]["framework_kind"])
        self.assertEqual([c["id"] for c in data["matrix"]["columns"]], ["django"])
        # The quick pick always covers the whole guide, as on the HTML page.
        self.assertEqual(len(data["quick_pick"]), 4)

    def test_kind(self):
        data = self.get(query="?framework_kind=micro")
        self.assertEqual(self.titles(data), ["Flask"])

    def test_both(self):
        self.assertEqual(
            self.titles(self.get(query="?use_case=cms&framework_kind=cms")), ["Plone"]
        )
        self.assertEqual(
            self.titles(self.get(query="?use_case=crud&framework_kind=micro")), []
        )

    def test_options(self):
        options = self.get()["filters"]["options"]
        self.assertEqual(
            [term["token"] for term in options["use_case"]],
            ["one-page", "crud", "unique", "cms"],
        )
        self.assertEqual(
            [term["token"] for term in options["framework_kind"]],
            ["micro", "full-stack", "pluggable", "cms"],
        )

    def test_unknown_filter_is_ignored_with_a_notice(self):
        data = self.get(query="?use_case=blog&framework_kind=micro")
        self.assertEqual(self.titles(data), ["Flask"])
        self.assertEqual(data["filters"]["ignored"], ["blog"])
        self.assertIsNone(data["filters"]["use_case"])
        self.assertEqual(
            data["notices"], ["“blog” is not a filter of this guide; it was ignored."]
        )

    def test_same_profiles_and_rows_as_the_html_view(self):
        for query in ("", "?use_case=crud", "?framework_kind=micro", "?use_case=cms"):
            data = self.get(query=query)
            page = self.anonymous.get(
                f"guide/@@framework-guide{query}", headers={"Accept": "text/html"}
            )
            self.assertEqual(page.status_code, 200)
            html = lxml.html.fromstring(page.text)
            columns = [
                a.text_content().strip()
                for a in html.xpath(
                    "//table[contains(@class, 'framework-matrix')]//thead//a"
                )
            ]
            rows = html.xpath(
                "//table[contains(@class, 'framework-matrix')]/tbody/tr/@data-criterion"
            )
            self.assertEqual(columns, self.titles(data), query)
            self.assertEqual(
                rows,
                [row.get("token", row["name"]) for row in data["matrix"]["rows"]],
                query,
            )
