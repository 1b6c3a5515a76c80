"""Marker interfaces and the browser layer of collective.frameworkguide."""

from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IFrameworkGuideLayer(IDefaultBrowserLayer):
    """Browser layer: every view, viewlet and resource of the add-on is bound to it,
    so nothing of ours shows on sites where the add-on is not installed."""


class IFrameworkGuide(Interface):
    """Marker for a Framework Guide (the folder of profiles)."""


class IFrameworkProfile(Interface):
    """Marker for a Framework Profile (one framework's advice and facts)."""
