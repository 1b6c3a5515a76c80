"""Upgrade to 1004: the review mails are content rules.

Until 1004 the add-on sent its submit, reject and publish mails with code of
its own; now they are the content rules of ``profiles/default/contentrules.xml``
(``workflow/mail_rules.py``). The step imports the rules and assigns them on
every guide of the site, so the same people keep getting the same mails.
"""

from collective.frameworkguide.content import GUIDE_TYPE
from collective.frameworkguide.workflow.mail_rules import assign_mail_rules
from plone import api

import logging


logger = logging.getLogger("collective.frameworkguide.upgrades")

PROFILE = "profile-collective.frameworkguide:default"


def upgrade(context=None) -> None:
    """One step (1003 → 1004): the rules, then their assignment on each guide."""
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "contentrules", run_dependencies=False)
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=GUIDE_TYPE)
    for brain in brains:
        assign_mail_rules(brain._unrestrictedGetObject())
    logger.info("Assigned the review mail rules on %d guides.", len(brains))
