"""Hostile input through the REST API, and every view after the accepted ones.

Rejected cases answer ``400`` with a JSON error per field and write nothing.
Accepted payloads (markup as text, rich text with handlers) are stored through
``POST`` and ``PATCH``, published, and then every view of the guide, each
profile page and the REST JSON must be free of live code.
"""

from collective.frameworkguide.concurrency.stamp import stamp_of
from collective.frameworkguide.tests.support import hostile_payloads as hostile
from collective.frameworkguide.tests.support.content import publish
from collective.frameworkguide.tests.support.live_code import json_live_code
from collective.frameworkguide.tests.support.live_code import live_code
from collective.frameworkguide.tests.support.rest_client import errors_of
from collective.frameworkguide.tests.support.rest_client import GuideEndpointTestCase

import transaction


BASE = {
    "@type": "FrameworkProfile",
    "title": "Bottle",
    "choose_when": "You want the whole app in one file.",
}

HTML = {"Accept": "text/html"}


def json_cases(entry_point):
    return [case for case in hostile.REJECTED if entry_point in case.entry_points]


class TestHostileRest(GuideEndpointTestCase):
    def test_post_refuses_every_field(self):
        for case in json_cases(hostile.REST_POST):
            with self.subTest(case=case.name):
                response = self.editor.post(
                    "guide", json={**BASE, "id": "bottle", **case.values}
                )
                self.assert_refused(response, case, hostile.REST_POST)
                transaction.begin()
                self.assertNotIn("bottle", self.guide.objectIds())

    def test_patch_refuses_every_field(self):
        response = self.editor.post("guide", json={**BASE, "id": "bottle"})
        self.assertEqual(response.status_code, 201, response.text)
        transaction.begin()
        stamp = stamp_of(self.guide["bottle"])
        for case in json_cases(hostile.REST_PATCH):
            with self.subTest(case=case.name):
                response = self.editor.patch("guide/bottle", json=case.values)
                self.assert_refused(response, case, hostile.REST_PATCH)
                transaction.begin()
                bottle = self.guide["bottle"]
                self.assertEqual(stamp_of(bottle), stamp)
                self.assertEqual(bottle.title, "Bottle")

    def assert_refused(self, response, case, entry_point):
        self.assertEqual(response.status_code, 400, response.text[:500])
        self.assertEqual(response.headers["Content-Type"], "application/json")
        errors = errors_of(response)
        self.assertEqual(set(errors), set(case.values))
        for name in case.values:
            self.assertEqual(
                errors[name], case.message(name, entry_point), f"{case.name}: {name}"
            )


class TestAcceptedPayloadsRenderInert(GuideEndpointTestCase):
    """POST and PATCH every accepted payload, then render everything."""

    def store_payloads(self) -> list[str]:
        ids = []
        for number, case in enumerate(hostile.ACCEPTED):
            post_id, patch_id = f"posted-{number}", f"patched-{number}"
            values = hostile.with_title_suffix(case, "(REST POST)")
            response = self.editor.post("guide", json={**BASE, **values, "id": post_id})
            self.assertEqual(response.status_code, 201, response.text[:500])
            neutral = {**BASE, "id": patch_id, "title": f"Neutral {number}"}
            self.assertEqual(self.editor.post("guide", json=neutral).status_code, 201)
            values = hostile.with_title_suffix(case, "(REST PATCH)")
            response = self.editor.patch(f"guide/{patch_id}", json=values)
            self.assertEqual(response.status_code, 204, response.text[:500])
            ids += [post_id, patch_id]
        transaction.begin()
        for profile_id in ids:
            profile = self.guide[profile_id]
            self.assertIn(
                "fgxss", profile.title + (profile.text.raw if profile.text else "")
            )
            publish(profile)
        transaction.commit()
        return ids

    def assert_page_inert(self, path, session=None):
        response = (session or self.anonymous).get(path, headers=HTML)
        self.assertEqual(response.status_code, 200, path)
        self.assertIn("text/html", response.headers["Content-Type"])
        self.assertEqual(live_code(response.text, self.portal.absolute_url()), [], path)
        return response.text

    def assert_json_inert(self, path):
        response = self.anonymous.get(path)
        self.assertEqual(response.status_code, 200, path)
        self.assertEqual(response.headers["Content-Type"], "application/json")
        data = response.json()
        self.assertEqual(json_live_code(data, self.portal.absolute_url()), [], path)
        return data

    def test_every_view_is_inert(self):
        ids = self.store_payloads()
        guide_page = self.assert_page_inert("guide/@@framework-guide")
        # The payloads are there, as text.
        self.assertIn("&lt;script&gt;fgxss(1)&lt;/script&gt;", guide_page)
        self.assert_page_inert("guide/@@framework-guide?use_case=one-page")
        compared = "&".join(f"profiles={profile_id}" for profile_id in ids[:4])
        self.assert_page_inert(f"guide/@@framework-compare?{compared}")
        compared = "&".join(f"profiles={profile_id}" for profile_id in ids[4:])
        self.assert_page_inert(f"guide/@@framework-compare?{compared}")
        self.assert_page_inert("guide/@@framework-chooser")
        self.assert_page_inert("guide/@@framework-chooser?use_case=one-page")
        for profile_id in ids:
            self.assert_page_inert(f"guide/{profile_id}/@@framework-profile")
            self.assert_page_inert(f"guide/{profile_id}/edit", self.editor)
            self.assert_json_inert(f"guide/{profile_id}")
        data = self.assert_json_inert("guide/@framework-guide")
        titles = {profile["title"] for profile in data["profiles"]}
        self.assertIn("<script>fgxss(1)</script> (REST POST)", titles)
        self.assert_json_inert("guide/@framework-chooser?use_case=one-page")
