"""``@@framework-review-reminders`` (site root, Managers): mail the editors now.

A GET shows what would be mailed; the button (a POST with plone.protect's
token) sends it. The cron script ``scripts/review_reminders.py`` does the same.
"""

from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.review.reminders import editor_addresses
from collective.frameworkguide.review.reminders import pending_reminders
from collective.frameworkguide.review.reminders import send_reminders
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView


class ReviewRemindersView(BrowserView):
    result = None

    def __call__(self):
        if self.request.method == "POST" and "form.buttons.send" in self.request.form:
            CheckAuthenticator(self.request)
            self.result = send_reminders(self.context, today())
        self.rows = pending_reminders(self.context, today())
        self.recipients = editor_addresses()
        return self.index()
