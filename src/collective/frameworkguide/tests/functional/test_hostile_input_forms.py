"""Hostile input through the add and edit forms (z3c.form, a real publisher).

Each case of ``hostile_payloads`` is posted once per form with its payload in
every field of its group: the form comes back with every one of those fields
showing its own message and the typed values kept, and nothing is written.
Accepted payloads (markup as text) are saved and the pages that show them
carry no live code.
"""

from collective.frameworkguide.concurrency.stamp import stamp_of
from collective.frameworkguide.tests.support import hostile_payloads as hostile
from collective.frameworkguide.tests.support.forms import FormTestCase
from collective.frameworkguide.tests.support.live_code import live_code
from urllib.parse import urlencode

import lxml.html
import transaction


PORTAL_URL = "http://nohost/plone"


def visible(text: str) -> str:
    """``text`` without control characters: plone.protect's HTML rewriting
    shows them as U+FFFD in the re-displayed form."""
    return "".join(
        char for char in text if char == "\n" or not (char < " " or char == "\ufffd")
    )


def widget(name: str) -> str:
    return hostile.WIDGETS.get(name, name)


class HostileFormTestCase(FormTestCase):
    def submit(self, url: str, values: dict) -> None:
        """Post the form at ``url`` with ``values`` (REST names) typed in.

        The form's other controls (hidden stamp, CSRF token, selects) are sent
        as the page has them, like a browser does.
        """
        self.browser.open(url)
        page = lxml.html.fromstring(self.browser.contents)
        form = page.xpath("//form[@id='form']")[0]
        typed = {f"form.widgets.{widget(name)}" for name in values}
        pairs = [
            (name, value)
            for name, value in form.form_values()
            if name.removesuffix(":list") not in typed
        ]
        for name, value in values.items():
            control = f"form.widgets.{widget(name)}"
            if name in hostile.CHOICES:
                for token in value if isinstance(value, list) else [value]:
                    pairs.append((f"{control}:list", token))
            else:
                pairs.append((control, hostile.form_value(value)))
        pairs.append(("form.buttons.save", "Save"))
        self.browser.open(form.get("action") or url, urlencode(pairs))

    def check(self, url: str, case, entry_point: str, values=None) -> None:
        """Post ``case``; the form must refuse it field by field."""
        if case.name == hostile.HUGE:
            # Zope refuses the whole post before the form reads it.
            self.browser.handleErrors = True
            self.browser.raiseHttpErrors = False
            self.submit(url, {**(values or {}), **case.values})
            self.browser.handleErrors = False
            self.browser.raiseHttpErrors = True
            self.assertEqual(self.browser.headers["status"], "400 Bad Request")
            return
        self.submit(url, {**(values or {}), **case.values})
        self.assert_refused(case, entry_point)

    def assert_refused(self, case, entry_point: str) -> None:
        errors = self.all_errors()
        self.assertEqual(set(errors), {widget(name) for name in case.values}, case.name)
        for name in case.values:
            self.assertEqual(
                errors[widget(name)],
                [case.message(name, entry_point)],
                f"{case.name}: {name}",
            )
        for name, value in case.values.items():
            if name in hostile.CHOICES:
                continue  # an unknown token has no option to show it
            shown = self.control(widget(name)).value.replace("\r\n", "\n")
            self.assertEqual(
                visible(shown),
                visible(hostile.form_value(value)),
                f"{case.name}: {name}",
            )
        self.assertEqual(live_code(self.browser.contents, PORTAL_URL), [])

    def form_cases(self, entry_point):
        return [c for c in hostile.REJECTED if entry_point in c.entry_points]


class TestHostileAddForm(HostileFormTestCase):
    def test_rejected_payloads(self):
        url = f"{self.guide.absolute_url()}/++add++FrameworkProfile"
        for case in self.form_cases(hostile.ADD_FORM):
            with self.subTest(case=case.name):
                values = {"title": "Bottle", "choose_when": "Small apps."}
                self.check(url, case, hostile.ADD_FORM, values)
                transaction.begin()
                self.assertEqual(self.profile_ids(), ["flask"])

    def test_accepted_payloads_are_inert(self):
        url = f"{self.guide.absolute_url()}/++add++FrameworkProfile"
        for number, case in enumerate(hostile.ACCEPTED):
            with self.subTest(case=case.name):
                values = hostile.with_title_suffix(case, "(add form)")
                values.setdefault("choose_when", "Small apps.")
                self.submit(url, values)
                self.assertEqual(self.all_errors(), {}, case.name)
                self.assertTrue(self.browser.url.endswith("/framework-profile"))
                self.assertEqual(live_code(self.browser.contents, PORTAL_URL), [])
                transaction.begin()
                self.assertEqual(len(self.profile_ids()), number + 2)


class TestHostileEditForm(HostileFormTestCase):
    def test_rejected_payloads(self):
        url = f"{self.flask.absolute_url()}/edit"
        stamp = stamp_of(self.flask)
        for case in self.form_cases(hostile.EDIT_FORM):
            with self.subTest(case=case.name):
                self.check(url, case, hostile.EDIT_FORM)
                transaction.begin()
                self.assertEqual(stamp_of(self.flask), stamp)
                self.assertEqual(self.flask.title, "Flask")
                self.assertEqual(self.flask.choose_when, "You build a small app.")

    def test_accepted_payloads_are_inert(self):
        url = f"{self.flask.absolute_url()}/edit"
        for case in hostile.ACCEPTED:
            with self.subTest(case=case.name):
                values = hostile.with_title_suffix(case, "(edit form)")
                self.submit(url, values)
                self.assertEqual(self.all_errors(), {}, case.name)
                self.assertIn("Changes saved", self.browser.contents)
                self.assertEqual(live_code(self.browser.contents, PORTAL_URL), [])
                transaction.begin()
                self.assertEqual(self.flask.title, values["title"])
                # The edit form shows the stored payloads in its inputs.
                self.browser.open(url)
                self.assertEqual(live_code(self.browser.contents, PORTAL_URL), [])
