"""Test layers of the add-on, for its own tests and for integrators' tests.

- ``INTEGRATION_TESTING`` / ``FUNCTIONAL_TESTING``: Plone with the add-on.
- ``DEMO_INTEGRATION_TESTING`` / ``DEMO_FUNCTIONAL_TESTING``: the same with the
  demo guide at ``/guide``.
- ``ACCEPTANCE_TESTING``: the demo site behind a real WSGI server (REST
  clients, Chromium).
- ``CACHING_FUNCTIONAL_TESTING``: the demo guide with plone.app.caching on.
- ``RELIABILITY_SERVER_TESTING``: the add-on's site (no demo content) behind a
  real WSGI server that reruns conflicting requests as the instances do.

Usage::

    class TestSomething(unittest.TestCase):
        layer = INTEGRATION_TESTING

        def test_it(self):
            portal = self.layer["portal"]
"""

from plone import api
from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing import Layer
from plone.testing.zope import WSGI_SERVER_FIXTURE
from ZPublisher.HTTPRequest import HTTPRequest

import collective.frameworkguide
import os


# Compile locales/*.po when our ZCML registers the translations, as zope.conf
# does for a real instance (*.mo files are not committed).
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

# ``max-conflict-retries`` of scripts/instance/zope.conf.in (Zope's default: 3).
MAX_CONFLICT_RETRIES = 10


class FrameworkGuideLayer(PloneSandboxLayer):
    """Plone with the add-on's default profile installed."""

    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import plone.app.iterate
        import plone.restapi

        self.loadZCML(package=plone.restapi)
        self.loadZCML(package=plone.app.iterate)
        self.loadZCML(package=collective.frameworkguide)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "collective.frameworkguide:default")


FIXTURE = FrameworkGuideLayer()


class FrameworkGuideDemoLayer(PloneSandboxLayer):
    """The add-on with the demo guide at ``/guide``."""

    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "collective.frameworkguide:demo")


DEMO_FIXTURE = FrameworkGuideDemoLayer()


class CachingLayer(PloneSandboxLayer):
    """The demo guide with plone.app.caching on (``without-caching-proxy`` rules)."""

    defaultBases = (DEMO_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import plone.app.caching

        self.loadZCML(package=plone.app.caching)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "plone.app.caching:default")
        applyProfile(portal, "plone.app.caching:without-caching-proxy")
        api.portal.set_registry_record(
            "plone.caching.interfaces.ICacheSettings.enabled", True
        )


CACHING_FIXTURE = CachingLayer()


class ConflictRetries(Layer):
    """The instances' conflict retries for the test server.

    Set after the server's layer, whose generated zope.conf sets Zope's default.
    """

    defaultBases = (WSGI_SERVER_FIXTURE,)

    def setUp(self) -> None:
        self.saved = HTTPRequest.retry_max_count
        HTTPRequest.retry_max_count = MAX_CONFLICT_RETRIES

    def tearDown(self) -> None:
        HTTPRequest.retry_max_count = self.saved


CONFLICT_RETRIES = ConflictRetries(name="CollectiveFrameworkguideLayer:ConflictRetries")


INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="CollectiveFrameworkguideLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE,),
    name="CollectiveFrameworkguideLayer:FunctionalTesting",
)

DEMO_INTEGRATION_TESTING = IntegrationTesting(
    bases=(DEMO_FIXTURE,),
    name="CollectiveFrameworkguideLayer:DemoIntegrationTesting",
)

DEMO_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(DEMO_FIXTURE,),
    name="CollectiveFrameworkguideLayer:DemoFunctionalTesting",
)

ACCEPTANCE_TESTING = FunctionalTesting(
    bases=(DEMO_FIXTURE, WSGI_SERVER_FIXTURE),
    name="CollectiveFrameworkguideLayer:AcceptanceTesting",
)

CACHING_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(CACHING_FIXTURE,), name="CollectiveFrameworkguideLayer:CachingFunctional"
)

# Serves the add-on's site with waitress in a thread of the test process, so
# several HTTP clients can hit it at once. Tests create their users and content
# and ``transaction.commit()`` them; each test gets a fresh stacked DemoStorage.
# The server's URL: ``self.layer["portal"].absolute_url()``.
RELIABILITY_SERVER_TESTING = FunctionalTesting(
    bases=(FIXTURE, CONFLICT_RETRIES),
    name="CollectiveFrameworkguideLayer:ReliabilityServerTesting",
)
