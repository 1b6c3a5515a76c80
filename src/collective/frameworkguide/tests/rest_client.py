"""HTTP clients and fixtures of the REST and exchange tests.

A ``requests`` session for the tests' real WSGI server, as plone.restapi's.

plone.restapi's own ``RelativeSession`` lives in ``plone.restapi.testing``,
which imports test-only packages this project does not install, so the few
lines are repeated here::

    >>> session = api_session(portal_url, auth=("alice", "secret"))  # doctest: +SKIP
    >>> session.get("guide/@framework-guide").json()["items_total"]
    4
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from io import BytesIO
from PIL import Image
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from urllib.parse import urljoin
from urllib.parse import urlparse

import requests
import transaction
import unittest


class RelativeSession(requests.Session):
    """Requests relative to a base URL, JSON by default."""

    def __init__(self, base_url: str):
        super().__init__()
        self.base_url = base_url.rstrip("/") + "/"
        self.headers["Accept"] = "application/json"

    def request(self, method, url, **kwargs):
        if urlparse(url).scheme not in ("http", "https"):
            url = urljoin(self.base_url, url.lstrip("/"))
        kwargs.setdefault("timeout", 60)
        return super().request(method, url, **kwargs)


def api_session(portal_url: str, auth=None, test=None) -> RelativeSession:
    """A session on the portal; ``auth=None`` is anonymous, ``"owner"`` the
    site owner (Manager), a user id of ``USERS`` that user, otherwise a
    ``(user, password)`` pair."""
    session = RelativeSession(portal_url)
    if auth == "owner":
        auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    elif isinstance(auth, str):
        auth = (auth, PASSWORD)
    session.auth = auth
    if test is not None:
        test.addCleanup(session.close)
    return session


PASSWORD = "secret-password-123"

# user id -> groups; "editor" writes profiles, "reviewer" publishes them.
USERS = {
    "editor": ("framework-guide-editors",),
    "reviewer": ("framework-guide-reviewers",),
    "member": (),
}


def create_users() -> None:
    """The contract's editor and reviewer (by group) and a plain member."""
    for userid, groups in USERS.items():
        api.user.create(
            username=userid, email=f"{userid}@example.org", password=PASSWORD
        )
        for group in groups:
            api.group.add_user(groupname=group, username=userid)


def publish(obj) -> None:
    """Publish ``obj`` as the site owner (a Manager, who may publish what he
    submitted), whatever the path to ``published``."""
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.content.transition(obj=obj, to_state="published")


# Every field of a profile in the contract (DESIGN.md), in its order.
CONTRACT_FIELDS = (
    "title",
    "description",
    "framework_kind",
    "use_cases",
    "choose_when",
    "avoid_when",
    "strengths",
    "weaknesses",
    "learning_curve",
    "documentation_quality",
    "flexibility",
    "ecosystem",
    "batteries",
    "website",
    "repository",
    "documentation_url",
    "license",
    "latest_version",
    "first_release_year",
    "example_projects",
    "text",
    "logo",
    "last_reviewed",
    "criteria_values",
)


def png_bytes() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (4, 4), (0, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


class GuideEndpointTestCase(unittest.TestCase):
    """The demo guide over HTTP: an anonymous and an editor's session."""

    layer = ACCEPTANCE_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]
        with api.env.adopt_roles(["Manager"]):
            create_users()
        transaction.commit()
        self.anonymous = api_session(self.portal.absolute_url(), test=self)
        self.editor = api_session(self.portal.absolute_url(), "editor", self)

    def get(self, session=None, query=""):
        session = session or self.anonymous
        response = session.get(f"guide/@framework-guide{query}")
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.headers["Content-Type"], "application/json")
        return response.json()

    def titles(self, data):
        return [profile["title"] for profile in data["profiles"]]
