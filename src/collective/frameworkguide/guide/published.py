"""A guide's published profiles as plain data, read from the catalog only.

Every page and endpoint of a guide starts from this list; it is kept in RAM
between requests under :func:`published_state_key`, so a guide of a thousand
profiles is read from the catalog once per change, not once per request.
"""

from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.guide.ramcache import cached_fragment
from plone import api
from Products.CMFCore.indexing import processQueue

import time


PUBLISHED = "published"
ARCHIVED = "archived"  # online with a notice, out of comparisons and navigation


def profile_brains(guide, unrestricted: bool = False, **query):
    """Catalog brains of the profiles directly inside ``guide`` that match
    ``query`` (catalog keywords such as ``review_state`` or ``sort_on``).

    The catalog filters out what the current user may not see, unless
    ``unrestricted``.
    """
    catalog = api.portal.get_tool("portal_catalog")
    search = catalog.unrestrictedSearchResults if unrestricted else catalog
    return search(
        portal_type=PROFILE_TYPE,
        path={"query": "/".join(guide.getPhysicalPath()), "depth": 1},
        **query,
    )


def published_profile_brains(guide, **query):
    """Catalog brains of the guide's published profiles, sorted by title."""
    return profile_brains(
        guide, review_state=PUBLISHED, sort_on="sortable_title", **query
    )


def profile_from_brain(brain, guide_url: str | None = None) -> dict:
    """A profile as plain data: identity from the brain, values from its card.

    Profiles are the guide's children, so with ``guide_url`` their address is
    built without asking the request to map each physical path.
    """
    card = brain.framework_card or {}
    return {
        "id": brain.getId,
        "title": brain.Title,
        "description": brain.Description,
        "url": f"{guide_url}/{brain.getId}" if guide_url else brain.getURL(),
        **card,
    }


def published_profiles(guide) -> list[dict]:
    """``profile_from_brain`` of every published profile of ``guide``, kept in
    RAM under :func:`published_state_key`. Callers must not change the dicts
    they get: they are shared between requests."""
    guide_url = guide.absolute_url()
    return cached_fragment(
        ("published-profiles", *published_state_key(guide)),
        lambda: [
            profile_from_brain(brain, guide_url)
            for brain in published_profile_brains(guide)
        ],
    )


def published_state_key(guide) -> tuple:
    """What the published profiles of ``guide``, as the current user sees
    them, depend on.

    The catalog's counter (every reindex, so every edit, transition and
    settings change, bumps it), the guide's path and address, what the user
    may see (the catalog's own ``allowedRolesAndUsers`` filter) and the
    current minute, since publishing and expiration dates pass without a
    reindex.
    """
    # Reindexing waits in a queue until the catalog is next used; an edit made
    # earlier in this transaction must count.
    processQueue()
    catalog = api.portal.get_tool("portal_catalog")
    return (
        "/".join(guide.getPhysicalPath()),
        guide.absolute_url(),
        catalog.getCounter(),
        catalog._listAllowedRolesAndUsers(api.user.get_current()),
        int(time.time() // 60),
    )
