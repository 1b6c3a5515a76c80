"""Test layers: integration, functional (Zope on a WSGI server) and acceptance."""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE

import collective.frameworkguide
import os


# Compile locales/*.po when our ZCML registers the translations, as zope.conf
# does for a real instance (*.mo files are not committed).
os.environ.setdefault("zope_i18n_compile_mo_files", "true")


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
