"""Add and edit forms of a profile, with fieldsets named for editors."""

from collective.frameworkguide import _
from plone.dexterity.browser import add
from plone.dexterity.browser import edit


BASICS = _("Basics")


class ProfileAddForm(add.DefaultAddForm):
    portal_type = "FrameworkProfile"
    default_fieldset_label = BASICS


class ProfileAddView(add.DefaultAddView):
    form = ProfileAddForm


class ProfileEditForm(edit.DefaultEditForm):
    default_fieldset_label = BASICS
