"""Which paths a caching proxy is told to purge, change kind by change kind.

The paths are what plone.cachepurging sends a PURGE for: every ``IPurgePaths``
adapter of each object a ``Purge`` event names (collective.frameworkguide's
and, where loaded, plone.app.caching's). ``test_cluster.py`` proves the same
through a real Varnish.
"""

from collective.frameworkguide.caching import repurge
from collective.frameworkguide.caching.purge import GUIDE_PAGES
from collective.frameworkguide.caching.purge import PROFILE_PAGES
from collective.frameworkguide.testing import DEMO_INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import publish
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.cachepurging.hooks import KEY
from plone.cachepurging.interfaces import ICachePurgingSettings
from plone.cachepurging.interfaces import IPurger
from plone.cachepurging.utils import getPathsToPurge
from plone.registry.interfaces import IRegistry
from unittest import mock
from z3c.caching.interfaces import IPurgeEvent
from zope.annotation.interfaces import IAnnotations
from zope.component import getGlobalSiteManager
from zope.component import getUtility
from zope.event import notify
from zope.interface import Interface
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import ObjectModifiedEvent
from ZPublisher.pubevents import PubSuccess

import threading
import time
import unittest


def guide_paths(name: str) -> set[str]:
    return {f"/plone/{name}{page}" for page in GUIDE_PAGES} | {f"/plone/{name}/*"}


def profile_paths(guide: str, name: str) -> set[str]:
    return {f"/plone/{guide}/{name}{page}" for page in PROFILE_PAGES}


class TestPurgePaths(unittest.TestCase):
    layer = DEMO_INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        self.guide = self.portal["guide"]
        self.other = create_guide(self.portal, "other")
        self.purged = set()
        getGlobalSiteManager().registerHandler(self.collect, (IPurgeEvent,))
        self.addCleanup(
            getGlobalSiteManager().unregisterHandler, self.collect, (IPurgeEvent,)
        )

    def collect(self, event):
        self.purged.update(getPathsToPurge(event.object, self.request))

    def change(self, action):
        self.purged.clear()
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            action()
        return {p for p in self.purged if "/@@images/" not in p}

    def modified(self, obj, *fields):
        """What a form or a REST PATCH notifies: the fields it changed."""
        return lambda: notify(ObjectModifiedEvent(obj, Attributes(Interface, *fields)))

    def test_published_profile_edit_purges_it_and_its_guide(self):
        flask = self.guide["flask"]
        purged = self.change(self.modified(flask, "IBasic.description", "choose_when"))
        self.assertTrue(profile_paths("guide", "flask") <= purged, purged)
        self.assertTrue(guide_paths("guide") <= purged, purged)
        self.assertFalse(any(p.startswith("/plone/other") for p in purged))

    def test_new_title_of_a_published_profile_purges_every_guide(self):
        # Plone's global navigation lists it by title on every guide's pages.
        purged = self.change(self.modified(self.guide["flask"], "IBasic.title"))
        self.assertTrue(guide_paths("guide") | guide_paths("other") <= purged)

    def test_draft_edit_purges_only_its_own_pages(self):
        draft = self.new_draft("sketch")
        purged = self.change(self.modified(draft, "IBasic.title"))
        self.assertTrue(profile_paths("guide", "sketch") <= purged, purged)
        self.assertFalse(guide_paths("guide") & purged, purged)

    def test_a_new_draft_purges_nothing(self):
        purged = self.change(lambda: self.new_draft("quiet"))
        self.assertEqual(purged, set())

    def test_publish_and_retract_purge_every_guide(self):
        # Its guide's lists change, and every page's navigation.
        draft = self.new_draft("bottle")
        purged = self.change(lambda: publish(draft))
        self.assertTrue(guide_paths("guide") | guide_paths("other") <= purged)
        purged = self.change(
            lambda: api.content.transition(obj=draft, transition="retract")
        )
        self.assertTrue(
            guide_paths("guide") | profile_paths("guide", "bottle") <= purged
        )
        self.assertTrue(guide_paths("other") <= purged)

    def test_submitting_a_draft_purges_only_its_own_pages(self):
        draft = self.new_draft("tornado")
        purged = self.change(
            lambda: api.content.transition(obj=draft, transition="submit")
        )
        self.assertTrue(profile_paths("guide", "tornado") <= purged, purged)
        self.assertFalse(guide_paths("guide") & purged, purged)

    def test_removal_purges_every_guide(self):
        purged = self.change(lambda: api.content.delete(self.guide["pyramid"]))
        self.assertTrue(guide_paths("guide") | guide_paths("other") <= purged)

    def test_guide_and_criteria_changes_purge_that_guide_only(self):
        def add_criterion():
            self.guide.criteria = [
                *(self.guide.criteria or []),
                {
                    "id": "async",
                    "title": "Async",
                    "description": "",
                    "decisive": False,
                    "hidden": False,
                },
            ]
            notify(ObjectModifiedEvent(self.guide, Attributes(Interface, "criteria")))

        purged = self.change(add_criterion)
        self.assertEqual(purged & guide_paths("guide"), guide_paths("guide"))
        self.assertFalse(any(p.startswith("/plone/other") for p in purged))

    def test_new_guide_title_purges_every_guide(self):
        purged = self.change(self.modified(self.guide, "IBasic.title"))
        self.assertTrue(guide_paths("guide") | guide_paths("other") <= purged)

    def test_settings_change_purges_every_guide(self):
        record = "collective.frameworkguide.use_cases"
        lines = api.portal.get_registry_record(record)
        purged = self.change(
            lambda: api.portal.set_registry_record(record, [*lines, "new|New"])
        )
        self.assertTrue(guide_paths("guide") | guide_paths("other") <= purged)

    def test_another_record_purges_nothing(self):
        purged = self.change(
            lambda: api.portal.set_registry_record("plone.site_title", "Renamed")
        )
        self.assertEqual(purged, set())

    def new_draft(self, name):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            return api.content.create(
                container=self.guide,
                type="FrameworkProfile",
                id=name,
                title=name.title(),
                choose_when="When it fits.",
            )


class FakePurger:
    def __init__(self):
        self.sent = []
        self.done = threading.Event()

    def purgeAsync(self, url, httpVerb="PURGE"):
        self.sent.append(url)
        self.done.set()


class TestPurgeAgain(unittest.TestCase):
    """The second PURGE of ``caching/repurge.py``: the same URLs, later."""

    layer = DEMO_INTEGRATION_TESTING

    def test_the_same_urls_are_purged_again_after_the_delay(self):
        registry = getUtility(IRegistry)
        registry.registerInterface(ICachePurgingSettings)
        settings = registry.forInterface(ICachePurgingSettings)
        settings.enabled = True
        settings.cachingProxies = ("http://localhost:8000",)
        purger = FakePurger()
        getGlobalSiteManager().registerUtility(purger, IPurger)
        self.addCleanup(getGlobalSiteManager().unregisterUtility, purger, IPurger)
        request = self.layer["request"]
        IAnnotations(request)[KEY] = {"/plone/guide", "/plone/guide/*"}
        with mock.patch.object(repurge, "DELAY", 0.01):
            repurge.purge_again(PubSuccess(request))
            self.assertTrue(purger.done.wait(10))
        time.sleep(0.1)
        self.assertEqual(
            sorted(purger.sent),
            [
                "http://localhost:8000/plone/guide",
                "http://localhost:8000/plone/guide/*",
            ],
        )
