"""Add and edit forms of a profile, with fieldsets and help named for editors."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.csrf import check_token_on_submit
from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.content.text_rules import IProfileForm
from plone.dexterity.browser import add
from plone.dexterity.browser import edit
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


class ProfileEditForm(ProfileFormMixin, edit.DefaultEditForm):
    pass
