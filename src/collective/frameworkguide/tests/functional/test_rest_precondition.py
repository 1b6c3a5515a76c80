"""``PATCH`` of a profile with ``If-Match`` / ``If-Unmodified-Since``: no lost update.

``GET`` gives the profile's ETag (the edit form's stamp); a ``PATCH`` that
sends an older one, or a date before the last save, answers ``412`` with a
JSON error and changes nothing. With the current value, or without any
precondition, ``PATCH`` works as before.
"""

from collective.frameworkguide.concurrency.stamp import stamp_of
from collective.frameworkguide.tests.support.rest_client import GuideEndpointTestCase
from email.utils import format_datetime

import datetime
import transaction


BOTTLE = {
    "@type": "FrameworkProfile",
    "id": "bottle",
    "title": "Bottle",
    "choose_when": "You want the whole app in one file.",
}


class TestPrecondition(GuideEndpointTestCase):
    def setUp(self):
        super().setUp()
        response = self.editor.post("guide", json=BOTTLE)
        self.assertEqual(response.status_code, 201, response.text)
        self.etag = self.editor.get("guide/bottle").headers["ETag"]

    def bottle(self):
        transaction.begin()
        return self.guide["bottle"]

    def patch(self, headers=None, **values):
        return self.editor.patch("guide/bottle", json=values, headers=headers or {})

    def assert_refused(self, response, advice_before):
        self.assertEqual(response.status_code, 412, response.text)
        self.assertEqual(response.headers["Content-Type"], "application/json")
        error = response.json()["error"]
        self.assertEqual(error["type"], "PreconditionFailed")
        self.assertIn("Not saved: this profile was changed at", error["message"])
        bottle = self.bottle()
        self.assertEqual(error["etag"], f'"{stamp_of(bottle)}"')
        self.assertEqual(response.headers["ETag"], error["etag"])
        self.assertEqual(bottle.choose_when, advice_before)

    def test_get_exposes_the_etag(self):
        response = self.anonymous.get("guide/flask")
        stamp = stamp_of(self.guide["flask"])
        self.assertEqual(response.headers["ETag"], f'"{stamp}"')
        self.assertEqual(response.headers["Edit-ETag"], f'"{stamp}"')
        self.assertEqual(self.etag, f'"{stamp_of(self.bottle())}"')

    def test_second_writer_with_an_old_etag_is_refused(self):
        first = self.patch({"If-Match": self.etag}, choose_when="First writer.")
        self.assertEqual(first.status_code, 204, first.text)
        new_etag = first.headers["ETag"]
        self.assertNotEqual(new_etag, self.etag)
        self.assertEqual(new_etag, f'"{stamp_of(self.bottle())}"')
        second = self.patch({"If-Match": self.etag}, choose_when="Second writer.")
        self.assert_refused(second, "First writer.")
        # Refused again until the client reads the new version.
        again = self.patch({"If-Match": self.etag}, choose_when="Second writer.")
        self.assert_refused(again, "First writer.")
        fresh = self.patch({"If-Match": new_etag}, choose_when="Second writer.")
        self.assertEqual(fresh.status_code, 204, fresh.text)
        self.assertEqual(self.bottle().choose_when, "Second writer.")

    def test_forms_of_if_match(self):
        for form in ("{}", "W/{}", '"0", {}', "*"):
            with self.subTest(form=form):
                header = form.format(self.etag)
                response = self.patch({"If-Match": header}, avoid_when=header)
                self.assertEqual(response.status_code, 204, response.text)
                self.etag = response.headers["ETag"]
        response = self.patch({"If-Match": '"0"'}, choose_when="Stale.")
        self.assert_refused(response, BOTTLE["choose_when"])

    def test_if_unmodified_since(self):
        modified = self.bottle().modified().asdatetime()
        modified = modified.astimezone(datetime.timezone.utc)
        before = format_datetime(modified - datetime.timedelta(seconds=5), usegmt=True)
        response = self.patch({"If-Unmodified-Since": before}, choose_when="Stale.")
        self.assert_refused(response, BOTTLE["choose_when"])
        later = modified + datetime.timedelta(seconds=1)
        for header in (format_datetime(later, usegmt=True), "not a date"):
            with self.subTest(header=header):
                response = self.patch(
                    {"If-Unmodified-Since": header}, avoid_when=header
                )
                self.assertEqual(response.status_code, 204, response.text)
                self.assertEqual(self.bottle().avoid_when, header)

    def test_without_precondition_as_before(self):
        response = self.patch(choose_when="No header.")
        self.assertEqual(response.status_code, 204, response.text)
        self.assertEqual(self.bottle().choose_when, "No header.")

    def test_invalid_data_with_current_etag_still_400(self):
        response = self.patch({"If-Match": self.etag}, learning_curve=9)
        self.assertEqual(response.status_code, 400, response.text)
        self.assertNotIn("ETag", response.headers)
