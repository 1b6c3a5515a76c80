"""HTTP clients and fixtures of the REST tests.

A ``requests`` session for the tests' real WSGI server, as plone.restapi's.

plone.restapi's own ``RelativeSession`` lives in ``plone.restapi.testing``,
which imports test-only packages this project does not install, so the few
lines are repeated here. On the demo site (``ACCEPTANCE_TESTING``)::

    session = api_session(portal_url, auth=("alice", "secret"))
    session.get("guide/@framework-guide").json()["items_total"]  # 4
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.tests.support.users import PASSWORD
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from urllib.parse import urljoin
from urllib.parse import urlparse

import json
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
    site owner (Manager), a user id of ``support.users.USERS`` that user, otherwise a
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


# Every field of a profile in the REST contract (docs/rest-api.rst), in its
# order: written out by hand, apart from content/fields.py, as a check on it.
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
    "package_name",
    "latest_version",
    "latest_release_date",
    "first_release_year",
    "example_projects",
    "text",
    "logo",
    "last_reviewed",
    "criteria_values",
)


def errors_of(response) -> dict:
    """``{field: message}`` from a 400 answer (its message is a JSON list)."""
    body = response.json()
    return {error["field"]: error["message"] for error in json.loads(body["message"])}


class GuideEndpointTestCase(unittest.TestCase):
    """The demo guide over HTTP: an anonymous and an editor's session."""

    layer = ACCEPTANCE_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.guide = self.portal["guide"]
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
