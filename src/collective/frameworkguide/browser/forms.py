"""Add and edit forms of a profile, with fieldsets and help named for editors."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.csrf import check_token_on_submit
from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.content.text_rules import IProfileForm
from collective.frameworkguide.permissions import MODIFY_CONTENT
from plone import api
from plone.dexterity.browser import add
from plone.dexterity.browser import edit
from Products.statusmessages.interfaces import IStatusMessage
from zExceptions import Unauthorized
from zope.i18nmessageid import Message
from zope.interface import implementer


BASICS = _("Basics")

# plone.basic and plone.richtext bring their fields without help text.
BEHAVIOR_HELP = {
    "IBasic.title": _(
        "The framework's name, as its authors write it. It must be unique in "
        "this guide."
    ),
    "IBasic.description": _(
        "One sentence that sums the framework up; shown under the title."
    ),
    "IRichTextBehavior.text": _(
        "Optional longer text for the profile page: background, caveats, links."
    ),
}


def add_behavior_help(form) -> None:
    """Give the behavior fields (all in the Basics fieldset) their help text.

    The field is cloned with ``bind`` so the shared behavior schema is left alone.
    """
    for name, help_text in BEHAVIOR_HELP.items():
        widget = form.widgets.get(name)
        if widget is not None and not widget.field.description:
            widget.field = widget.field.bind(widget.field.context)
            widget.field.description = help_text


@implementer(IProfileForm)
class ProfileFormMixin:
    """What the add and the edit form share: the CSRF check, the Basics
    fieldset's label and the behavior fields' help."""

    default_fieldset_label = BASICS

    def update(self):
        check_token_on_submit(self)
        super().update()

    def updateWidgets(self, prefix=None):
        super().updateWidgets(prefix)
        add_behavior_help(self)


class ProfileAddForm(ProfileFormMixin, add.DefaultAddForm):
    portal_type = PROFILE_TYPE


class ProfileAddView(add.DefaultAddView):
    form = ProfileAddForm


# Why an editor who may see a profile may not edit it now, by state, and
# what to do instead (shown on the profile, not Plone's "Insufficient
# Privileges" page). Other states, and users who may not even see the
# profile, get the plain refusal.
NOT_EDITABLE = {
    "pending": _(
        "msg_edit_pending",
        default="“${title}” is waiting for review, so nobody but a reviewer "
        "can change it now. To change it yourself, ask a reviewer to send it "
        "back to you (Reject, with a comment); it then returns as a draft.",
    ),
    "published": _(
        "msg_edit_published",
        default="“${title}” is published, so visitors see it as it is. To "
        "change it, choose Check out in the Actions menu: you edit a working "
        "copy, which a reviewer checks in.",
    ),
}


class ProfileEditForm(ProfileFormMixin, edit.DefaultEditForm):
    """The edit form; registered for ``View`` so that it can tell an editor
    why a profile cannot be edited now, and checks ``Modify portal content``
    itself before anything else."""

    def __call__(self):
        if not self.may_edit():
            return self.refuse()
        return super().__call__()

    def update(self):
        # Every way into the form (its page, ``++widget++`` traversal) passes here.
        if not self.may_edit():
            raise Unauthorized("You may not edit this profile.")
        super().update()

    def may_edit(self) -> bool:
        return api.user.has_permission(MODIFY_CONTENT, obj=self.context)

    def refuse(self) -> str:
        state = api.content.get_state(obj=self.context, default=None)
        message = NOT_EDITABLE.get(state)
        if message is None or api.user.is_anonymous():
            raise Unauthorized("You may not edit this profile.")
        if (
            state == "published"
            and not self.context.restrictedTraverse(
                "@@iterate_control"
            ).checkout_allowed()
        ):
            raise Unauthorized("You may not edit this profile.")
        text = Message(message, mapping={"title": self.context.Title()})
        IStatusMessage(self.request).add(text, type="warning")
        self.request.response.redirect(self.context.absolute_url(), status=303)
        return ""
