"""Install, uninstall and demo-content handlers of the GenericSetup profiles."""

from collective.frameworkguide.content import GUIDE_TYPE
from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.setuphandlers.workflow_states import (
    adopt_profile_workflow,
)
from collective.frameworkguide.workflow.groups import ensure_groups
from collective.frameworkguide.workflow.groups import grant_guide_roles
from collective.frameworkguide.workflow.groups import remove_empty_groups
from collective.frameworkguide.workflow.mail_rules import assign_mail_rules
from collective.frameworkguide.workflow.mail_rules import remove_mail_rules
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


CONTENT_TYPES = (GUIDE_TYPE, PROFILE_TYPE)
DISPLAYED_TYPES = "plone.displayed_types"  # listed in navigation


@implementer(INonInstallable)
class HiddenProfiles:
    """Keep the uninstall profile out of the add-ons control panel."""

    def getNonInstallableProfiles(self):
        return ["collective.frameworkguide:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(context):
    """Run after the default profile.

    Creates the editor and reviewer groups. Guides and profiles already in the
    site (left by an earlier uninstall, or made under another workflow) get
    their groups' local roles and the mail rules (guides), a state in
    ``framework_profile_workflow`` mapped from the one they had, fresh
    permissions and a fresh catalog entry:
    the indexes and the ``framework_card`` column come back empty after an
    uninstall. On a first install there is no content to visit.
    """
    ensure_groups()
    catalog = api.portal.get_tool("portal_catalog")
    workflow = api.portal.get_tool("portal_workflow")
    for brain in catalog.unrestrictedSearchResults(portal_type=CONTENT_TYPES):
        obj = brain._unrestrictedGetObject()
        if obj.portal_type == GUIDE_TYPE:
            grant_guide_roles(obj)
            assign_mail_rules(obj)
        else:
            adopt_profile_workflow(obj)
        for wf in workflow.getWorkflowsFor(obj):
            wf.updateRoleMappingsFor(obj)
        obj.reindexObject()


def uninstall(context):
    """Run after the uninstall profile.

    Guides and profiles stay in the site on purpose: their classes keep
    loading, and installing again makes them editable and listed again. The
    groups are removed only when nobody belongs to them; the mail rules go,
    and so do our types from Plone's navigation (``registry/navigation.xml``).
    """
    remove_empty_groups()
    remove_mail_rules()
    displayed = api.portal.get_registry_record(DISPLAYED_TYPES, default=None) or ()
    api.portal.set_registry_record(
        DISPLAYED_TYPES, tuple(t for t in displayed if t not in CONTENT_TYPES)
    )
