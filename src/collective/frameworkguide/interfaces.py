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


class IGuideComparison(Interface):
    """Marker for a guide's comparison of published profiles
    (``guide.comparison.GuideComparison``): what ``@framework-guide`` serializes."""


class IChooserResult(Interface):
    """Marker for the chooser's answer (``chooser.recommend.ChooserResult``):
    what ``@framework-chooser`` serializes."""


class ISerializeProfileToJson(Interface):
    """A profile's JSON in ``@framework-guide``, adapting
    ``(IGuideComparison, request)``: called with one profile of the
    comparison (a plain dict of catalog metadata), it returns its JSON data.
    Override it to change the profiles' shape (docs/rest-api.rst)."""

    def __call__(profile):
        """The JSON-ready dict of ``profile``."""
