"""What the guide's pages share: permissions, links and the compare form."""

from collective.frameworkguide.guide.freshness import freshness
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.guide.ramcache import cached_fragment
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.permissions import ADD_PROFILE
from collective.frameworkguide.permissions import MODIFY_CONTENT
from collective.frameworkguide.permissions import REVIEW_PROFILE
from plone import api
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from urllib.parse import parse_qsl
from urllib.parse import urlencode


def is_guide_editor(context) -> bool:
    """Whether the user writes or reviews the profiles of ``context``'s guide.

    ``context`` is the guide or one of its profiles: whoever may modify or
    review it, or add profiles to the guide (editors, reviewers, Site
    Administrators, Managers). Not just who may edit a profile: a pending
    profile is read-only even for its editors, who still want to know where
    it stands.
    """
    guide = context if IFrameworkGuide.providedBy(context) else context.aq_parent
    return (
        api.user.has_permission(MODIFY_CONTENT, obj=context)
        or api.user.has_permission(REVIEW_PROFILE, obj=context)
        or api.user.has_permission(ADD_PROFILE, obj=guide)
    )


def compare_url(guide_url: str, ids: list[str]) -> str:
    """The address of ``@@framework-compare`` for the profiles ``ids``."""
    query = urlencode([("profiles", profile_id) for profile_id in ids])
    return f"{guide_url}/@@framework-compare?{query}"


class GuidePageMixin:
    """For views of a FrameworkGuide; ``self.comparison`` is set in ``update``."""

    compare_form_template = ViewPageTemplateFile("templates/compare_form.pt")
    matrix_template = ViewPageTemplateFile("templates/matrix.pt")
    notices_template = ViewPageTemplateFile("templates/notices.pt")
    differences_template = ViewPageTemplateFile("templates/differences.pt")

    def translate(self, message) -> str:
        return translate_message(message, self.request)

    def can_add(self) -> bool:
        return api.user.has_permission(ADD_PROFILE, obj=self.context)

    def guide_url(self) -> str:
        return self.context.absolute_url()

    def compare_form(self, chosen_ids=(), profiles=None):
        """The form that picks profiles to compare (a plain GET form)."""
        return self.compare_form_template(
            profiles=self.comparison.all_profiles if profiles is None else profiles,
            chosen_ids=list(chosen_ids),
            differences=self.comparison.differences,
        )

    page_address = ""  # the view's name after the guide's URL, if any

    def differences_url(self) -> str:
        """This page with *show differences only* switched (a plain link)."""
        query = [
            (key, value)
            for key, value in parse_qsl(
                self.request.get("QUERY_STRING", ""), keep_blank_values=True
            )
            if key not in ("differences", "page")
        ]
        if not self.comparison.differences:
            query.append(("differences", "1"))
        suffix = f"?{urlencode(query)}" if query else ""
        return f"{self.guide_url()}{self.page_address}{suffix}"

    def compare_url(self, ids) -> str:
        return compare_url(self.guide_url(), ids)

    def matrix_table(self, rows, profiles, caption, caption_id, highlight=False):
        """The comparison table: criteria as rows, ``profiles`` as columns.

        The table is the costliest part of a guide page and the same for every
        visitor who asks for the same page, so it is kept in RAM under a digest
        of everything it is rendered from (see ``guide.ramcache``).
        """
        inputs = {
            "rows": rows,
            "profiles": profiles,
            "headers": self.matrix_headers(profiles),
            "caption": caption,
            "caption_id": caption_id,
            "highlight": highlight,
        }
        return cached_fragment(
            ("matrix", self.request.get("LANGUAGE", ""), inputs),
            lambda: self.matrix_template(**inputs),
        )

    def matrix_headers(self, profiles) -> list[dict]:
        """Per column: the profile and its *review due* / *new* / *changed*
        markers, from the catalog card (no profile is loaded)."""
        months = interval_of(self.context)
        day = today()
        return [
            {"profile": profile, **freshness(profile, months, day)}
            for profile in profiles
        ]

    def differences_box(self, profiles) -> str:
        """The *show differences only* / *show all rows* link (two profiles or
        more), and what is hidden while it is on."""
        if len(profiles) < 2:
            return ""
        return self.differences_template(
            on=self.comparison.differences, url=self.differences_url()
        )

    def notices_box(self, notices) -> str:
        """What could not be used from the query string, as a status box."""
        return self.notices_template(notices=notices) if notices else ""
