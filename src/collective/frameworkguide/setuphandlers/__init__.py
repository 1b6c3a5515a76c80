"""Install, uninstall and demo-content handlers of the GenericSetup profiles."""

from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    """Keep the uninstall profile out of the add-ons control panel."""

    def getNonInstallableProfiles(self):
        return ["collective.frameworkguide:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(context):
    """Run after the default profile; the profile's XML does the work so far."""


def uninstall(context):
    """Run after the uninstall profile.

    Guides and profiles stay in the site on purpose: their classes keep
    loading, and installing again makes them editable and listed again.
    """
