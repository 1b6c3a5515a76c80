"""The development site's mail sink (``make start``): the site's real MailHost,
set up by ``scripts/create_site.py``, delivers a submit's mails to
``scripts/mail_sink.py``, which keeps each as an ``.eml`` file. With the sink
gone, a submit still happens and each mail costs one WARNING line."""

from collective.frameworkguide.testing import INTEGRATION_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.paths import load_script
from collective.frameworkguide.tests.support.paths import SCRIPTS
from collective.frameworkguide.tests.support.users import create_users
from email import message_from_bytes
from email.header import decode_header
from email.header import make_header
from pathlib import Path
from plone import api
from plone.app.contentrules.handlers import close as end_content_rules_request

import logging
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return probe.getsockname()[1]


class TestMailSink(unittest.TestCase):
    layer = INTEGRATION_TESTING

    def setUp(self):
        self.portal = self.layer["portal"]
        self.folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.folder)
        self.port = free_port()
        self.sink = subprocess.Popen(
            [sys.executable, str(SCRIPTS / "mail_sink.py"), "--port", str(self.port)]
            + ["--dir", str(self.folder)],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.addCleanup(self.stop_sink)
        self.assertIn("Mail sink:", self.sink.stdout.readline())  # listening
        end_content_rules_request(None)
        create_users()
        self.guide = create_guide(self.portal)

    def stop_sink(self):
        if self.sink.poll() is None:
            self.sink.terminate()
        self.sink.wait(timeout=10)
        self.sink.stdout.close()

    def use_sink(self) -> bool:
        return load_script("create_site").use_mail_sink(self.portal, self.port)

    def received(self, count: int) -> list:
        deadline = time.monotonic() + 10
        while len(list(self.folder.glob("*.eml"))) < count:
            self.assertLess(time.monotonic(), deadline, "the sink got no mail")
            time.sleep(0.1)
        files = sorted(self.folder.glob("*.eml"))
        return [message_from_bytes(path.read_bytes()) for path in files]

    def test_a_submit_on_the_development_site_lands_in_the_sink(self):
        self.assertTrue(self.use_sink())
        self.assertEqual(api.portal.get_registry_record("plone.smtp_port"), self.port)
        profile_in_state(self.guide, "pending", "flask")
        messages = self.received(3)
        self.assertEqual(
            sorted(m["To"] for m in messages),
            [
                "editor_reviewer@example.org",
                "reviewer2@example.org",
                "reviewer@example.org",
            ],
        )
        subject = str(make_header(decode_header(messages[0]["Subject"])))
        self.assertEqual(subject, "Please review the profile “Flask”")
        self.assertIn("framework-guide@localhost", messages[0]["From"])
        self.assertIn("Please review the profile", self.sink.stdout.readline())

    def test_without_the_sink_one_warning_per_mail(self):
        self.use_sink()
        self.stop_sink()
        with self.assertLogs(logging.getLogger(), "WARNING") as logs:
            profile = profile_in_state(self.guide, "pending", "flask")
        self.assertEqual(api.content.get_state(profile), "pending")
        (record,) = logs.records  # the first refused connection ends the action
        self.assertEqual(record.levelname, "WARNING")
        self.assertIsNone(record.exc_info)
        self.assertIn("Connection refused", record.getMessage())

    def test_a_site_set_up_for_a_real_server_is_left_alone(self):
        api.portal.set_registry_record("plone.smtp_host", "mail.example.org")
        self.assertFalse(self.use_sink())
        self.assertEqual(api.portal.get_registry_record("plone.smtp_port"), 25)
        self.assertEqual(
            api.portal.get_registry_record("plone.smtp_host"), "mail.example.org"
        )
