"""``@@framework-review``: the reviewer desk of a guide (reviewers and editors).

Everything that needs someone's attention, each row linking to what to do:
profiles waiting for review (with the changes against the published version),
published profiles due for review, idle drafts and open reader reports, which
reviewers close here with a comment.
"""

from AccessControl import Unauthorized
from collective.frameworkguide import _
from collective.frameworkguide.browser.base import is_guide_editor
from collective.frameworkguide.guide.freshness import DRAFT_IDLE_DAYS
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.permissions import REVIEW_PROFILE
from collective.frameworkguide.releases.maintenance import warning_months
from collective.frameworkguide.review import desk
from collective.frameworkguide.review.reports import close_report
from datetime import datetime
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from Products.statusmessages.interfaces import IStatusMessage


class FrameworkReviewView(BrowserView):
    error = None
    missing_template = ViewPageTemplateFile("templates/missing.pt")

    def missing_box(self, missing) -> str:
        """The completeness warning of a pending profile's criteria."""
        return self.missing_template(missing=missing)

    def __call__(self):
        if not is_guide_editor(self.context):
            raise Unauthorized("The reviewer desk is for the guide's editors.")
        if self.request.method == "POST" and "form.buttons.close" in self.request.form:
            response = self.close()
            if response is not None:
                return response
        self.update()
        return self.index()

    def update(self):
        day = today()
        self.months = interval_of(self.context)
        self.idle_days = DRAFT_IDLE_DAYS
        self.pending = desk.pending_rows(self.context)
        self.stale = desk.stale_rows(self.context, day)
        self.quiet = desk.quiet_rows(self.context, day)
        self.release_months = warning_months(self.context)
        self.drafts = desk.idle_draft_rows(self.context, day)
        self.reports = desk.report_rows(self.context)

    def can_review(self) -> bool:
        return api.user.has_permission(REVIEW_PROFILE, obj=self.context)

    def close(self):
        """Close a report with a comment; redirects on success."""
        CheckAuthenticator(self.request)
        form = self.request.form
        profile = self.context.get(str(form.get("profile", "")))
        if profile is None or not IFrameworkProfile.providedBy(profile):
            self.error = _("That report no longer exists.")
            return None
        if not api.user.has_permission(REVIEW_PROFILE, obj=profile):
            raise Unauthorized("Only reviewers close reports.")
        comment = (form.get("comment") or "").strip()
        if not comment:
            self.error = _("Please say what was done about the report.")
            return None
        userid = api.user.get_current().getId()
        if not close_report(
            profile, str(form.get("report", "")), userid, comment, datetime.now()
        ):
            self.error = _("That report no longer exists.")
            return None
        IStatusMessage(self.request).add(_("The report was closed."), type="info")
        return self.request.response.redirect(
            f"{self.context.absolute_url()}/@@framework-review#reports-heading",
            status=303,
        )

    def localized(self, value) -> str:
        if not value:
            return ""
        return api.portal.get_localized_time(datetime=value)
