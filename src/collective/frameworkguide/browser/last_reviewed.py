"""The profile's edit form shows ``last_reviewed``, read-only.

The field is read-only (only the ``publish`` transition sets it), and
plone.autoform leaves read-only fields out of input forms altogether. This
form extender puts it back into the edit form's "Facts" fieldset, where
z3c.form renders a read-only field in display mode and never saves it. The add
form does not show it.
"""

from collective.frameworkguide.content.profile import IFrameworkProfileSchema
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IFrameworkProfile
from plone.z3cform.fieldsets.extensible import FormExtender
from z3c.form import field
from z3c.form.interfaces import IEditForm
from zope.component import adapter


@adapter(IFrameworkProfile, IFrameworkGuideLayer, IEditForm)
class LastReviewedInEditForm(FormExtender):
    order = 100

    def update(self):
        names = set(self.form.fields)
        for group in self.form.groups:
            names.update(group.fields)
        if "last_reviewed" in names:
            return
        self.add(
            field.Fields(IFrameworkProfileSchema).select("last_reviewed"),
            group="facts",
        )
