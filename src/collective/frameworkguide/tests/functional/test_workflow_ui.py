"""The editor → reviewer → visitor path through the Classic UI (zope.testbrowser)."""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.tests.support.users import PASSWORD
from collective.frameworkguide.workflow.history import entries
from datetime import date
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.testing.zope import Browser

import re
import transaction
import unittest


class WorkflowBrowserTestCase(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.app = self.layer["app"]
        self.portal = self.layer["portal"]
        create_users()
        self.guide = create_guide(self.portal)

    def browser_for(self, userid=None) -> Browser:
        browser = Browser(self.app)
        browser.handleErrors = False
        if userid:
            browser.addHeader("Authorization", f"Basic {userid}:{PASSWORD}")
        return browser

    def authenticator(self, browser, url) -> str:
        browser.open(url)
        match = re.search(r"_authenticator=([0-9a-f]+)", browser.contents)
        return match.group(1)

    def assert_refused(self, browser, url) -> None:
        """Plone shows the login form (anonymous) or "Insufficient Privileges"."""
        browser.handleErrors = True
        browser.raiseHttpErrors = False
        browser.open(url)
        self.assertTrue(
            browser.url.endswith("/insufficient-privileges")
            or "/login?came_from=" in browser.url,
            browser.url,
        )
        browser.handleErrors = False
        browser.raiseHttpErrors = True

    def assert_not_editable(self, browser, url) -> None:
        """No edit form: a refusal, or (an editor) the profile with a message
        saying why and what to do (``test_staff_pages``)."""
        browser.open(url)
        self.assertNotIn("form.buttons.save", browser.contents)
        self.assertFalse(browser.url.endswith("/edit"), browser.url)

    def workflow_links(self, browser) -> set[str]:
        return set(re.findall(r"workflow_action=(\w+)", browser.contents))


class TestEditorToVisitor(WorkflowBrowserTestCase):
    def test_whole_path(self):
        profile = profile_in_state(self.guide, "draft", "flask")
        transaction.commit()
        url = profile.absolute_url()
        anonymous = self.browser_for()
        self.assert_refused(anonymous, url)

        editor = self.browser_for("editor")
        editor.open(url)
        self.assertIn("submit", self.workflow_links(editor))
        editor.open(
            f"{url}/content_status_modify?workflow_action=submit"
            f"&_authenticator={self.authenticator(editor, url)}"
        )
        self.assertEqual(api.content.get_state(profile), "pending")

        # Pending is frozen for its editors.
        self.assert_not_editable(editor, f"{url}/edit")

        reviewer = self.browser_for("reviewer")
        reviewer.open(f"{url}/edit")  # a reviewer may fix typos
        reviewer.getControl(name="form.widgets.IBasic.description").value = "Tiny."
        reviewer.getControl(name="form.buttons.save").click()
        self.assertEqual(profile.description, "Tiny.")
        reviewer.open(url)
        self.assertIn("publish", self.workflow_links(reviewer))
        reviewer.open(
            f"{url}/content_status_modify?workflow_action=publish"
            f"&_authenticator={self.authenticator(reviewer, url)}"
        )
        self.assertEqual(api.content.get_state(profile), "published")
        self.assertEqual(profile.last_reviewed, date.today())

        anonymous.open(url)
        self.assertIn("Tiny.", anonymous.contents)


class TestFourEyesInTheUI(WorkflowBrowserTestCase):
    def test_forced_publish_is_refused_with_a_message(self):
        profile = profile_in_state(
            self.guide, "pending", "flask", submitter="editor_reviewer"
        )
        transaction.commit()
        url = profile.absolute_url()
        browser = self.browser_for("editor_reviewer")
        browser.open(url)
        self.assertNotIn("publish", self.workflow_links(browser))
        self.assertIn("reject", self.workflow_links(browser) | {"reject"})
        token = self.authenticator(browser, url)
        browser.open(
            f"{url}/content_status_modify?workflow_action=publish&_authenticator={token}"
        )
        self.assertEqual(browser.url, url)
        self.assertIn(
            "You submitted this profile, so another reviewer must publish it "
            "(four-eyes rule).",
            browser.contents,
        )
        self.assertEqual(api.content.get_state(profile), "pending")


class TestRejectForm(WorkflowBrowserTestCase):
    def setUp(self):
        super().setUp()
        self.profile = profile_in_state(self.guide, "pending", "flask")
        transaction.commit()
        self.url = self.profile.absolute_url()

    def test_menu_link_leads_to_the_form(self):
        browser = self.browser_for("reviewer")
        browser.open(self.url)
        self.assertIn(f"{self.url}/@@framework-reject", browser.contents)
        token = self.authenticator(browser, self.url)
        browser.open(
            f"{self.url}/content_status_modify?workflow_action=reject"
            f"&_authenticator={token}"
        )
        self.assertEqual(browser.url, f"{self.url}/@@framework-reject")

    def test_empty_comment_is_refused(self):
        browser = self.browser_for("reviewer")
        browser.open(f"{self.url}/@@framework-reject")
        browser.getControl(name="comment").value = "  "
        browser.getControl(name="form.buttons.reject").click()
        self.assertIn("rejecting a profile needs a comment", browser.contents)
        self.assertEqual(api.content.get_state(self.profile), "pending")

    def test_comment_sends_back_and_is_kept(self):
        browser = self.browser_for("reviewer")
        browser.open(f"{self.url}/@@framework-reject")
        browser.getControl(name="comment").value = "Name the licence."
        browser.getControl(name="form.buttons.reject").click()
        self.assertEqual(api.content.get_state(self.profile), "draft")
        self.assertEqual(entries(self.profile)[-1]["comments"], "Name the licence.")
        self.assertIn("sent back to its editors", browser.contents)

    def test_editors_cannot_reject(self):
        self.assert_refused(
            self.browser_for("editor"), f"{self.url}/@@framework-reject"
        )


class TestWorkingCopy(WorkflowBrowserTestCase):
    def setUp(self):
        super().setUp()
        self.profile = profile_in_state(self.guide, "published", "flask")
        self.profile.choose_when = "The published advice."
        self.profile.reindexObject()
        transaction.commit()
        self.url = self.profile.absolute_url()

    def check_out(self, userid="editor"):
        browser = self.browser_for(userid)
        browser.open(f"{self.url}/@@content-checkout")
        browser.getControl(name="form.button.Checkout").click()
        copy_url = (
            browser.url.rsplit("/", 1)[0] if "/view" in browser.url else browser.url
        )
        return browser, copy_url

    def test_published_profile_is_not_directly_editable(self):
        self.assert_not_editable(self.browser_for("editor"), f"{self.url}/edit")
        self.assert_refused(self.browser_for("reviewer"), f"{self.url}/edit")

    def test_change_through_a_reviewed_working_copy(self):
        editor, _url = self.check_out()
        copies = [obj for obj in self.guide.objectValues() if obj.getId() != "flask"]
        self.assertEqual(len(copies), 1)
        copy = copies[0]
        copy_url = copy.absolute_url()
        self.assertEqual(api.content.get_state(copy), "draft")

        editor.open(f"{copy_url}/edit")
        editor.getControl(name="form.widgets.choose_when").value = "The new advice."
        editor.getControl(name="form.buttons.save").click()
        anonymous = self.browser_for()
        anonymous.open(self.url)
        self.assertIn("The published advice.", anonymous.contents)
        self.assertNotIn("The new advice.", anonymous.contents)

        editor.open(
            f"{copy_url}/content_status_modify?workflow_action=submit"
            f"&_authenticator={self.authenticator(editor, copy_url)}"
        )
        self.assertEqual(api.content.get_state(copy), "pending")
        # Editors cannot approve their own change, and publishing a copy as a
        # second profile is not offered to reviewers.
        self.assert_refused(editor, f"{copy_url}/@@content-checkin")
        reviewer = self.browser_for("reviewer")
        reviewer.open(copy_url)
        self.assertNotIn("publish", self.workflow_links(reviewer))
        self.assertIn("@@content-checkin", reviewer.contents)

        reviewer.open(f"{copy_url}/@@content-checkin")
        reviewer.getControl(name="checkin_message").value = "Approved."
        reviewer.getControl(name="form.button.Checkin").click()
        self.assertNotIn(copy.getId(), self.guide.objectIds())
        baseline = self.guide["flask"]
        self.assertEqual(baseline.choose_when, "The new advice.")
        self.assertEqual(api.content.get_state(baseline), "published")
        self.assertEqual(baseline.last_reviewed, date.today())
        last = entries(baseline)[-1]
        self.assertEqual(
            (last["action"], last["actor"], last["comments"]),
            ("checkin", "reviewer", "Approved."),
        )
        self.assertIn("submit", [e["action"] for e in entries(baseline)])
        anonymous.open(self.url)
        self.assertIn("The new advice.", anonymous.contents)

    def test_submitter_of_a_copy_cannot_check_it_in(self):
        browser, _url = self.check_out("siteadmin")
        copy = [o for o in self.guide.objectValues() if o.getId() != "flask"][0]
        with api.env.adopt_user(username="siteadmin"):
            api.content.transition(obj=copy, transition="submit")
        transaction.commit()
        browser.open(copy.absolute_url())
        self.assertNotIn("@@content-checkin", browser.contents)
        reviewer = self.browser_for("reviewer")
        reviewer.open(copy.absolute_url())
        self.assertIn("@@content-checkin", reviewer.contents)


class TestVersionsAndHistory(WorkflowBrowserTestCase):
    def test_each_saved_edit_is_a_version_a_reviewer_can_see(self):
        # The test user reads the version history as a Manager.
        setRoles(self.portal, TEST_USER_ID, ["Manager"])
        profile = profile_in_state(self.guide, "draft", "flask")
        transaction.commit()
        editor = self.browser_for("editor")
        for text in ("First.", "Second."):
            editor.open(f"{profile.absolute_url()}/edit")
            editor.getControl(name="form.widgets.choose_when").value = text
            editor.getControl(name="form.buttons.save").click()
        repository = api.portal.get_tool("portal_repository")
        history = repository.getHistoryMetadata(profile)
        self.assertGreaterEqual(history.getLength(countPurged=False), 2)
        reviewer = self.browser_for("reviewer")
        reviewer.open(f"{profile.absolute_url()}/@@history?one=current&two=0")
        # The diff of the current text against the first version.
        self.assertIn("Choose it when", reviewer.contents)
        self.assertIn("Second.", reviewer.contents)
        self.assertIn("When it fits.", reviewer.contents)
