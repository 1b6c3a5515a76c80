"""The guide's editor and reviewer groups and the local roles they get.

A Site Administrator only manages group membership: every guide grants

- ``framework-guide-editors``: Contributor, Editor, Reader
- ``framework-guide-reviewers``: Reviewer, Reader
"""

from collective.frameworkguide import _
from collective.frameworkguide.workflow import EDITORS_GROUP
from collective.frameworkguide.workflow import REVIEWERS_GROUP
from plone import api
from zope.i18n import translate


GUIDE_ROLES = {
    EDITORS_GROUP: ("Contributor", "Editor", "Reader"),
    REVIEWERS_GROUP: ("Reviewer", "Reader"),
}

GROUP_TITLES = {
    EDITORS_GROUP: _("Framework guide editors"),
    REVIEWERS_GROUP: _("Framework guide reviewers"),
}

GROUP_DESCRIPTIONS = {
    EDITORS_GROUP: _("Write and update Framework Profiles in every guide."),
    REVIEWERS_GROUP: _("Review and publish Framework Profiles in every guide."),
}


def ensure_groups() -> None:
    """Create the two groups unless they exist (reinstalling adds nothing)."""
    request = api.env.getRequest()
    for group_id, title in GROUP_TITLES.items():
        if api.group.get(groupname=group_id) is None:
            api.group.create(
                groupname=group_id,
                title=translate(title, context=request),
                description=translate(GROUP_DESCRIPTIONS[group_id], context=request),
            )


def remove_empty_groups() -> None:
    """On uninstall: delete the groups nobody belongs to; keep the others."""
    for group_id in GUIDE_ROLES:
        group = api.group.get(groupname=group_id)
        if group is not None and not group.getGroupMemberIds():
            api.group.delete(groupname=group_id)


def group_emails(group_id: str) -> list[str]:
    """The e-mail addresses of the group's members, sorted, each once."""
    group = api.group.get(groupname=group_id)
    if group is None:
        return []
    members = api.user.get_users(group=group)
    return sorted({m.getProperty("email") for m in members if m.getProperty("email")})


def grant_guide_roles(guide, event=None) -> None:
    """Give both groups their local roles on ``guide``."""
    for group_id, roles in GUIDE_ROLES.items():
        current = set(guide.get_local_roles_for_userid(group_id))
        guide.manage_setLocalRoles(group_id, sorted(current | set(roles)))
    guide.reindexObjectSecurity()
