"""String substitutions of the guide's mail rules (plone.stringinterp).

The content rules of ``profiles/default/contentrules.xml`` write their
recipients and text with these, beside Plone's own (``${title}``,
``${absolute_url}``, ``${user_fullname}``, ...); an administrator can use them
in any rule's mail action (Site Setup → Content Rules):

``${framework_reviewer_emails}``
    The members of the ``framework-guide-reviewers`` group.
``${framework_editor_emails}``
    On a Framework Profile: whoever submitted it last (the editor waiting for
    the verdict). Anywhere else (a guide, the site): the members of the
    ``framework-guide-editors`` group, as the review reminders mail them.
``${review_comment}``
    The comment of the object's last workflow step (a transition, or the
    check-in of a working copy), "—" when none was given.

Addresses are joined with ", " (the mail action splits on commas); lists are
sorted, each address once. Why Plone's ``${reviewer_emails}``,
``${creator_email}`` and ``${change_comment}`` do not do: docs/decisions.rst.
"""

from collective.frameworkguide import _
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.workflow import EDITORS_GROUP
from collective.frameworkguide.workflow import REVIEWERS_GROUP
from collective.frameworkguide.workflow.groups import group_emails
from collective.frameworkguide.workflow.history import last_submitter
from plone import api
from plone.stringinterp.adapters import BaseSubstitution
from Products.CMFCore.WorkflowCore import WorkflowException


CATEGORY = _("Framework guide")
NO_COMMENT = "—"


def user_emails(userid: str | None) -> list[str]:
    """The address of the user ``userid`` (none for an unknown user)."""
    user = api.user.get(userid=userid) if userid else None
    email = user.getProperty("email") if user is not None else None
    return [email] if email else []


def reviewer_emails(context=None) -> list[str]:
    """Who reviews Framework Profiles: the reviewers group."""
    return group_emails(REVIEWERS_GROUP)


def editor_emails(context=None) -> list[str]:
    """The profile's last submitter; elsewhere the editors group."""
    if IFrameworkProfile.providedBy(context):
        return user_emails(last_submitter(context))
    return group_emails(EDITORS_GROUP)


def review_comment(context) -> str:
    """The comment of the last step in the object's workflow history."""
    workflow = api.portal.get_tool("portal_workflow")
    try:
        comment = workflow.getInfoFor(context, "comments", "")
    except WorkflowException:
        comment = ""
    return (comment or "").strip() or NO_COMMENT


class ReviewerEmailsSubstitution(BaseSubstitution):
    category = CATEGORY
    description = _("E-mail addresses of the framework guide reviewers")

    def safe_call(self):
        return ", ".join(reviewer_emails(self.context))


class EditorEmailsSubstitution(BaseSubstitution):
    category = CATEGORY
    description = _(
        "E-mail address of the profile's last submitter "
        "(elsewhere: of the framework guide editors)"
    )

    def safe_call(self):
        return ", ".join(editor_emails(self.context))


class ReviewCommentSubstitution(BaseSubstitution):
    category = CATEGORY
    description = _("Comment of the last review step")

    def safe_call(self):
        return review_comment(self.context)
