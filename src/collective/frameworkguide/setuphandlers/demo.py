"""The ``demo`` profile: a published guide at ``/guide`` with four frameworks.

Importing it again updates the four profiles in place instead of adding copies.
"""

from collective.frameworkguide.content import GUIDE_TYPE
from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.setuphandlers.demo_content import GUIDE
from collective.frameworkguide.setuphandlers.demo_content import PROFILES
from collective.frameworkguide.setuphandlers.demo_criteria import cells_of
from collective.frameworkguide.setuphandlers.demo_criteria import criteria_rows
from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFCore.indexing import processQueue

import logging


logger = logging.getLogger("collective.frameworkguide")

GUIDE_ID = "guide"


def _rich_text(html: str) -> RichTextValue:
    return RichTextValue(html, "text/html", "text/x-html-safe")


def _publish(obj) -> None:
    if api.content.get_state(obj=obj, default=None) != "published":
        api.content.transition(obj=obj, to_state="published")


def _existing_or_new(container, portal_type: str, content_id: str, title: str):
    """The item ``content_id`` of ``container``, created if it is missing."""
    existing = container.get(content_id)
    if existing is not None:
        return existing
    return api.content.create(
        container=container, type=portal_type, id=content_id, title=title
    )


def ensure_guide(portal):
    """Create or refresh the demo guide and return it."""
    guide = _existing_or_new(portal, GUIDE_TYPE, GUIDE_ID, GUIDE["title"])
    guide.title = GUIDE["title"]
    guide.description = GUIDE["description"]
    guide.text = _rich_text(GUIDE["text"])
    # The demo's criteria, after any the site's editors added themselves.
    demo_ids = {row["id"] for row in criteria_rows()}
    own = [row for row in (guide.criteria or []) if row.get("id") not in demo_ids]
    guide.criteria = criteria_rows() + own
    guide.reindexObject()
    _publish(guide)
    return guide


def ensure_profile(guide, data: dict):
    """Create or refresh one demo profile from ``data`` (field name → value)."""
    values = dict(data)
    profile_id = values.pop("id")
    text = values.pop("text", None)
    profile = _existing_or_new(guide, PROFILE_TYPE, profile_id, values["title"])
    for name, value in values.items():
        setattr(profile, name, value)
    profile.criteria_values = {
        **(profile.criteria_values or {}),
        **cells_of(profile_id),
    }
    if text:
        profile.text = _rich_text(text)
    profile.reindexObject()
    _publish(profile)
    return profile


def import_demo_guide(context) -> None:
    """GenericSetup post handler of ``collective.frameworkguide:demo``."""
    portal = api.portal.get()
    with api.env.adopt_roles(["Manager"]):
        guide = ensure_guide(portal)
        for data in PROFILES:
            ensure_profile(guide, data)
    # Index now, while the site is set: a test layer's commit runs without it,
    # and the guide's behaviours (exclude_from_nav) would be missing.
    processQueue()
    logger.info("Demo guide ready at %s", guide.absolute_url())
