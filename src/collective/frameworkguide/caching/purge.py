"""What a caching proxy must forget when a guide, a profile or a setting changes.

plone.cachepurging sends one PURGE per path that the ``IPurgePaths`` adapters
of a changed object list, to every proxy in its settings, after the change is
committed. The VCL in ``deploy/varnish`` bans every cached answer of a purged
path, whatever its query string (filters, compared profiles, chooser answers)
and whether page or JSON; a path ending in ``/*`` bans everything below it.
``repurge`` sends every purge again a few seconds later.

What shows where:

- a guide's pages (guide, compare, chooser, their REST answers) list its
  published profiles and its criteria;
- a profile page shows up to eight related profiles of the same guide, picked
  from the whole guide, whether there are more, and beside it the portlet of
  the guide's published profiles (``browser/profiles_portlet.py``): a change
  any visitor can see may show on every profile page of that guide, so the
  guide's subtree is banned (``/*``). Another guide's pages stay cached;
- a draft's pages are seen by no visitor: its own paths only, also when it
  is submitted or rejected;
- the vocabularies' titles (settings) show on every guide, and so does
  Plone's global navigation (guides by title; profiles too where a site
  lists them): a publish, retract, removal or new title purges every guide.

>>> PROFILE_PAGES
('', '/', '/view', '/framework-profile', '/@@framework-profile')
"""

from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_parent
from collective.frameworkguide.content import GUIDE_TYPE
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.settings import RECORD_PREFIX
from plone import api
from z3c.caching.interfaces import IPurgePaths
from z3c.caching.purge import Purge
from zope.component import adapter
from zope.container.interfaces import IContainerModifiedEvent
from zope.event import notify
from zope.interface import implementer
from zope.lifecycleevent.interfaces import IObjectAddedEvent
from zope.lifecycleevent.interfaces import IObjectRemovedEvent


# Paths below a guide, each with every query string (the VCL's ban).
GUIDE_PAGES = (
    "",
    "/",
    "/view",
    "/framework-guide",
    "/@@framework-guide",
    "/framework-compare",
    "/@@framework-compare",
    "/framework-chooser",
    "/@@framework-chooser",
    "/@framework-guide",
    "/@framework-chooser",
)
PROFILE_PAGES = ("", "/", "/view", "/framework-profile", "/@@framework-profile")
# A purged path ending in this bans everything below it (deploy/varnish).
SUBTREE = "/*"


def path_of(obj) -> str:
    """The path plone.cachepurging purges: as the visitor's URL has it."""
    return "/" + obj.virtual_url_path()


def guide_paths(guide) -> list[str]:
    """A guide's pages and, as a ban of its subtree, its profiles' pages."""
    prefix = path_of(guide)
    return [prefix + page for page in GUIDE_PAGES] + [prefix + SUBTREE]


def profile_paths(profile) -> list[str]:
    prefix = path_of(profile)
    return [prefix + page for page in PROFILE_PAGES]


def seen_by_visitors(obj) -> bool:
    """Whether anonymous visitors may view ``obj`` (its cached pages exist)."""
    return "Anonymous" in rolesForPermissionOn("View", obj)


def guide_of(obj):
    parent = aq_parent(obj)
    return parent if IFrameworkGuide.providedBy(parent) else None


@implementer(IPurgePaths)
@adapter(IFrameworkGuide)
class GuidePurgePaths:
    """Named adapter, beside plone.app.caching's ``ContentPurgePaths``."""

    def __init__(self, context):
        self.context = context

    def getRelativePaths(self):
        return guide_paths(self.context)

    def getAbsolutePaths(self):
        return []


@implementer(IPurgePaths)
@adapter(IFrameworkProfile)
class ProfilePurgePaths:
    """A profile's own pages; its guide's as well once visitors see it."""

    def __init__(self, context):
        self.context = context

    def getRelativePaths(self):
        paths = profile_paths(self.context)
        guide = guide_of(self.context)
        if guide is not None and seen_by_visitors(self.context):
            paths += guide_paths(guide)
        return paths

    def getAbsolutePaths(self):
        return []


def purge_guide(guide) -> None:
    if guide is not None:
        notify(Purge(guide))


def purge_every_guide() -> None:
    """Every guide's pages: what Plone's global navigation shows is on each of
    them (guides by title, and profiles where a site owner made them a
    displayed type; see docs/decisions.rst)."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=GUIDE_TYPE):
        purge_guide(brain._unrestrictedGetObject())


def renamed(event) -> bool:
    """Whether a save may have changed the title. Forms and REST name the
    fields they changed; an event that names none may have changed any."""
    names = [
        name
        for description in getattr(event, "descriptions", ())
        for name in getattr(description, "attributes", ())
    ]
    return not names or any(name.split(".")[-1] == "title" for name in names)


def profile_changed(profile, event) -> None:
    """Saved (form, REST, import): its pages, its guide's when public, every
    guide's when the navigation's title of a public profile changed."""
    notify(Purge(profile))
    if seen_by_visitors(profile) and renamed(event):
        purge_every_guide()


def profile_before_transition(profile, event) -> None:
    """Remember whether visitors saw it before the transition (this thread's
    copy of the object only)."""
    profile._v_frameworkguide_seen = seen_by_visitors(profile)


def profile_state_changed(profile, event) -> None:
    """Published, retracted, archived…: the lists and the navigation change
    if visitors saw it before or see it now (not on submit or reject)."""
    notify(Purge(profile))
    seen_before = getattr(profile, "_v_frameworkguide_seen", True)
    if seen_before or seen_by_visitors(profile):
        purge_every_guide()


def profile_moved(profile, event) -> None:
    """Removed, renamed or moved (a check-in replaces the original so)."""
    if IObjectAddedEvent.providedBy(event) and not seen_by_visitors(profile):
        return  # a new draft: no visitor saw a page that lists it
    purge_every_guide()
    if not IObjectRemovedEvent.providedBy(event):
        notify(Purge(profile))


def guide_changed(guide, event) -> None:
    """Saved (title, criteria, review settings): its pages; every guide's
    when its title (in the navigation) may have changed.

    A profile added, removed or renamed also "modifies" the guide as its
    container: ``profile_moved`` decides whether visitors saw a difference.
    """
    if IContainerModifiedEvent.providedBy(event):
        return
    if renamed(event):
        purge_every_guide()
    else:
        purge_guide(guide)


def guide_state_changed(guide, event) -> None:
    """Published or retracted: in or out of every page's navigation."""
    purge_every_guide()


def settings_changed(event) -> None:
    """Our registry records (vocabulary titles) show on every guide."""
    record = getattr(event, "record", None)
    if record is None or not record.__name__.startswith(f"{RECORD_PREFIX}."):
        return
    purge_every_guide()
