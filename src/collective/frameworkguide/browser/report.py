"""``@@framework-report``: "Report outdated or wrong information" on a profile.

Anyone who may see the profile may report, anonymous visitors included. The
form carries plone.protect's token (a POST without it is refused), a honeypot
field that people leave empty and robots fill (a filled one is thanked and
dropped), and a per-address limit (``feedback.MAX_REPORTS_PER_WINDOW`` an
hour, answered with 429). Reports go to the reviewer desk, never to the page.
"""

from collective.frameworkguide import _
from collective.frameworkguide.review.reports import add_report
from collective.frameworkguide.review.reports import allow_report
from collective.frameworkguide.review.reports import MAX_MESSAGE_LENGTH
from datetime import datetime
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView

import re


HONEYPOT = "homepage"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ReportForm(BrowserView):
    errors: dict = {}
    sent = False
    max_length = MAX_MESSAGE_LENGTH

    def __call__(self):
        self.errors = {}
        form = self.request.form
        if self.request.method == "POST" and "form.buttons.send" in form:
            CheckAuthenticator(self.request)
            self.handle(form)
        return self.index()

    def value(self, name) -> str:
        value = self.request.form.get(name, "")
        return value if isinstance(value, str) and not self.sent else ""

    def handle(self, form) -> None:
        if str(form.get(HONEYPOT, "") or "").strip():
            self.sent = True  # a robot: thanked, not stored
            return
        message = form.get("message", "")
        email = form.get("email", "")
        message = message.strip() if isinstance(message, str) else ""
        email = email.strip() if isinstance(email, str) else ""
        if not message:
            self.errors["message"] = _("Please describe what is outdated or wrong.")
        elif len(message) > MAX_MESSAGE_LENGTH:
            self.errors["message"] = _(
                "msg_report_too_long",
                default="Please keep it under ${max} characters.",
                mapping={"max": MAX_MESSAGE_LENGTH},
            )
        if email and (len(email) > 254 or not EMAIL.match(email)):
            self.errors["email"] = _("This is not an e-mail address.")
        if self.errors:
            self.request.response.setStatus(400)
            return
        if not allow_report(self.request.getClientAddr() or "unknown"):
            self.errors["form"] = _(
                "You have sent several reports in a short time. Please try "
                "again in an hour."
            )
            self.request.response.setStatus(429)
            return
        add_report(self.context, message, email, datetime.now())
        self.sent = True
