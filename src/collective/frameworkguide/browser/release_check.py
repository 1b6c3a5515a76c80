"""``@@framework-release-check``: reviewers check the package index now.

A GET shows the setting, the guide's profiles with a package name and the last
run; the button (a POST with plone.protect's token) runs the check for this
guide under the database lease and shows what it did, profile by profile. The
daily ``scripts/release_check.py`` does the same for every guide.
"""

from collective.frameworkguide import _
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.releases.check import checked_profiles
from collective.frameworkguide.releases.check import index_url
from collective.frameworkguide.releases.check import run_check
from collective.frameworkguide.releases.lock import last_run
from collective.frameworkguide.releases.maintenance import warning_months
from datetime import datetime
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView


ACTIONS = {
    "proposed": _("proposed to the reviewers"),
    "updated": _("waiting proposal updated"),
    "suggested": _("written into the draft as a suggestion"),
    "unchanged": _("already up to date"),
    "waiting": _("left alone: a change is in review"),
    "declined": _("declined by a reviewer before"),
    "failed": _("not read: nothing changed"),
    "not checked": _("left for the next run"),
}

STOPPED = {
    "off": _("The check is off: no package index URL is set in the control panel."),
    "running": _("Another check is running; nothing was done. Try again later."),
    "fresh": _("A check has just finished; nothing was done."),
}


class ReleaseCheckView(BrowserView):
    result = None

    def __call__(self):
        if self.request.method == "POST" and "form.buttons.check" in self.request.form:
            CheckAuthenticator(self.request)
            portal = api.portal.get()
            self.result = run_check(portal, [self.context])
        return self.index()

    def index_url(self) -> str:
        return index_url()

    def settings_url(self) -> str:
        return f"{api.portal.get().absolute_url()}/@@framework-guide-settings"

    def profiles(self) -> list[dict]:
        return [
            {
                "title": profile.Title(),
                "url": profile.absolute_url(),
                "package": profile.package_name,
                "version": profile.latest_version or "",
                "released": profile.latest_release_date,
            }
            for profile in checked_profiles([self.context])
        ]

    def months(self) -> int:
        return warning_months(self.context)

    def stopped(self):
        return STOPPED.get(self.result.stopped) if self.result else None

    def outcomes(self) -> list[dict]:
        if self.result is None:
            return []
        return [
            {**vars(outcome), "action_title": ACTIONS[outcome.action]}
            for outcome in self.result.outcomes
        ]

    def last_run(self) -> dict | None:
        summary = last_run(api.portal.get())
        if not summary:
            return None
        finished = datetime.fromtimestamp(summary.pop("finished"))
        counts = ", ".join(
            f"{translate_message(ACTIONS.get(action, action), self.request)}: {n}"
            for action, n in sorted(summary.items())
        )
        return {"finished": self.localized(finished, long=True), "counts": counts}

    def localized(self, value, long=False) -> str:
        if not value:
            return ""
        return api.portal.get_localized_time(datetime=value, long_format=long)
