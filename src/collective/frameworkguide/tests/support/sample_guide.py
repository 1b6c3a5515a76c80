"""A guide with every field filled in every state, and a snapshot of it.

The upgrade and uninstall tests build this content, do what they test, and
compare ``snapshot(guide)`` before and after: field values, workflow states
and histories, versions, catalog entries and the vocabularies' records.

Usage::

    guide = create_sample_guide(portal)  # users, guide, five profiles
    before = snapshot(guide)
    ...  # upgrade, or uninstall and install again
    assert snapshot(guide) == before
"""

from collective.frameworkguide.content.profile import IFrameworkProfileSchema
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.users import create_users
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.textfield.value import RichTextValue
from plone.registry.interfaces import IRegistry
from Products.CMFCore.indexing import processQueue
from zope.component import getUtility
from zope.schema import getFieldNamesInOrder


KINDS_RECORD = "collective.frameworkguide.framework_kinds"
VOCABULARY_RECORDS = (
    KINDS_RECORD,
    "collective.frameworkguide.use_cases",
    "collective.frameworkguide.batteries",
)
# A term a Site Administrator added in the control panel, used by a profile.
CUSTOM_KIND = "serverless|Serverless platform"

# profile id -> (state, title, kind): titles unique enough to search pages for.
PROFILES = {
    "quartzweb": ("published", "Quartzweb", "micro"),
    "basaltkit": ("published", "Basaltkit", "serverless"),
    "marbleframe": ("draft", "Marbleframe", "full-stack"),
    "slatepress": ("pending", "Slatepress", "cms"),
    "gneissapp": ("archived", "Gneissapp", "pluggable"),
}


def values_for(title: str, kind: str) -> dict:
    return {
        "description": f"{title} in one sentence.",
        "framework_kind": kind,
        "use_cases": {"crud", "unique"},
        "choose_when": f"Choose {title} for a mid-sized app.",
        "avoid_when": f"Avoid {title} for a static page.",
        "strengths": ["Fast", "Small"],
        "weaknesses": ["Young"],
        "learning_curve": 4,
        "documentation_quality": 3,
        "flexibility": 5,
        "ecosystem": 2,
        "batteries": {"orm", "forms"},
        "website": f"https://{title.lower()}.example.org/",
        "repository": f"https://git.example.org/{title.lower()}",
        "documentation_url": f"https://docs.example.org/{title.lower()}/",
        "license": "BSD-3-Clause",
        "latest_version": "2.1.0",
        "first_release_year": 2015,
        "example_projects": ["An intranet", "A shop"],
        "text": RichTextValue(f"<p>{title} at length.</p>", "text/html", "text/html"),
    }


def create_sample_guide(portal):
    """Users, a published guide and one profile per entry of ``PROFILES``.

    The test user becomes a Manager: ``snapshot`` reads version histories.
    """
    setRoles(portal, TEST_USER_ID, ["Manager"])
    create_users()
    registry = getUtility(IRegistry)
    registry[KINDS_RECORD] = [*registry[KINDS_RECORD], CUSTOM_KIND]
    guide = create_guide(portal)
    for profile_id, (state, title, kind) in PROFILES.items():
        profile = profile_in_state(guide, state, profile_id)
        # Set directly (as Manager), so the workflow's rules do not get in the way.
        profile.title = title
        for name, value in values_for(title, kind).items():
            setattr(profile, name, value)
        profile.reindexObject()
    processQueue()
    return guide


def version_count(obj) -> int:
    history = api.portal.get_tool("portal_repository").getHistoryMetadata(obj)
    return history.getLength(countPurged=False) if history else 0


def field_values(profile) -> dict:
    names = ["title", "description", *getFieldNamesInOrder(IFrameworkProfileSchema)]
    values = {name: getattr(profile, name, None) for name in names}
    values["text"] = profile.text.raw if profile.text else None
    values["last_reviewed"] = profile.last_reviewed
    return values


def catalog_entry(profile) -> dict:
    """What the catalog finds and keeps for ``profile``."""
    catalog = api.portal.get_tool("portal_catalog")
    uid = profile.UID()
    brains = catalog.unrestrictedSearchResults(UID=uid)
    if len(brains) != 1:
        return {"brains": len(brains)}
    brain = brains[0]
    found_by = {
        index: len(catalog.unrestrictedSearchResults(UID=uid, **{index: value}))
        for index, value in (
            ("framework_kind", profile.framework_kind),
            ("use_cases", sorted(profile.use_cases)[0]),
            ("review_state", api.content.get_state(profile)),
            ("portal_type", "FrameworkProfile"),
            ("SearchableText", profile.title),
        )
    }
    return {
        "path": brain.getPath(),
        "Title": brain.Title,
        "review_state": brain.review_state,
        "framework_card": brain.framework_card,
        "found_by": found_by,
    }


def snapshot(guide) -> dict:
    """Everything the tests compare, as plain data."""
    history_key = "framework_profile_workflow"
    registry = getUtility(IRegistry)
    return {
        "guide": (guide.title, api.content.get_state(guide), guide.objectIds()),
        "profiles": {
            profile.getId(): {
                "fields": field_values(profile),
                "state": api.content.get_state(profile),
                "history": [
                    (entry["action"], entry["actor"], entry["review_state"])
                    for entry in profile.workflow_history.get(history_key, ())
                ],
                "versions": version_count(profile),
                "catalog": catalog_entry(profile),
            }
            for profile in guide.objectValues()
        },
        "vocabularies": {name: registry.get(name) for name in VOCABULARY_RECORDS},
    }
