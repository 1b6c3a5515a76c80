"""The profile page's links: its web addresses, its successor, comparisons."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import compare_url
from collective.frameworkguide.guide.published import published_profile_brains
from collective.frameworkguide.guide.related import related_brains
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.permissions import VIEW
from plone import api


COMPARE_LINKS = 8


class ProfileLinksMixin:
    """For ``FrameworkProfileView``: ``self.context`` is the profile and
    ``self.state`` its workflow state."""

    def successor(self) -> dict | None:
        """The profile named in ``replaced_by``, if the visitor may see it."""
        relation = getattr(self.context, "replaced_by", None)
        if relation is None or relation.isBroken():
            return None
        target = relation.to_object
        if (
            target is None
            or not IFrameworkProfile.providedBy(target)
            or target.UID() == self.context.UID()
            or not api.user.has_permission(VIEW, obj=target)
        ):
            return None
        return {"title": target.Title(), "url": target.absolute_url()}

    def links(self) -> list[dict]:
        return [
            {"title": title, "url": getattr(self.context, name, None)}
            for name, title in (
                ("website", _("Website")),
                ("repository", _("Source repository")),
                ("documentation_url", _("Documentation")),
            )
            if getattr(self.context, name, None)
        ]

    def compare_links(self) -> list[dict]:
        """Links comparing this profile with the ``COMPARE_LINKS`` published
        profiles most related to it (same kind, then a shared use case)."""
        guide = self.context.aq_parent
        if self.state != "published":
            return []
        own = {
            "id": self.context.getId(),
            "framework_kind": self.context.framework_kind,
            "use_cases": self.context.use_cases or (),
        }
        return [
            {
                "title": brain.Title,
                "url": compare_url(guide.absolute_url(), [own["id"], brain.getId]),
            }
            for brain in related_brains(guide, own, COMPARE_LINKS)
        ]

    def more_to_compare(self) -> bool:
        """Whether the guide has profiles beyond those linked for comparing."""
        guide = self.context.aq_parent
        published = published_profile_brains(guide, sort_limit=1)
        return published.actual_result_count - 1 > COMPARE_LINKS
