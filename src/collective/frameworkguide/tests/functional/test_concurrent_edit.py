"""Two editors and one profile: Plone's lock, and no silent overwrite.

Editor A opens the edit form and so locks the profile (``plone.locking``
behavior); editor B is sent to the profile page with "This item was locked by
…". Saving or cancelling releases the lock. Where the lock cannot help (B
steals it with "Unlock", or A saves from a second tab), the edit stamp of
``collective.frameworkguide.concurrency`` refuses the stale save with a message
and stores nothing.
"""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.tests.support.users import PASSWORD
from plone import api
from plone.locking.interfaces import ILockable
from plone.testing.zope import Browser

import lxml.html
import transaction
import unittest


ADVICE = "form.widgets.choose_when"
STAMP = "form.widgets.IEditStamp.edit_stamp"
STALE = "after you opened this form, and saving would have overwritten"
LOCKED = "is editing this profile now"


def text_of(html: str) -> str:
    return " ".join(lxml.html.fromstring(html).text_content().split())


class ConcurrentEditTestCase(unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        self.app = self.layer["app"]
        self.portal = self.layer["portal"]
        create_users()
        api.user.create(
            username="editor2",
            email="editor2@example.org",
            password=PASSWORD,
            properties={"fullname": "Second Editor"},
        )
        api.group.add_user(groupname="framework-guide-editors", username="editor2")
        self.guide = create_guide(self.portal)
        self.profile = profile_in_state(self.guide, "draft", "flask")
        transaction.commit()
        self.url = self.profile.absolute_url()

    def browser_for(self, userid: str) -> Browser:
        # Errors handled as by the server: plone.locking sends a second editor
        # away with a Redirect exception, which becomes a 302 only then.
        browser = Browser(self.app)
        browser.handleErrors = True
        browser.addHeader("Authorization", f"Basic {userid}:{PASSWORD}")
        return browser

    def open_form(self, browser: Browser) -> None:
        browser.open(f"{self.url}/@@edit")

    def save(self, browser: Browser, advice: str) -> None:
        browser.getControl(name=ADVICE).value = advice
        browser.getControl(name="form.buttons.save").click()

    def stored_advice(self) -> str:
        transaction.begin()  # see what the other requests committed
        return self.guide["flask"].choose_when

    def lock_holder(self) -> str | None:
        transaction.begin()
        lockable = ILockable(self.guide["flask"])
        if not lockable.locked():
            return None
        return lockable.lock_info()[0]["creator"]


class TestPloneLocking(ConcurrentEditTestCase):
    """What plone.locking does on its own, proven through the browser."""

    def test_opening_the_form_locks_the_profile(self):
        self.open_form(self.browser_for("editor"))
        self.assertEqual(self.lock_holder(), "editor")

    def test_second_editor_is_sent_to_the_profile_with_a_notice(self):
        self.open_form(self.browser_for("editor"))
        other = self.browser_for("editor2")
        self.open_form(other)
        self.assertEqual(other.url, f"{self.url}/@@framework-profile")
        self.assertIn("This item was locked by Editor", text_of(other.contents))
        with self.assertRaises(LookupError):
            other.getControl(name=ADVICE)
        self.assertEqual(self.lock_holder(), "editor")

    def test_saving_releases_the_lock_and_the_next_editor_sees_the_change(self):
        first = self.browser_for("editor")
        self.open_form(first)
        self.save(first, "Saved by the first editor.")
        self.assertIn("Changes saved", first.contents)
        self.assertIsNone(self.lock_holder())
        other = self.browser_for("editor2")
        self.open_form(other)
        self.assertEqual(
            other.getControl(name=ADVICE).value, "Saved by the first editor."
        )
        self.assertEqual(self.lock_holder(), "editor2")

    def test_cancelling_releases_the_lock(self):
        first = self.browser_for("editor")
        self.open_form(first)
        first.getControl(name="form.buttons.cancel").click()
        self.assertIn("Edit cancelled", first.contents)
        self.assertIsNone(self.lock_holder())
        other = self.browser_for("editor2")
        self.open_form(other)
        self.assertEqual(other.getControl(name=ADVICE).value, "When it fits.")


class TestNoSilentOverwrite(ConcurrentEditTestCase):
    """The gaps the lock leaves, closed by the edit stamp."""

    def steal_lock(self, browser: Browser) -> None:
        """What "Unlock" on the lock notice does (a POST to force_unlock)."""
        self.open_form(browser)  # sent to the profile page with the notice
        browser.getControl("Unlock").click()
        self.open_form(browser)

    def assert_refused(self, browser: Browser, message: str, typed: str) -> None:
        page = text_of(browser.contents)
        self.assertIn("There were some errors", page)
        self.assertIn(message, page)
        self.assertNotIn("${", page)  # the message's time and name filled in
        # Nothing the editor typed is lost: the form shows it again.
        self.assertEqual(browser.getControl(name=ADVICE).value, typed)

    def test_form_carries_the_stamp_hidden(self):
        browser = self.browser_for("editor")
        self.open_form(browser)
        control = browser.getControl(name=STAMP)
        self.assertEqual(control.type, "hidden")
        self.assertEqual(control.value, str(self.profile.modified().micros()))

    def test_stale_form_after_a_stolen_lock_is_refused(self):
        first = self.browser_for("editor")
        self.open_form(first)
        second = self.browser_for("editor2")
        self.steal_lock(second)
        self.assertEqual(self.lock_holder(), "editor2")
        self.save(second, "Second editor's advice.")
        self.assertIn("Changes saved", second.contents)

        self.save(first, "First editor's stale advice.")
        self.assert_refused(first, STALE, "First editor's stale advice.")
        self.assertEqual(self.stored_advice(), "Second editor's advice.")
        # Submitting the same stale form again is refused again.
        first.getControl(name="form.buttons.save").click()
        self.assertIn(STALE, text_of(first.contents))
        self.assertEqual(self.stored_advice(), "Second editor's advice.")

    def test_old_holder_cannot_save_while_the_new_holder_edits(self):
        first = self.browser_for("editor")
        self.open_form(first)
        second = self.browser_for("editor2")
        self.steal_lock(second)
        self.save(first, "First editor's advice.")
        self.assert_refused(first, f"Second Editor {LOCKED}", "First editor's advice.")
        self.assertEqual(self.stored_advice(), "When it fits.")
        self.assertEqual(self.lock_holder(), "editor2")
        self.save(second, "Second editor's advice.")
        self.assertEqual(self.stored_advice(), "Second editor's advice.")

    def test_second_tab_of_the_same_editor(self):
        # One user holds the lock for both tabs, so the lock cannot help here.
        tab1, tab2 = self.browser_for("editor"), self.browser_for("editor")
        self.open_form(tab1)
        self.open_form(tab2)
        self.save(tab2, "Saved in the second tab.")
        self.save(tab1, "Typed in the first tab.")
        self.assert_refused(tab1, STALE, "Typed in the first tab.")
        self.assertEqual(self.stored_advice(), "Saved in the second tab.")

    def test_fresh_form_after_a_refusal_saves(self):
        tab1, tab2 = self.browser_for("editor"), self.browser_for("editor")
        self.open_form(tab1)
        self.open_form(tab2)
        self.save(tab2, "Saved in the second tab.")
        self.save(tab1, "Typed in the first tab.")
        self.open_form(tab1)
        self.assertEqual(tab1.getControl(name=ADVICE).value, "Saved in the second tab.")
        self.save(tab1, "Merged by hand.")
        self.assertIn("Changes saved", tab1.contents)
        self.assertEqual(self.stored_advice(), "Merged by hand.")
