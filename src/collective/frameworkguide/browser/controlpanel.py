"""Edit the vocabularies (and later settings) stored in plone.registry.

Besides the records' own rules (``settings.check_term_lines``), removing a
term is refused while profiles still use it: they would show the bare token.
The text areas are as tall as their terms.
"""

from collective.frameworkguide import _
from collective.frameworkguide.browser.csrf import check_token_on_submit
from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.content.vocabularies import FIELD_RECORDS
from collective.frameworkguide.errors import TermInUse
from collective.frameworkguide.settings import IFrameworkGuideSettings
from collective.frameworkguide.settings import RECORD_PREFIX
from collective.frameworkguide.settings import removed_tokens
from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout
from z3c.form import validator


# The settings record of each vocabulary -> the profile field that stores it.
TERM_FIELDS = {record: field for field, record in FIELD_RECORDS.items()}

# Blank lines below the terms, to add one without resizing the box.
SPARE_ROWS = 2


class FrameworkGuideSettingsForm(RegistryEditForm):
    schema = IFrameworkGuideSettings
    schema_prefix = RECORD_PREFIX
    label = _("Framework Guide settings")
    description = _(
        "The terms editors choose from in every Framework Profile. Renaming a "
        "title is safe; a term that profiles still use cannot be removed until "
        "they use another one."
    )

    def update(self):
        check_token_on_submit(self)
        super().update()

    def updateWidgets(self, prefix=None):
        super().updateWidgets(prefix)
        for record in TERM_FIELDS:
            widget = self.widgets.get(record)
            if widget is not None:
                lines = (widget.value or "").splitlines()
                widget.rows = len(lines) + SPARE_ROWS


def profiles_using(field_name: str, tokens) -> dict[str, list[str]]:
    """``token -> titles`` of the profiles (any state, any guide) whose
    ``field_name`` holds one of ``tokens``; tokens nobody uses are left out."""
    wanted = set(tokens)
    users: dict[str, set[str]] = {}
    if not wanted:
        return {}
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=PROFILE_TYPE):
        value = getattr(brain._unrestrictedGetObject(), field_name, None)
        chosen = {value} if isinstance(value, str) else set(value or ())
        for token in chosen & wanted:
            users.setdefault(token, set()).add(brain.Title)
    return {token: sorted(titles) for token, titles in users.items()}


class TermsInUseValidator(validator.SimpleFieldValidator):
    """A vocabulary record may not lose a term that profiles still use."""

    def validate(self, value, force=False):
        super().validate(value, force)
        record = self.field.__name__
        if record not in TERM_FIELDS:
            return
        stored = api.portal.get_registry_record(
            f"{RECORD_PREFIX}.{record}", default=None
        )
        used = profiles_using(TERM_FIELDS[record], removed_tokens(stored, value))
        if used:
            token, titles = min(used.items())
            raise TermInUse(value, token=token, profiles=", ".join(titles))


validator.WidgetValidatorDiscriminators(
    TermsInUseValidator, view=FrameworkGuideSettingsForm
)


FrameworkGuideSettingsView = layout.wrap_form(
    FrameworkGuideSettingsForm, ControlPanelFormWrapper
)
