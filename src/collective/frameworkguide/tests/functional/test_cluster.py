"""The production tier through a real Varnish: kept, purged, nothing personal.

One cluster for the module, as ``make start-cluster`` runs it: PostgreSQL
(RelStorage), two Zope instances, Debian's varnishd with
``deploy/varnish/frameworkguide.vcl``, plone.app.caching's proxy settings and
plone.cachepurging sending PURGEs to the proxy. Everything goes to localhost.

Skipped, with the reason, without varnishd or PostgreSQL (an error in CI,
where ``FRAMEWORKGUIDE_REQUIRE_VARNISH`` and ``…_POSTGRES`` are set).
"""

from collective.frameworkguide.caching import repurge
from collective.frameworkguide.tests.support.cluster import Cluster
from collective.frameworkguide.tests.support.zope_instances import prepare_database
from pathlib import Path

import requests
import tempfile
import time
import unittest


CHOOSER = "use_case=crud&experience=some&admin=yes&own_libraries=no&permissions=no"
PAGES = (
    "guide",
    "guide?use_case=crud",
    "guide/@@framework-compare?profiles=flask&profiles=django",
    f"guide/@@framework-chooser?{CHOOSER}",
    "guide/flask",
)
ANSWERS = ("guide/@framework-guide", f"guide/@framework-chooser?{CHOOSER}")
# Plone's toolbar, the CSRF token of plone.protect, a logged-in user's menu.
PERSONAL = (
    "plone-toolbar",
    "edit-zone",
    "_authenticator",
    "personaltools-logout",
    "userrole-authenticated",
)
# plone.cachepurging purges after the commit, from a thread: the next request
# after the answer may come a few milliseconds before the PURGE does.
PURGE_DELAY = 1.0
DATABASE = "frameworkguide_cluster_test"


