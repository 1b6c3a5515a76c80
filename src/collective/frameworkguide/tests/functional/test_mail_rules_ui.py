"""A site administrator changes the review mails in Site Setup → Content Rules.

Through the forms of plone.app.contentrules, as a browser without JavaScript
posts them: disabling the submit rule stops its mail; editing its mail action
sends the mail to the address the administrator typed, with their text.
"""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.mail import MockMailHostSetup
from collective.frameworkguide.tests.support.mail import text_of
from collective.frameworkguide.tests.support.users import PASSWORD
from plone.testing.zope import Browser

import transaction
import unittest


RULE_TITLE = "Framework Profile submitted: mail the reviewers"


class TestMailRulesThroughTheWeb(MockMailHostSetup, unittest.TestCase):
    layer = FUNCTIONAL_TESTING

    def setUp(self):
        super().setUp()
        transaction.commit()
        self.browser = Browser(self.layer["app"])
        self.browser.handleErrors = False
        self.browser.addHeader("Authorization", f"Basic siteadmin:{PASSWORD}")
        self.browser.open(f"{self.portal.absolute_url()}/@@rules-controlpanel")

    def rule_form(self, rule_id: str):
        """The control panel's enable/disable form of the rule ``rule_id``."""
        index = 0
        while True:
            form = self.browser.getForm(index=index)
            controls = [getattr(c, "name", None) for c in form.controls]
            if "rule-id" in controls and form.getControl(name="rule-id").value == (
                rule_id
            ):
                return form
            index += 1

    def submit_a_profile(self):
        transaction.begin()
        self.next_request()
        profile_in_state(self.guide, "pending", "flask")
        return self.messages()

    def test_the_rules_are_listed_for_the_administrator(self):
        for title in (
            RULE_TITLE,
            "Framework Profile rejected: mail its submitter",
            "Framework Profile published: mail its submitter",
            "Framework Profile change checked in: mail its submitter",
        ):
            self.assertIn(title, self.browser.contents)

    def test_disabling_the_rule_stops_its_mail(self):
        form = self.rule_form("framework-profile-submitted")
        form.getControl(name="form.button.DisableRule").click()
        self.assertEqual(self.submit_a_profile(), [])

    def test_the_administrator_changes_recipient_and_text(self):
        # The rule's "Configure" button in the control panel.
        self.browser.getLink(
            url="++rule++framework-profile-submitted/@@manage-elements"
        ).click()
        self.assertIn(
            "Email report to ${framework_reviewer_emails}", self.browser.contents
        )
        # The Edit link of the rule's (only) action, the mail.
        self.browser.getLink(url="++action++0/edit").click()
        # The form's list of substitutions names the guide's own.
        for name in ("${framework_editor_emails}", "${framework_reviewer_emails}"):
            self.assertIn(name, self.browser.contents)
        self.assertIn("Comment of the last review step", self.browser.contents)
        recipients = self.browser.getControl(name="form.widgets.recipients")
        self.assertEqual(recipients.value, "${framework_reviewer_emails}")
        recipients.value = "review-desk@example.org"
        message = self.browser.getControl(name="form.widgets.message")
        message.value = "To review: ${title} (${review_comment}) ${absolute_url}"
        self.browser.getControl(name="form.buttons.save").click()
        (mail,) = self.submit_a_profile()
        self.assertEqual(mail["To"], "review-desk@example.org")
        self.assertIn(
            "To review: Flask (—) http://nohost/plone/guide/flask", text_of(mail)
        )
