"""The portlet "Profiles in this guide": beside a profile, the guide's others.

The default profile assigns it to the left column of every FrameworkProfile
page (``profiles/default/portlets.xml``, category ``content_type``); a site
owner moves, edits or removes it in Site Setup → Content Types →
Framework Profile → Manage portlets, or adds it anywhere inside a guide.

It lists the guide's published profiles by title, at most ``size`` of them:
a guide of a thousand profiles shows the window around the current profile
(``guide/navigation.py``) and a link to the whole guide.
"""

from collective.frameworkguide import _
from collective.frameworkguide.criteria import guide_of
from collective.frameworkguide.guide.navigation import profile_window
from collective.frameworkguide.guide.published import published_profiles
from plone.app.portlets.portlets import base
from plone.memoize.instance import memoize
from plone.portlets.interfaces import IPortletDataProvider
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope import schema
from zope.interface import implementer


class IGuideProfilesPortlet(IPortletDataProvider):
    size = schema.Int(
        title=_("Number of profiles"),
        description=_(
            "How many of the guide's published profiles to list at most. A "
            "larger guide shows those next to the current profile, by title, "
            "and a link to the whole guide."
        ),
        required=True,
        default=20,
        min=1,
        max=200,
    )


DEFAULT_SIZE = IGuideProfilesPortlet["size"].default


@implementer(IGuideProfilesPortlet)
class Assignment(base.Assignment):
    size = DEFAULT_SIZE

    def __init__(self, size: int = DEFAULT_SIZE):
        self.size = size

    @property
    def title(self):
        return _("Profiles in this guide")


class Renderer(base.Renderer):
    render = ViewPageTemplateFile("templates/profiles_portlet.pt")

    @property
    def guide(self):
        return guide_of(self.context)

    @property
    def available(self) -> bool:
        return self.guide is not None and bool(self.window()["profiles"])

    @memoize
    def window(self) -> dict:
        """``profile_window`` of the guide's published profiles, each with
        ``current`` set for the profile being shown."""
        current_id = self.context.getId()
        window = profile_window(
            published_profiles(self.guide), current_id, self.data.size
        )
        window["profiles"] = [
            {"title": p["title"], "url": p["url"], "current": p["id"] == current_id}
            for p in window["profiles"]
        ]
        return window


class AddForm(base.AddForm):
    schema = IGuideProfilesPortlet
    label = _("Add the portlet “Profiles in this guide”")
    description = _("Lists the guide's published profiles beside a profile.")

    def create(self, data):
        return Assignment(size=data.get("size", DEFAULT_SIZE))


class EditForm(base.EditForm):
    schema = IGuideProfilesPortlet
    label = _("Edit the portlet “Profiles in this guide”")
    description = _("Lists the guide's published profiles beside a profile.")
