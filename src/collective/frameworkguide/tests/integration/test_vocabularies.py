"""The kinds, use cases and batteries vocabularies and their registry records."""

from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.settings import DEFAULT_BATTERIES
from collective.frameworkguide.testing import INTEGRATION_TESTING
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.interface import alsoProvides
from zope.schema.interfaces import IVocabularyFactory

import unittest


KINDS = "collective.frameworkguide.FrameworkKinds"
USE_CASES = "collective.frameworkguide.UseCases"
BATTERIES = "collective.frameworkguide.Batteries"

RECORD = {
    KINDS: "collective.frameworkguide.framework_kinds",
    USE_CASES: "collective.frameworkguide.use_cases",
    BATTERIES: "collective.frameworkguide.batteries",
}


def vocabulary(name, context):
    return getUtility(IVocabularyFactory, name)(context)


def terms(name, context):
    return [(term.token, term.value, term.title) for term in vocabulary(name, context)]


class TestVocabularies(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        self.guide = api.content.create(
            self.portal, "FrameworkGuide", id="guide", title="Guide"
        )

    def test_framework_kinds_default_terms(self):
        self.assertEqual(
            terms(KINDS, self.guide),
            [
                ("micro", "micro", "Micro-framework"),
                (
                    "full-stack",
                    "full-stack",
                    "Full-stack framework (batteries included)",
                ),
                ("pluggable", "pluggable", "Slim, pluggable core"),
                ("cms", "cms", "Content management system"),
            ],
        )

    def test_use_cases_default_terms(self):
        self.assertEqual(
            terms(USE_CASES, self.guide),
            [
                ("one-page", "one-page", "One-page app"),
                ("crud", "crud", "CRUD app"),
                ("unique", "unique", "Unique application"),
                ("cms", "cms", "CMS / content-managed site"),
            ],
        )

    def test_batteries_default_terms(self):
        found = terms(BATTERIES, self.guide)
        self.assertEqual(len(found), 12)
        self.assertEqual(found[0], ("orm", "orm", "ORM / database layer"))
        self.assertEqual(found[-1], ("rest-api", "rest-api", "REST API"))
        self.assertEqual(
            [token for token, _value, _title in found],
            [line.split("|")[0] for line in DEFAULT_BATTERIES],
        )

    def test_every_context(self):
        # The site, a guide, a profile and no context at all (REST API
        # @vocabularies) give the same terms when nothing is stored.
        profile = api.content.create(
            self.guide, "FrameworkProfile", title="Flask", choose_when="x"
        )
        expected = terms(USE_CASES, self.guide)
        for context in (self.portal, profile, None):
            self.assertEqual(terms(USE_CASES, context), expected, context)

    def test_registry_change_changes_vocabulary(self):
        api.portal.set_registry_record(
            RECORD[USE_CASES],
            ["crud|Database application", "api|Web API", "one-page|Single page"],
        )
        self.assertEqual(
            terms(USE_CASES, self.guide),
            [
                ("crud", "crud", "Database application"),
                ("api", "api", "Web API"),
                ("one-page", "one-page", "Single page"),
            ],
        )
        api.portal.set_registry_record(RECORD[KINDS], ["micro|Tiny"])
        self.assertEqual(terms(KINDS, self.guide), [("micro", "micro", "Tiny")])
        api.portal.set_registry_record(RECORD[BATTERIES], ["orm|ORM", "", "auth|Auth"])
        self.assertEqual(
            [term.token for term in vocabulary(BATTERIES, self.guide)],
            ["orm", "auth"],
        )

    def test_lookup_by_token(self):
        vocab = vocabulary(USE_CASES, self.guide)
        self.assertEqual(vocab.getTermByToken("crud").title, "CRUD app")
        self.assertIn("cms", vocab)
        self.assertNotIn("blog", vocab)

    def test_removed_token_kept_for_profile_that_uses_it(self):
        profile = api.content.create(
            self.guide,
            "FrameworkProfile",
            title="Flask",
            choose_when="x",
            framework_kind="micro",
            use_cases={"one-page", "crud"},
            batteries={"orm", "templating"},
        )
        api.portal.set_registry_record(RECORD[KINDS], ["full-stack|Full stack"])
        api.portal.set_registry_record(
            RECORD[USE_CASES], ["one-page|One-page app", "cms|CMS"]
        )
        api.portal.set_registry_record(RECORD[BATTERIES], ["orm|ORM"])

        # On the profile the stored tokens stay selectable, after the registry's
        # terms and titled with the bare token.
        self.assertEqual(
            terms(KINDS, profile),
            [("full-stack", "full-stack", "Full stack"), ("micro", "micro", "micro")],
        )
        self.assertEqual(
            terms(USE_CASES, profile),
            [
                ("one-page", "one-page", "One-page app"),
                ("cms", "cms", "CMS"),
                ("crud", "crud", "crud"),
            ],
        )
        self.assertEqual(
            [term.token for term in vocabulary(BATTERIES, profile)],
            ["orm", "templating"],
        )
        # Elsewhere the removed terms are gone.
        self.assertNotIn("micro", vocabulary(KINDS, self.guide))
        self.assertNotIn("crud", vocabulary(USE_CASES, self.guide))
        other = api.content.create(
            self.guide, "FrameworkProfile", title="Django", choose_when="x"
        )
        self.assertNotIn("crud", vocabulary(USE_CASES, other))

    def test_removed_token_in_edit_form(self):
        profile = api.content.create(
            self.guide,
            "FrameworkProfile",
            title="Flask",
            choose_when="x",
            framework_kind="micro",
            use_cases={"crud"},
        )
        api.portal.set_registry_record(RECORD[KINDS], ["cms|CMS"])
        api.portal.set_registry_record(RECORD[USE_CASES], ["cms|CMS"])
        alsoProvides(self.request, IFrameworkGuideLayer)
        form = profile.restrictedTraverse("@@edit")
        form.update()
        self.assertEqual(form.widgets["framework_kind"].value, ["micro"])
        self.assertEqual(form.widgets["use_cases"].value, ["crud"])
        self.assertIn(
            "micro", [term.token for term in form.widgets["framework_kind"].terms]
        )
        html = form.render()
        self.assertIn('value="crud"', html)
        self.assertIn('value="micro"', html)

    def test_missing_record_gives_empty_vocabulary(self):
        registry = getUtility(IRegistry)
        del registry.records[RECORD[USE_CASES]]
        self.assertEqual(terms(USE_CASES, self.guide), [])

    def test_repeated_token_in_registry_does_not_break_vocabulary(self):
        # The control panel refuses it, but registry.xml or the REST API can
        # still write a repeated token: the first one wins.
        registry = getUtility(IRegistry)
        registry[RECORD[USE_CASES]] = ["crud|CRUD app", "cms|CMS", "crud|Again"]
        self.assertEqual(
            terms(USE_CASES, self.guide),
            [("crud", "crud", "CRUD app"), ("cms", "cms", "CMS")],
        )
