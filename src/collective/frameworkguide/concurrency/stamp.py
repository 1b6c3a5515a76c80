"""A hidden modification stamp in the profile edit form, checked on save.

The edit form carries the profile's modification time as it was when the form
was opened (``form.widgets.IEditStamp.edit_stamp``). Saving compares it with
the profile's current modification time and refuses, with a message at the
top of the form, when

- someone saved the profile after the form was opened (a stale form), or
- another user holds the profile's lock (they took it over with "Unlock").

Nothing is written then: z3c.form applies changes only when validation has no
errors. Two saves racing in the same instant are settled by the ZODB: the later
commit conflicts, Zope retries the request, and the retry sees the new stamp.

Usage, in a test or a script::

    from collective.frameworkguide.concurrency.stamp import stamp_of

    stamp_of(profile)  # '1732531234123456'
"""

from collective.frameworkguide import _
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IFrameworkProfile
from plone import api
from plone.z3cform.fieldsets.extensible import FormExtender
from z3c.form import field
from z3c.form.interfaces import HIDDEN_MODE
from z3c.form.interfaces import IEditForm
from z3c.form.validator import InvariantsValidator
from zope import schema
from zope.component import adapter
from zope.component import queryMultiAdapter
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.interface import Interface
from zope.interface import Invalid


STALE = _(
    "Not saved: this profile was changed at ${time}, after you opened this "
    "form, and saving would have overwritten that change. Your text is still "
    "in the form below: copy what you need, open the edit form again to see "
    "the current version, and make your changes there."
)
LOCKED = _(
    "Not saved: ${name} is editing this profile now (locked ${time} ago), and "
    "saving would overwrite their work. Your text is still in the form below: "
    "copy what you need and open the edit form again when they have finished."
)


class IEditStamp(Interface):
    """The form-side view of a profile's modification time."""

    # A hidden field: its title is never shown, so it needs no translation.
    edit_stamp = schema.ASCIILine(title="Edit stamp", required=False)


class IEditStampSchema(Interface):
    """Provided by the schema ``IEditStamp`` itself.

    z3c.form looks form-level validators up by the schema object, which provides
    ``IInterface`` only; this marker lets ours be registered for that schema.
    """


alsoProvides(IEditStamp, IEditStampSchema)


def stamp_of(context) -> str:
    """The modification time of ``context`` in microseconds, as text.

    Microseconds, because two saves a second apart must differ; the text form
    survives the round trip through an HTML hidden input unchanged.
    """
    return str(context.modified().micros())


@implementer(IEditStamp)
@adapter(IFrameworkProfile)
class EditStamp:
    """Reads the current stamp; the form's data manager goes through this."""

    def __init__(self, context) -> None:
        self.context = context

    @property
    def edit_stamp(self) -> str:
        return stamp_of(self.context)

    @edit_stamp.setter
    def edit_stamp(self, value: str) -> None:
        # Derived from the modification time: saving the form never writes it.
        # (z3c.form only calls this when the submitted stamp differs from the
        # current one, which validation refuses, or is missing altogether.)
        pass


@adapter(IFrameworkProfile, IFrameworkGuideLayer, IEditForm)
class EditStampInEditForm(FormExtender):
    """Adds the stamp to the main fieldset as a hidden field."""

    order = 200

    def update(self) -> None:
        if "IEditStamp.edit_stamp" in self.form.fields:
            return
        fields = field.Fields(IEditStamp, prefix="IEditStamp")
        fields["IEditStamp.edit_stamp"].mode = HIDDEN_MODE
        self.add(fields)


@adapter(
    IFrameworkProfile, IFrameworkGuideLayer, IEditForm, IEditStampSchema, Interface
)
class StaleEditValidator(InvariantsValidator):
    """Refuses a save over newer content or against another user's lock.

    A form-level validator (not a field validator) so the message shows at the
    top of the form, where Plone lists errors that belong to no visible field.
    """

    def validate(self, data: dict) -> tuple:
        errors = super().validate(data)
        refusal = self.lock_refusal() or self.stale_refusal(data.get("edit_stamp"))
        if refusal is not None:
            errors += (Invalid(refusal),)
        return errors

    def lock_refusal(self):
        info = queryMultiAdapter((self.context, self.request), name="plone_lock_info")
        if info is None or not info.is_locked_for_current_user():
            return None
        details = info.lock_info() or {}
        return Message(
            LOCKED,
            mapping={
                "name": details.get("fullname") or details.get("creator", ""),
                # A message itself ("5 minutes"): translated here, as zope.i18n
                # leaves messages inside a mapping alone.
                "time": translate(
                    details.get("time_difference", ""), context=self.request
                ),
            },
        )

    def stale_refusal(self, submitted: str | None):
        # A post without a stamp (a page from before this check existed) cannot
        # be judged; the lock check above still applies to it.
        if not submitted or submitted == stamp_of(self.context):
            return None
        time = api.portal.get_localized_time(
            datetime=self.context.modified(), long_format=True
        )
        return Message(STALE, mapping={"time": time})