class TestCluster(unittest.TestCase):
    setup_error = None
    last_write = 0.0

    @classmethod
    def setUpClass(cls):
        if cls.setup_error is not None:  # pytest calls it again for each test
            raise cls.setup_error
        try:
            cls.set_up_cluster()
        except Exception as error:
            cls.setup_error = error
            raise

    @classmethod
    def set_up_cluster(cls):
        dsn = prepare_database(DATABASE)  # or SkipTest
        cls.tmp = tempfile.TemporaryDirectory(prefix="frameworkguide-cluster-")
        cls.cluster = None
        try:
            cls.cluster = Cluster(Path(cls.tmp.name), dsn)
            cls.cluster.create_site()
            cls.cluster.start()
            cls.editor = cls.session(auth=cls.cluster.admin)
            cls.add_guide("guide", ["flask", "django"], drafts=["sketch"])
            cls.add_guide("other", ["bottle", "falcon"])
        except BaseException:
            if cls.cluster is not None:
                print(cls.cluster.logs())
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.cluster is not None:
            cls.cluster.stop()
        cls.tmp.cleanup()

    @classmethod
    def session(cls, auth=None) -> requests.Session:
        session = requests.Session()
        session.auth = auth
        session.headers["Accept"] = "application/json"
        return session

    @classmethod
    def write(cls, method: str, path: str, **json) -> requests.Response:
        """A change by the site's administrator, through the proxy."""
        answer = cls.editor.request(
            method, f"{cls.cluster.url}/{path}", json=json, timeout=60
        )
        answer.raise_for_status()
        cls.last_write = time.monotonic()
        return answer

    @classmethod
    def add_profile(cls, guide: str, name: str, publish: bool = True) -> None:
        cls.write(
            "POST",
            guide,
            **{
                "@type": "FrameworkProfile",
                "id": name,
                "title": name.capitalize(),
                "choose_when": f"When {name} fits.",
                "use_cases": ["crud"],
            },
        )
        if publish:
            cls.write("POST", f"{guide}/{name}/@workflow/submit")
            cls.write("POST", f"{guide}/{name}/@workflow/publish")

    @classmethod
    def add_guide(cls, name: str, published, drafts=()) -> None:
        cls.write("POST", "", **{"@type": "FrameworkGuide", "id": name, "title": name})
        cls.write("POST", f"{name}/@workflow/publish")
        for profile in published:
            cls.add_profile(name, profile)
        for profile in drafts:
            cls.add_profile(name, profile, publish=False)

    def setUp(self):
        # Each change is purged again a few seconds later (caching/repurge.py):
        # start from a quiet proxy, so that a test sees its own purges only.
        quiet = self.last_write + repurge.DELAY + 1 - time.monotonic()
        if quiet > 0:
            time.sleep(quiet)

    def visit(self, path: str, headers=None) -> requests.Response:
        """An anonymous visitor through the proxy (JSON for ``@`` endpoints)."""
        headers = dict(headers or {})
        if "/@framework-" in path:
            headers.setdefault("Accept", "application/json")
        answer = requests.get(f"{self.cluster.url}/{path}", headers=headers, timeout=60)
        self.assertEqual(answer.status_code, 200, path)
        return answer

    def cached(self, path: str) -> requests.Response:
        """Visit until the proxy answers from its cache (the first may fill it)."""
        self.visit(path)
        answer = self.visit(path)
        self.assertEqual(answer.headers.get("X-Cache"), "HIT", path)
        return answer

    def fresh(self, path: str, word: str) -> float:
        """Seconds until an anonymous visit of ``path`` shows ``word``."""
        start = time.monotonic()
        while True:
            answer = self.visit(path)
            if word in answer.text:
                return time.monotonic() - start
            if time.monotonic() - start > PURGE_DELAY:
                self.fail(f"{path} still without {word!r}: {answer.headers}")
            time.sleep(0.02)

    def test_visitors_pages_and_answers_are_kept_by_the_proxy(self):
        for path in PAGES + ANSWERS:
            answer = self.cached(path)
            self.assertIn("s-maxage=", answer.headers["Cache-Control"], path)
            self.assertIn(
                answer.headers.get("X-Cache-Rule"),
                ("collective.frameworkguide.guide", None),
            )

    def test_static_resources_are_kept(self):
        self.cached("++plone++collective.frameworkguide/frameworkguide.css")

    def test_cached_pages_carry_nothing_personal(self):
        # An editor reads first: Zope answers, the proxy keeps nothing of it.
        own = self.editor.get(
            f"{self.cluster.url}/guide", headers={"Accept": "text/html"}, timeout=60
        )
        self.assertEqual(own.headers["X-Cache"], "PASS")
        for mark in ("plone-toolbar", "_authenticator", "personaltools-logout"):
            self.assertIn(mark, own.text)
        self.assertNotIn("s-maxage", own.headers.get("Cache-Control", ""))
        for path in PAGES:
            answer = self.cached(path)
            for mark in PERSONAL:
                self.assertFalse(mark in answer.text, f"{mark} in {path}")
            self.assertNotIn("Set-Cookie", answer.headers, path)

    def test_logged_in_visitors_pass_the_proxy(self):
        self.cached("guide")
        for headers in ({"Cookie": "__ac=abc"}, {"Authorization": "Bearer x"}):
            answer = requests.get(
                f"{self.cluster.url}/guide", headers=headers, timeout=60
            )
            self.assertEqual(answer.headers["X-Cache"], "PASS", headers)

    def test_a_publish_is_visible_on_the_next_request(self):
        for path in (*PAGES, "guide/django"):
            self.cached(path)
        self.add_profile("guide", "pyramid")
        for path in (
            "guide",
            "guide?use_case=crud",
            f"guide/@@framework-chooser?{CHOOSER}",
        ):
            self.fresh(path, "Pyramid")
        # A related profile's page links to a comparison with the new one.
        self.fresh("guide/django", "profiles=pyramid")
        self.fresh("guide/@framework-guide", "Pyramid")

    def test_an_edit_is_visible_and_the_other_guide_stays_cached(self):
        kept = (
            "other",
            "other?use_case=crud",
            "other/bottle",
            "other/@framework-guide",
        )
        for path in kept + ("guide/flask", "guide"):
            self.cached(path)
        self.write("PATCH", "guide/flask", choose_when="Quillfeather advice.")
        # The editor sees the change at once: the proxy passes him to Zope.
        own = self.editor.get(f"{self.cluster.url}/guide/flask", timeout=60)
        self.assertEqual(own.json()["choose_when"], "Quillfeather advice.")
        self.fresh("guide/flask", "Quillfeather advice.")
        for path in kept:
            self.assertEqual(self.visit(path).headers["X-Cache"], "HIT", path)

    def test_a_draft_edit_leaves_the_guide_cached(self):
        self.cached("guide")
        self.write("PATCH", "guide/sketch", choose_when="Nobody reads this yet.")
        time.sleep(PURGE_DELAY)
        self.assertEqual(self.visit("guide").headers["X-Cache"], "HIT")
