"""A guide and profiles in each workflow state, made by the right people."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME


def create_guide(portal, guide_id="guide"):
    """A published guide, as the site owner."""
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        guide = api.content.create(
            container=portal, type="FrameworkGuide", id=guide_id, title="Guide"
        )
        api.content.transition(obj=guide, transition="publish")
    return guide


def profile_in_state(guide, state: str, profile_id: str, submitter="editor"):
    """A profile written by ``editor`` and moved to ``state`` by the right people.

    Needs the users of ``support.users.create_users``.
    """
    with api.env.adopt_user(username="editor"):
        profile = api.content.create(
            container=guide,
            type="FrameworkProfile",
            id=profile_id,
            title=profile_id.title(),
            choose_when="When it fits.",
        )
    if state == "draft":
        return profile
    with api.env.adopt_user(username=submitter):
        api.content.transition(obj=profile, transition="submit")
    if state == "pending":
        return profile
    with api.env.adopt_user(username="reviewer"):
        api.content.transition(obj=profile, transition="publish")
    if state == "published":
        return profile
    with api.env.adopt_user(username="reviewer"):
        api.content.transition(obj=profile, transition="archive")
    return profile


def publish(obj) -> None:
    """Publish ``obj`` as the site owner (a Manager, who may publish what he
    submitted), whatever the path to ``published``."""
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.content.transition(obj=obj, to_state="published")


def archive(obj) -> None:
    """Archive a published profile through the editorial workflow."""
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=obj, transition="archive")
