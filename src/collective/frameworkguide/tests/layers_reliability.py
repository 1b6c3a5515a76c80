"""Test layers of the reliability tests: the add-on behind a real WSGI server.

``RELIABILITY_SERVER_TESTING`` serves the add-on's site (no demo content) with
waitress in a thread of the test process (``plone.testing``'s
``WSGI_SERVER_FIXTURE``), so several HTTP clients can hit it at once, and
reruns a conflicting request as often as the instances written by
``scripts/make_instance.py`` do. Tests create their users and content and
``transaction.commit()`` them; each test gets a fresh stacked DemoStorage, as
with every ``FunctionalTesting`` layer.

Usage::

    class TestSomething(unittest.TestCase):
        layer = RELIABILITY_SERVER_TESTING

        def test_it(self):
            url = self.layer["portal"].absolute_url()  # http://localhost:PORT/plone
"""

from collective.frameworkguide.testing import FIXTURE
from plone.app.testing import FunctionalTesting
from plone.testing import Layer
from plone.testing.zope import WSGI_SERVER_FIXTURE
from ZPublisher.HTTPRequest import HTTPRequest


# ``max-conflict-retries`` of scripts/instance/zope.conf.in (Zope's default: 3).
MAX_CONFLICT_RETRIES = 10


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

RELIABILITY_SERVER_TESTING = FunctionalTesting(
    bases=(FIXTURE, CONFLICT_RETRIES),
    name="CollectiveFrameworkguideLayer:ReliabilityServerTesting",
)
