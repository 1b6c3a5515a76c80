"""The review rules through the workflow API: four-eyes, comments, stamps, versions."""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import as_user
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.workflow.history import entries
from datetime import date
from plone import api
from plone.api.exc import InvalidParameterError
from Products.CMFCore.WorkflowCore import WorkflowException

import unittest


def transition_ids(obj) -> set[str]:
    workflow = api.portal.get_tool("portal_workflow")
    return {t["id"] for t in workflow.getTransitionsFor(obj)}


class TestFourEyes(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        create_users()
        self.guide = create_guide(self.portal)

    def test_submitter_who_reviews_cannot_publish(self):
        profile = profile_in_state(
            self.guide, "pending", "flask", submitter="editor_reviewer"
        )
        as_user(self.portal, "editor_reviewer")
        self.assertIn("reject", transition_ids(profile))
        self.assertNotIn("publish", transition_ids(profile))
        with self.assertRaises(InvalidParameterError):
            api.content.transition(obj=profile, transition="publish")
        self.assertEqual(api.content.get_state(profile), "pending")

    def test_other_reviewer_publishes(self):
        profile = profile_in_state(
            self.guide, "pending", "flask", submitter="editor_reviewer"
        )
        as_user(self.portal, "reviewer2")
        self.assertIn("publish", transition_ids(profile))
        api.content.transition(obj=profile, transition="publish", comment="Fine.")
        self.assertEqual(api.content.get_state(profile), "published")
        self.assertEqual(entries(profile)[-1]["comments"], "Fine.")

    def test_site_administrator_who_submitted_cannot_publish(self):
        profile = profile_in_state(
            self.guide, "pending", "flask", submitter="siteadmin"
        )
        as_user(self.portal, "siteadmin")
        self.assertNotIn("publish", transition_ids(profile))
        as_user(self.portal, "reviewer")
        self.assertIn("publish", transition_ids(profile))

    def test_manager_override_is_recorded(self):
        profile = profile_in_state(self.guide, "pending", "flask", submitter="manager")
        as_user(self.portal, "manager")
        self.assertIn("publish", transition_ids(profile))
        api.content.transition(obj=profile, transition="publish", comment="Urgent.")
        last = entries(profile)[-1]
        self.assertEqual(last["action"], "publish")
        self.assertEqual(last["actor"], "manager")
        self.assertEqual(
            last["comments"],
            "Published by its own submitter: a Manager overrode the four-eyes rule. "
            "Urgent.",
        )

    def test_rule_follows_the_last_submit(self):
        # reviewer2 rejects editor_reviewer's submission; editor submits again:
        # now editor_reviewer may publish.
        profile = profile_in_state(
            self.guide, "pending", "flask", submitter="editor_reviewer"
        )
        with api.env.adopt_user(username="reviewer2"):
            api.content.transition(obj=profile, transition="reject", comment="Fix X.")
        with api.env.adopt_user(username="editor"):
            api.content.transition(obj=profile, transition="submit")
        as_user(self.portal, "editor_reviewer")
        self.assertIn("publish", transition_ids(profile))


class TestRejectAndStamps(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        create_users()
        self.guide = create_guide(self.portal)

    def test_reject_without_comment_is_refused(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        as_user(self.portal, "reviewer")
        workflow = api.portal.get_tool("portal_workflow")
        for comment in ("", "   "):
            with self.assertRaises(WorkflowException) as raised:
                workflow.doActionFor(profile, "reject", comment=comment)
            self.assertIn("rejecting a profile needs a comment", str(raised.exception))
        self.assertEqual(api.content.get_state(profile), "pending")

    def test_reject_with_comment_goes_to_history(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        as_user(self.portal, "reviewer")
        api.content.transition(
            obj=profile, transition="reject", comment="Add the licence."
        )
        self.assertEqual(api.content.get_state(profile), "draft")
        last = entries(profile)[-1]
        self.assertEqual(
            (last["action"], last["actor"], last["comments"]),
            ("reject", "reviewer", "Add the licence."),
        )

    def test_publish_sets_last_reviewed(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        self.assertIsNone(profile.last_reviewed)
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="publish")
        self.assertEqual(profile.last_reviewed, date.today())
        catalog = api.portal.get_tool("portal_catalog")
        brain = catalog(UID=profile.UID(), review_state="published")[0]
        self.assertEqual(brain.getId, "flask")

    def test_every_transition_in_history(self):
        profile = profile_in_state(self.guide, "archived", "flask")
        with api.env.adopt_user(username="reviewer"):
            api.content.transition(obj=profile, transition="restore", comment="Back.")
        actions = [
            (e["action"], e["review_state"], e["actor"]) for e in entries(profile)
        ]
        self.assertEqual(
            actions,
            [
                (None, "draft", "editor"),
                ("submit", "pending", "editor"),
                ("publish", "published", "reviewer"),
                ("archive", "archived", "reviewer"),
                ("restore", "draft", "reviewer"),
            ],
        )
        self.assertTrue(all(e["time"] for e in entries(profile)))

    def test_archived_is_public_but_not_listed(self):
        profile = profile_in_state(self.guide, "archived", "flask")
        as_user(self.portal, None)
        self.assertTrue(api.user.has_permission("View", obj=profile))
        catalog = api.portal.get_tool("portal_catalog")
        self.assertEqual(
            len(catalog(portal_type="FrameworkProfile", review_state="published")), 0
        )


class TestInstallMapsStates(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def test_profiles_from_another_workflow_keep_their_state(self):
        portal = self.layer["portal"]
        create_users()
        guide = create_guide(portal)
        workflow = api.portal.get_tool("portal_workflow")
        workflow.setChainForPortalTypes(
            ["FrameworkProfile"], ["simple_publication_workflow"]
        )
        with api.env.adopt_roles(["Manager"]):
            states = {}
            for profile_id, state in (
                ("flask", "published"),
                ("django", "pending"),
                ("pyramid", "private"),
            ):
                profile = api.content.create(
                    container=guide,
                    type="FrameworkProfile",
                    id=profile_id,
                    title=profile_id,
                    choose_when="x",
                )
                if state != "private":
                    api.content.transition(obj=profile, to_state=state)
                states[profile_id] = api.content.get_state(profile)
        self.assertEqual(states["pyramid"], "private")
        setup = api.portal.get_tool("portal_setup")
        setup.runAllImportStepsFromProfile("profile-collective.frameworkguide:default")
        self.assertEqual(
            workflow.getChainForPortalType("FrameworkProfile"),
            ("framework_profile_workflow",),
        )
        self.assertEqual(
            {pid: api.content.get_state(guide[pid]) for pid in states},
            {"flask": "published", "django": "pending", "pyramid": "draft"},
        )
        as_user(portal, None)
        self.assertTrue(api.user.has_permission("View", obj=guide["flask"]))
        self.assertFalse(api.user.has_permission("View", obj=guide["pyramid"]))


class TestVersions(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def test_profiles_are_versioned_on_edit(self):
        portal = self.layer["portal"]
        create_users()
        profile = profile_in_state(create_guide(portal), "draft", "flask")
        repository = api.portal.get_tool("portal_repository")
        self.assertIn("FrameworkProfile", repository.getVersionableContentTypes())
        self.assertTrue(repository.supportsPolicy(profile, "at_edit_autoversion"))
