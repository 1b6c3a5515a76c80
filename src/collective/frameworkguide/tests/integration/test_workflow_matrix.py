"""The permission matrix of Framework Profiles, cell by cell.

``EXPECTED`` is the reference table; ``docs/permissions.rst`` holds the same
table (checked below) so the documentation cannot drift from the behaviour.
"""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.paths import DOCS
from collective.frameworkguide.tests.support.users import as_user
from collective.frameworkguide.tests.support.users import create_users
from plone import api
from zope.component import getMultiAdapter

import unittest


COLUMNS = (
    "Anonymous",
    "Member",
    "Editor",
    "Reviewer",
    "Reviewer 2",
    "Site Admin",
    "Manager",
)
USER_FOR_COLUMN = {
    "Anonymous": None,
    "Member": "member",
    "Editor": "editor",
    "Reviewer": "reviewer",
    "Reviewer 2": "reviewer2",
    "Site Admin": "siteadmin",
    "Manager": "manager",
}
STATES = ("draft", "pending", "published", "archived")

# "Editor" is a member of framework-guide-editors who wrote and submitted the
# profile; "Reviewer"s are members of framework-guide-reviewers.
EXPECTED = """
action       state      Anonymous Member Editor Reviewer Reviewer_2 Site_Admin Manager
view         draft      -         -      yes    yes      yes        yes        yes
view         pending    -         -      yes    yes      yes        yes        yes
view         published  yes       yes    yes    yes      yes        yes        yes
view         archived   yes       yes    yes    yes      yes        yes        yes
edit         draft      -         -      yes    -        -          yes        yes
edit         pending    -         -      -      yes      yes        yes        yes
edit         published  -         -      -      -        -          -          yes
edit         archived   -         -      -      -        -          -          yes
add_profile  draft      -         -      yes    -        -          yes        yes
add_profile  pending    -         -      yes    -        -          yes        yes
add_profile  published  -         -      yes    -        -          yes        yes
add_profile  archived   -         -      yes    -        -          yes        yes
submit       draft      -         -      yes    -        -          yes        yes
submit       pending    -         -      -      -        -          -          -
submit       published  -         -      -      -        -          -          -
submit       archived   -         -      -      -        -          -          -
reject       draft      -         -      -      -        -          -          -
reject       pending    -         -      -      yes      yes        yes        yes
reject       published  -         -      -      -        -          -          -
reject       archived   -         -      -      -        -          -          -
publish      draft      -         -      -      -        -          -          -
publish      pending    -         -      -      yes      yes        yes        yes
publish      published  -         -      -      -        -          -          -
publish      archived   -         -      -      -        -          -          -
retract      draft      -         -      -      -        -          -          -
retract      pending    -         -      -      -        -          -          -
retract      published  -         -      -      yes      yes        yes        yes
retract      archived   -         -      -      -        -          -          -
archive      draft      -         -      -      -        -          -          -
archive      pending    -         -      -      -        -          -          -
archive      published  -         -      -      yes      yes        yes        yes
archive      archived   -         -      -      -        -          -          -
restore      draft      -         -      -      -        -          -          -
restore      pending    -         -      -      -        -          -          -
restore      published  -         -      -      -        -          -          -
restore      archived   -         -      -      yes      yes        yes        yes
check_out    draft      -         -      -      -        -          -          -
check_out    pending    -         -      -      -        -          -          -
check_out    published  -         -      yes    -        -          yes        yes
check_out    archived   -         -      -      -        -          -          -
history      draft      -         -      yes    yes      yes        yes        yes
history      pending    -         -      yes    yes      yes        yes        yes
history      published  -         -      yes    yes      yes        yes        yes
history      archived   -         -      yes    yes      yes        yes        yes
"""

TRANSITIONS = ("submit", "reject", "publish", "retract", "archive", "restore")
DOC = DOCS / "permissions.rst"


def parse(table: str) -> dict[tuple[str, str], dict[str, bool]]:
    """``{(action, state): {column: allowed}}`` from the text table."""
    lines = [line.split() for line in table.strip().splitlines()]
    header = [name.replace("_", " ") for name in lines[0][2:]]
    return {
        (row[0], row[1]): {
            column: value == "yes"
            for column, value in zip(header, row[2:], strict=True)
        }
        for row in lines[1:]
    }


class TestPermissionMatrix(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.request = self.layer["request"]
        create_users()
        self.guide = create_guide(self.portal)
        self.profiles = {
            state: profile_in_state(self.guide, state, f"profile-{state}")
            for state in STATES
        }

    def allowed(self, action: str, profile) -> bool:
        if action == "view":
            return api.user.has_permission("View", obj=profile)
        if action == "edit":
            return api.user.has_permission("Modify portal content", obj=profile)
        if action == "add_profile":
            return api.user.has_permission(
                "collective.frameworkguide: Add Framework Profile", obj=self.guide
            ) and api.user.has_permission("Add portal content", obj=self.guide)
        if action in TRANSITIONS:
            workflow = api.portal.get_tool("portal_workflow")
            return action in {t["id"] for t in workflow.getTransitionsFor(profile)}
        if action == "check_out":
            control = getMultiAdapter((profile, self.request), name="iterate_control")
            return bool(control.checkout_allowed())
        if action == "history":
            return api.user.has_permission(
                "CMFEditions: Access previous versions", obj=profile
            )
        raise AssertionError(action)

    def actual(self) -> dict[tuple[str, str], dict[str, bool]]:
        result = {}
        for column in COLUMNS:
            as_user(self.portal, USER_FOR_COLUMN[column])
            for action, state in parse(EXPECTED):
                cell = self.allowed(action, self.profiles[state])
                result.setdefault((action, state), {})[column] = cell
        return result

    def test_every_cell(self):
        expected = parse(EXPECTED)
        actual = self.actual()
        wrong = [
            f"{action} / {state} / {column}: expected "
            f"{'allowed' if expected[(action, state)][column] else 'denied'}"
            for (action, state), row in actual.items()
            for column, value in row.items()
            if value != expected[(action, state)][column]
        ]
        self.assertEqual(wrong, [])
        cells = sum(len(row) for row in expected.values())
        self.assertEqual(cells, 44 * 7)

    def test_matrix_is_documented(self):
        documented = DOC.read_text(encoding="utf-8")
        for line in EXPECTED.strip().splitlines():
            self.assertIn(line.rstrip(), documented)
