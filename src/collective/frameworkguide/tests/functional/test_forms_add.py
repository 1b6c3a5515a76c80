"""The add form: fieldsets, help texts, a profile added with every field."""

from collective.frameworkguide.tests.support.forms import EDITOR
from collective.frameworkguide.tests.support.forms import FormTestCase
from collective.frameworkguide.tests.support.forms import TEXT_VALUES
from collective.frameworkguide.tests.support.images import PNG_SIZE
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import transaction


class TestAddForm(FormTestCase):
    def test_fieldsets_in_order(self):
        self.open_add_form()
        legends = [
            legend.text_content().strip()
            for legend in self.html().xpath("//form[@id='form']//fieldset/legend")
        ]
        self.assertEqual(legends[:4], ["Basics", "Advice", "Ratings", "Facts"])

    def test_fields_in_their_fieldsets(self):
        self.open_add_form()
        doc = self.html()

        def names(fieldset):
            return [
                div.get("data-fieldname").removeprefix("form.widgets.")
                for div in doc.xpath(
                    f"//fieldset[@id='fieldset-{fieldset}']//*[@data-fieldname]"
                )
            ]

        self.assertEqual(
            names("advice"), ["choose_when", "avoid_when", "strengths", "weaknesses"]
        )
        self.assertEqual(
            names("ratings"),
            ["learning_curve", "documentation_quality", "flexibility", "ecosystem"],
        )
        self.assertEqual(
            names("facts"),
            [
                "batteries",
                "website",
                "repository",
                "documentation_url",
                "license",
                "package_name",
                "latest_version",
                "latest_release_date",
                "first_release_year",
                "example_projects",
                "replaced_by",
            ],
        )
        basics = names("default")
        for name in ("IBasic.title", "framework_kind", "use_cases", "logo"):
            self.assertIn(name, basics)

    def test_help_text_on_every_profile_field(self):
        from collective.frameworkguide.content.profile import IFrameworkProfileSchema

        self.open_add_form()
        expected = {
            name: str(field.description)
            for name, field in IFrameworkProfileSchema.namesAndDescriptions()
            if name != "last_reviewed"
        }
        expected["IBasic.description"] = "Used in item listings and search results."
        for name, description in expected.items():
            self.assertTrue(description, name)
            help_texts = [
                " ".join(h.text_content().split())
                for h in self.field_div(name).xpath(
                    "./div[contains(@class, 'form-text')]"
                )
            ]
            self.assertIn(description, help_texts, name)

    def test_help_text_on_title_and_text(self):
        # plone.basic's title and plone.richtext's text bring no help text;
        # giving them one belongs to the add form (browser/forms.py).
        self.open_add_form()
        for name in ("IBasic.title", "IRichTextBehavior.text"):
            self.assertTrue(
                self.field_div(name).xpath("./div[contains(@class, 'form-text')]"),
                name,
            )

    def test_last_reviewed_not_in_add_form(self):
        self.open_add_form()
        self.assertFalse(self.html().xpath("//*[contains(@name, 'last_reviewed')]"))
        self.assertNotIn("Last reviewed", self.browser.contents)

    def test_add_with_all_fields(self):
        self.open_add_form()
        self.fill()
        self.save()
        self.assertEqual(self.all_errors(), {})
        self.assertEqual(self.profile_ids(), ["bottle", "flask"])
        self.assertEqual(
            self.browser.url, "http://nohost/plone/guide/bottle/framework-profile"
        )
        profile = self.guide["bottle"]
        self.assertEqual(profile.portal_type, "FrameworkProfile")
        self.assertEqual(profile.title, "Bottle")
        self.assertEqual(profile.description, "A tiny single-file micro-framework.")
        self.assertEqual(profile.framework_kind, "micro")
        self.assertEqual(profile.use_cases, {"one-page", "unique"})
        self.assertEqual(profile.choose_when, TEXT_VALUES["choose_when"])
        self.assertEqual(profile.avoid_when, TEXT_VALUES["avoid_when"])
        self.assertEqual(profile.strengths, ["Single file", "No dependencies"])
        self.assertEqual(profile.weaknesses, ["Small ecosystem"])
        self.assertEqual(profile.learning_curve, 5)
        self.assertEqual(profile.documentation_quality, 3)
        self.assertEqual(profile.flexibility, 4)
        self.assertEqual(profile.ecosystem, 2)
        self.assertEqual(profile.batteries, {"templating", "forms"})
        self.assertEqual(profile.website, "https://bottlepy.org/")
        self.assertEqual(profile.repository, "https://github.com/bottlepy/bottle")
        self.assertEqual(profile.documentation_url, "http://bottlepy.org/docs/dev/")
        self.assertEqual(profile.license, "MIT")
        self.assertEqual(profile.latest_version, "0.13.4")
        self.assertEqual(profile.first_release_year, 2009)
        self.assertEqual(
            profile.example_projects,
            ["A home automation dashboard", "A wiki in 100 lines"],
        )
        self.assertIn("<strong>one</strong>", profile.text.raw)
        self.assertEqual(profile.logo.filename, "bottle.png")
        self.assertEqual(profile.logo.getImageSize(), PNG_SIZE)
        self.assertIsNone(profile.last_reviewed)
        # The catalog knows the new profile's card.
        brain = api.content.find(UID=profile.UID(), unrestricted=True)[0]
        self.assertEqual(brain.framework_kind, "micro")
        self.assertEqual(brain.framework_card["use_cases"], ["one-page", "unique"])
        self.assertEqual(brain.framework_card["first_release_year"], 2009)

    def test_same_title_in_another_guide(self):
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        other = api.content.create(
            container=self.portal, type="FrameworkGuide", id="other", title="Other"
        )
        api.user.grant_roles(
            username=EDITOR, obj=other, roles=["Contributor", "Editor"]
        )
        transaction.commit()
        self.browser.open(f"{other.absolute_url()}/++add++FrameworkProfile")
        self.control("IBasic.title").value = "Flask"
        self.control("choose_when").value = "Another guide, another Flask."
        self.save()
        self.assertEqual(self.all_errors(), {})
        transaction.begin()
        self.assertEqual(other["flask"].title, "Flask")
        self.assertEqual(self.profile_ids(), ["flask"])

    def test_add_with_required_fields_only(self):
        self.open_add_form()
        self.control("IBasic.title").value = "Bottle"
        self.control("choose_when").value = "You need a tiny app."
        self.save()
        self.assertEqual(self.all_errors(), {})
        profile = self.guide["bottle"]
        self.assertEqual(profile.strengths, [])
        self.assertEqual(profile.use_cases, set())
        self.assertIsNone(profile.learning_curve)
        self.assertIsNone(profile.website)
