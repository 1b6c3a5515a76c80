"""Edit the vocabularies (and later settings) stored in plone.registry."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.csrf import check_token_on_submit
from collective.frameworkguide.settings import IFrameworkGuideSettings
from collective.frameworkguide.settings import RECORD_PREFIX
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.z3cform import layout


class FrameworkGuideSettingsForm(RegistryEditForm):
    schema = IFrameworkGuideSettings
    schema_prefix = RECORD_PREFIX
    label = _("Framework Guide settings")
    description = _(
        "The terms editors choose from in every Framework Profile. Renaming a "
        "title is safe; changing or removing a token leaves profiles that use it "
        "showing the bare token until an editor picks a new term."
    )

    def update(self):
        check_token_on_submit(self)
        super().update()


FrameworkGuideSettingsView = layout.wrap_form(
    FrameworkGuideSettingsForm, ControlPanelFormWrapper
)
