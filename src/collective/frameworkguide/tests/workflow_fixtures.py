"""Users, a guide and profiles in each state, shared by the workflow tests."""

from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import TEST_USER_ID

import transaction


PASSWORD = "secret-password-123"

# user id -> (groups, global roles)
USERS = {
    "member": ((), ()),
    "editor": (("framework-guide-editors",), ()),
    "reviewer": (("framework-guide-reviewers",), ()),
    "reviewer2": (("framework-guide-reviewers",), ()),
    "siteadmin": ((), ("Site Administrator",)),
    "manager": ((), ("Manager",)),
    # An editor who also reviews: the four-eyes rule's case.
    "editor_reviewer": (("framework-guide-editors", "framework-guide-reviewers"), ()),
}


def create_users(portal) -> None:
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid, (groups, roles) in USERS.items():
        api.user.create(
            username=userid,
            email=f"{userid}@example.org",
            password=PASSWORD,
            roles=("Member", *roles),
            properties={"fullname": userid.title()},
        )
        for group in groups:
            api.group.add_user(groupname=group, username=userid)


def create_guide(portal, guide_id="guide"):
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        guide = api.content.create(
            container=portal, type="FrameworkGuide", id=guide_id, title="Guide"
        )
        api.content.transition(obj=guide, transition="publish")
    return guide


def as_user(portal, userid):
    """Log ``userid`` in for the integration layer (``None`` = anonymous)."""
    if userid is None:
        logout()
    else:
        login(portal, userid)


def profile_in_state(guide, state: str, profile_id: str, submitter="editor"):
    """A profile written by ``editor`` and moved to ``state`` by the right people."""
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


def commit() -> None:
    transaction.commit()
