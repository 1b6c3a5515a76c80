"""The tests' users: editors, reviewers, a member, site administrators."""

from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import SITE_OWNER_NAME


PASSWORD = "secret-password-123"

# user id -> (groups, global roles); "editor" writes profiles, "reviewer"
# publishes them.
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


def create_users() -> None:
    """Every user of ``USERS`` (password ``PASSWORD``, full name from the id)."""
    # As the site owner: only a Manager may give the Manager role.
    with api.env.adopt_user(username=SITE_OWNER_NAME):
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


def as_user(portal, userid):
    """Log ``userid`` in for the integration layer (``None`` = anonymous)."""
    if userid is None:
        logout()
    else:
        login(portal, userid)
