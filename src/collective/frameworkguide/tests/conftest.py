"""pytest fixtures of the add-on's layers, from pytest-plone.

pytest-plone (a pytest plugin, loaded through its entry point) turns a layer
into fixtures: ``integration`` gives ``portal``, ``app``, ``http_request``,
``installer``, ``browser_layers``, ``controlpanel_actions``, ``setup_tool``
and ``profile_last_version``; ``functional`` gives ``functional_portal`` and
``functional_app``. Tests written as plain functions ask for them::

    def test_installed(installer, package_name):
        assert installer.is_product_installed(package_name)

The ``unittest`` test cases keep their ``layer`` attribute (zope.pytestlayer
runs them); both kinds share one set-up of each layer.
"""

from collective.frameworkguide.testing import FUNCTIONAL_TESTING
from collective.frameworkguide.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

import pytest


LAYER_OF_FIXTURE = {
    "functional": FUNCTIONAL_TESTING,
    "integration": INTEGRATION_TESTING,
}

# Not kept for the whole session (pytest-plone's default): that would set
# Plone up before the unit tests too. ``pytest_collection_modifyitems`` below
# keeps a layer set up as long as the tests that need it follow each other.
globals().update(
    fixtures_factory(
        [(layer, prefix) for prefix, layer in LAYER_OF_FIXTURE.items()],
        keep_session=False,
    )
)


@pytest.fixture(scope="session")
def package_name() -> str:
    """The add-on under test (pytest-plone's ``uninstalled`` fixture uses it)."""
    return "collective.frameworkguide"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Give a function test the layer of the fixture it uses, as a test case has.

    zope.pytestlayer then runs it with the test cases of that layer (it sorts
    the tests by layer) and keeps the layer set up between them.
    """
    for item in items:
        if hasattr(getattr(item, "cls", None), "layer"):
            continue  # a test case: zope.pytestlayer reads its class's layer
        for prefix, layer in LAYER_OF_FIXTURE.items():
            if prefix in getattr(item, "fixturenames", ()):
                item.layer = layer
