"""Install, uninstall and demo-content handlers of the GenericSetup profiles."""

from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


CONTENT_TYPES = ("FrameworkGuide", "FrameworkProfile")


@implementer(INonInstallable)
class HiddenProfiles:
    """Keep the uninstall profile out of the add-ons control panel."""

    def getNonInstallableProfiles(self):
        return ["collective.frameworkguide:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(context):
    """Run after the default profile.

    Guides and profiles left in the site by an earlier uninstall are catalogued
    again: the indexes and the ``framework_card`` column were removed with the
    add-on and come back empty, so without this the guide pages would list
    profiles without their kind, use cases and ratings. On a first install
    there is nothing to do.
    """
    catalog = api.portal.get_tool("portal_catalog")
    workflow = api.portal.get_tool("portal_workflow")
    for brain in catalog.unrestrictedSearchResults(portal_type=CONTENT_TYPES):
        obj = brain._unrestrictedGetObject()
        for wf in workflow.getWorkflowsFor(obj):
            wf.updateRoleMappingsFor(obj)
        obj.reindexObject()


def uninstall(context):
    """Run after the uninstall profile.

    Guides and profiles stay in the site on purpose: their classes keep
    loading, and installing again makes them editable and listed again.
    """
