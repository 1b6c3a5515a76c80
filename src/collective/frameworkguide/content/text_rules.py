"""Rules for the profile's behavior fields and its choice fields in the forms.

The profile's own fields carry their rules as schema constraints
(``validation.py``). Title, description and text come from shared behaviors
(plone.basic, plone.richtext) whose fields cannot carry a profile's rules, so
``BEHAVIOR_CHECKS`` names them for both entry points: the z3c.form validators
below and the REST API's deserializer (``restapi.deserializers.json_input``)::

    >>> BEHAVIOR_CHECKS["description"]("Plain\\ntext")
    True

The choice fields: z3c.form silently drops a token that is not a term (and an
edit form would then clear the field); ``VocabularyTokens`` refuses it with
the REST API's message instead.
"""

from collective.frameworkguide.content.profile import IFrameworkProfileSchema
from collective.frameworkguide.content.validation import check_description
from collective.frameworkguide.content.validation import check_line
from collective.frameworkguide.content.validation import check_rich_text
from collective.frameworkguide.errors import UnknownTerm
from plone.app.contenttypes.behaviors.richtext import IRichTextBehavior
from plone.app.dexterity.behaviors.metadata import IBasic
from z3c.form import validator
from zope.interface import Interface


def _rich_text_source(value) -> str:
    return getattr(value, "raw", value) or ""


BEHAVIOR_CHECKS = {
    "title": check_line,
    "description": check_description,
    "text": lambda value: check_rich_text(_rich_text_source(value)),
}


class IProfileForm(Interface):
    """Marker of the profile's add and edit forms (``browser.forms``)."""


class BehaviorFieldValidator(validator.SimpleFieldValidator):
    """Runs ``BEHAVIOR_CHECKS`` for its field after the field's own checks."""

    def validate(self, value, force=False):
        super().validate(value, force)
        if value is not None and value is not self.field.missing_value:
            BEHAVIOR_CHECKS[self.field.__name__](value)


class DescriptionValidator(BehaviorFieldValidator):
    pass


class RichTextValidator(BehaviorFieldValidator):
    pass


validator.WidgetValidatorDiscriminators(
    DescriptionValidator, view=IProfileForm, field=IBasic["description"]
)
validator.WidgetValidatorDiscriminators(
    RichTextValidator, view=IProfileForm, field=IRichTextBehavior["text"]
)


class VocabularyTokens(validator.SimpleFieldValidator):
    """Every submitted token of a choice field must be one of its terms."""

    def validate(self, value, force=False):
        widget = self.widget
        terms = getattr(widget, "terms", None)
        if widget is not None and terms is not None:
            submitted = self.request.form.get(widget.name, ())
            if isinstance(submitted, str):
                submitted = [submitted]
            for token in submitted:
                if token == getattr(widget, "noValueToken", None):
                    continue
                try:
                    terms.getTermByToken(token)
                except LookupError:
                    error = UnknownTerm(token)
                    # "value" is the message's name for the token, not a keyword.
                    error.mapping = {
                        "value": str(token),
                        "choices": ", ".join(term.token for term in terms),
                    }
                    raise error from None
        super().validate(value, force)


class FrameworkKindTokens(VocabularyTokens):
    pass


class UseCaseTokens(VocabularyTokens):
    pass


class BatteryTokens(VocabularyTokens):
    pass


for _validator, _name in (
    (FrameworkKindTokens, "framework_kind"),
    (UseCaseTokens, "use_cases"),
    (BatteryTokens, "batteries"),
):
    validator.WidgetValidatorDiscriminators(
        _validator, field=IFrameworkProfileSchema[_name]
    )
