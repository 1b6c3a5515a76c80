"""Edit profiles over real HTTP, as a browser does: the reliability tests' client.

The Classic UI edit form is fetched, every field is sent back as the browser
would send it (hidden ``_authenticator`` and edit stamp included) with the
changed values, and the answer tells whether the save went through. Used by
the threaded server tests, the RelStorage tests and ``benchmarks/soak.py``.

Usage, against a running site::

    client = EditorClient("editor-1", "secret")
    outcome = client.edit(
        "http://localhost:55001/plone/guide/flask",
        {"form.widgets.choose_when": "A small app."},
    )
    outcome.saved, outcome.status  # (True, 302)
"""

from dataclasses import dataclass
from urllib.parse import urljoin
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import requests


LOOPBACK = {"localhost", "127.0.0.1", "::1"}
ADVICE = "form.widgets.choose_when"


def require_loopback(url: str) -> str:
    """``url`` unchanged; refuses any host but this machine's loopback."""
    host = urlsplit(url).hostname
    if host not in LOOPBACK:
        raise ValueError(f"only loopback addresses are allowed, not {url!r}")
    return url


@dataclass
class Outcome:
    """One save: ``saved`` when the form redirected to the profile."""

    status: int
    saved: bool
    message: str = ""

    @property
    def server_error(self) -> bool:
        return self.status >= 500


def page_messages(html: str) -> str:
    """The text of Plone's status and error messages on a page."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):  # an empty body, not HTML
        return html[:200]
    boxes = tree.xpath("//div[contains(@class, 'portalMessage')]")
    return " | ".join(" ".join(box.text_content().split()) for box in boxes)


class EditorClient:
    """A logged-in editor (HTTP basic auth) with its own connection pool."""

    def __init__(self, user: str, password: str, timeout: float = 60) -> None:
        self.session = requests.Session()
        self.session.auth = (user, password)
        self.timeout = timeout

    def get(self, url: str) -> requests.Response:
        return self.session.get(require_loopback(url), timeout=self.timeout)

    def edit(self, profile_url: str, changes: dict[str, str]) -> Outcome:
        """Open ``profile_url``'s edit form, change ``changes``, press Save."""
        page = self.session.get(
            require_loopback(f"{profile_url}/@@edit"), timeout=self.timeout
        )
        if page.status_code >= 400:
            return Outcome(page.status_code, False, "edit form not served")
        forms = lxml.html.fromstring(page.text).xpath("//form[@id='form']")
        if not forms:  # e.g. sent to the profile page: someone holds the lock
            return Outcome(page.status_code, False, page_messages(page.text))
        form = forms[0]
        values = [(k, v) for k, v in form.form_values() if k not in changes]
        values += list(changes.items())
        values.append(("form.buttons.save", "Save"))
        answer = self.session.post(
            urljoin(page.url, form.get("action") or page.url),
            data=values,
            timeout=self.timeout,
            allow_redirects=False,
        )
        saved = answer.status_code == 302 and answer.headers.get(
            "Location", ""
        ).startswith(profile_url)
        message = "" if saved else page_messages(answer.text)
        return Outcome(answer.status_code, saved, message)

    def close(self) -> None:
        self.session.close()
