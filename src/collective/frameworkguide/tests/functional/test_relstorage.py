"""Two Zope instances on one PostgreSQL database (RelStorage): nothing is lost.

The site is created and served as ``make start-relstorage`` does it: two
``runwsgi`` processes, each with its own port and object cache, share one
database, blobs included. An edit saved on one instance is read on the other
(object, catalog and blob), and editors saving through both instances at once
lose nothing.

Skipped, with the reason, when no PostgreSQL server can be reached or started
(see ``zope_instances.prepare_database``); CI installs and starts one.
"""

from collective.frameworkguide.tests.support.http_editing import ADVICE
from collective.frameworkguide.tests.support.http_editing import EditorClient
from collective.frameworkguide.tests.support.images import png_bytes
from collective.frameworkguide.tests.support.zope_instances import ADMIN
from collective.frameworkguide.tests.support.zope_instances import prepare_database
from collective.frameworkguide.tests.support.zope_instances import ZopeInstance
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import base64
import requests
import tempfile
import threading
import unittest


EDITORS = 8
SAVES = 4
DESCRIPTION = "form.widgets.IBasic.description"


class TestTwoInstancesOneDatabase(unittest.TestCase):
    setup_error = None

    @classmethod
    def setUpClass(cls):
        # pytest calls a failing setUpClass again for each test: fail fast.
        if cls.setup_error is not None:
            raise cls.setup_error
        try:
            cls.set_up_instances()
        except Exception as error:
            cls.setup_error = error
            raise

    @classmethod
    def set_up_instances(cls):
        dsn = prepare_database()  # or SkipTest
        cls.tmp = tempfile.TemporaryDirectory(prefix="frameworkguide-relstorage-")
        cls.instances = []
        try:
            cls.first = ZopeInstance(Path(cls.tmp.name) / "first", dsn)
            cls.second = ZopeInstance(Path(cls.tmp.name) / "second", dsn)
            cls.instances = [cls.first, cls.second]
            cls.first.create_site()
            for instance in cls.instances:
                instance.start()
            for instance in cls.instances:
                instance.wait_until_ready()
            cls.api = requests.Session()
            cls.api.auth = ADMIN
            cls.api.headers["Accept"] = "application/json"
            cls.create_guide()
            cls.warm_up()
        except BaseException:
            for instance in cls.instances:  # shown by pytest with the error
                print(f"--- log of {instance.url}:\n{instance.log()}")
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for instance in cls.instances:
            instance.stop()
        cls.tmp.cleanup()

    @classmethod
    def create_guide(cls) -> None:
        """A guide with one draft profile per editor, made on the first instance."""
        answer = cls.api.post(
            cls.first.url,
            json={"@type": "FrameworkGuide", "id": "guide", "title": "Guide"},
            timeout=60,
        )
        answer.raise_for_status()
        for editor in range(EDITORS):
            answer = cls.api.post(
                f"{cls.first.url}/guide",
                json={
                    "@type": "FrameworkProfile",
                    "id": f"framework-{editor}",
                    "title": f"Framework {editor}",
                    "choose_when": "When it fits.",
                },
                timeout=60,
            )
            answer.raise_for_status()

    @classmethod
    def warm_up(cls) -> None:
        """Compile the edit form on each instance before threads use it.

        See ``test_concurrent_server.TestParallelEditors.warm_up``: concurrent
        first compilations can fail on CPython 3.11.7 (gh-106905).
        """
        client = EditorClient(*ADMIN)
        for instance in cls.instances:
            client.get(f"{instance.url}/guide/framework-0/@@edit").raise_for_status()
        client.close()

    def read(self, instance: ZopeInstance, path: str) -> dict:
        answer = self.api.get(f"{instance.url}/{path}", timeout=60)
        answer.raise_for_status()
        return answer.json()

    def test_edit_saved_on_one_is_read_on_the_other(self):
        client = EditorClient(*ADMIN)
        profile = "guide/framework-0"
        for source, target, word in (
            (self.first, self.second, "quillfeather"),
            (self.second, self.first, "inkwellstone"),
        ):
            text = f"Saved with the word {word}."
            outcome = client.edit(
                f"{source.url}/{profile}", {ADVICE: text, DESCRIPTION: text}
            )
            self.assertTrue(outcome.saved, outcome)
            self.assertEqual(self.read(target, profile)["choose_when"], text)
            found = self.read(
                target, f"@search?SearchableText={word}&metadata_fields=Description"
            )
            self.assertEqual(
                [item["Description"] for item in found["items"]], [text], target.url
            )

    def test_blob_saved_on_one_is_served_by_the_other(self):
        image = png_bytes()
        answer = self.api.patch(
            f"{self.first.url}/guide/framework-1",
            json={
                "logo": {
                    "data": base64.b64encode(image).decode(),
                    "encoding": "base64",
                    "filename": "logo.png",
                    "content-type": "image/png",
                }
            },
            timeout=60,
        )
        self.assertEqual(answer.status_code, 204, answer.text)
        served = self.api.get(
            f"{self.second.url}/guide/framework-1/@@images/logo", timeout=60
        )
        self.assertEqual(served.status_code, 200)
        self.assertEqual(served.content, image)

    def test_editors_on_both_instances_at_once_lose_nothing(self):
        start = threading.Barrier(EDITORS)

        def edit_repeatedly(editor: int) -> list:
            client = EditorClient(*ADMIN)
            start.wait(timeout=60)
            outcomes = []
            for save in range(SAVES):
                # Alternate the instances, so each profile is written by both.
                instance = self.instances[(editor + save) % 2]
                outcomes.append(
                    client.edit(
                        f"{instance.url}/guide/framework-{editor}",
                        {ADVICE: f"Save {save} by editor {editor}."},
                    )
                )
            client.close()
            return outcomes

        with ThreadPoolExecutor(max_workers=EDITORS) as pool:
            results = list(pool.map(edit_repeatedly, range(EDITORS), timeout=300))
        failed = [o for outcomes in results for o in outcomes if not o.saved]
        self.assertEqual(failed, [])
        for instance in self.instances:
            for editor in range(EDITORS):
                profile = self.read(instance, f"guide/framework-{editor}")
                self.assertEqual(
                    profile["choose_when"], f"Save {SAVES - 1} by editor {editor}."
                )
