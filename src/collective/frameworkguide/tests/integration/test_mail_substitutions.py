"""``${framework_reviewer_emails}``, ``${framework_editor_emails}`` and
``${review_comment}`` as a content rule's mail action interpolates them."""

from collective.frameworkguide.review.reminders import editor_addresses
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.mail import MailTestCase
from plone import api
from plone.stringinterp.interfaces import IStringInterpolator


EDITORS = "editor@example.org, editor_reviewer@example.org"
REVIEWERS = "editor_reviewer@example.org, reviewer2@example.org, reviewer@example.org"
ALL = "${framework_reviewer_emails}|${framework_editor_emails}|${review_comment}"


def interpolate(obj, text: str = ALL) -> str:
    return IStringInterpolator(obj)(text)


class TestSubstitutions(MailTestCase):
    def test_on_a_profile_the_editor_is_its_last_submitter(self):
        profile = profile_in_state(self.guide, "draft", "flask")
        self.assertEqual(interpolate(profile), f"{REVIEWERS}||—")
        with api.env.adopt_user(username="editor_reviewer"):
            api.content.transition(obj=profile, transition="submit", comment=" Hi ")
        self.assertEqual(
            interpolate(profile), f"{REVIEWERS}|editor_reviewer@example.org|Hi"
        )

    def test_elsewhere_the_editors_are_the_group(self):
        for context in (self.guide, self.portal):
            self.assertEqual(interpolate(context), f"{REVIEWERS}|{EDITORS}|—")

    def test_the_reminders_mail_the_same_editors(self):
        self.assertEqual(", ".join(editor_addresses(self.portal)), EDITORS)

    def test_nobody_to_mail_gives_an_empty_list(self):
        for group in ("framework-guide-editors", "framework-guide-reviewers"):
            for member in api.user.get_users(groupname=group):
                api.group.remove_user(groupname=group, user=member)
        self.assertEqual(interpolate(self.guide), "||—")

    def test_plone_substitutions_still_work_beside_ours(self):
        profile = profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(
            interpolate(profile, "${title} ${review_state} ${review_comment}"),
            "Flask pending —",
        )
