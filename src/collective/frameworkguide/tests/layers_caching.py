"""The demo guide with plone.app.caching on (``without-caching-proxy`` rules)."""

from collective.frameworkguide.testing import DEMO_FIXTURE
from plone import api
from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import PloneSandboxLayer


class CachingLayer(PloneSandboxLayer):
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

CACHING_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(CACHING_FIXTURE,), name="CollectiveFrameworkguideLayer:CachingFunctional"
)
