"""``@@framework-profile``: one framework's full profile."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import is_guide_editor
from collective.frameworkguide.browser.profile_links import ProfileLinksMixin
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.content.vocabularies import TermTitles
from collective.frameworkguide.criteria import cell_of
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import missing_evidence
from collective.frameworkguide.criteria.matrix import criterion_cell
from collective.frameworkguide.guide.card import rating_label
from collective.frameworkguide.guide.card import RATING_TITLES
from collective.frameworkguide.guide.freshness import interval_of
from collective.frameworkguide.guide.freshness import is_stale
from collective.frameworkguide.guide.freshness import today
from collective.frameworkguide.guide.published import ARCHIVED
from collective.frameworkguide.guide.published import published_state_key
from collective.frameworkguide.guide.ramcache import cached_fragment
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.releases.maintenance import no_release_since
from collective.frameworkguide.releases.maintenance import warning_months
from collective.frameworkguide.releases.proposals import suggestion_for
from collective.frameworkguide.review.advice_history import changes
from collective.frameworkguide.workflow.history import reject_comment
from plone import api
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class FrameworkProfileView(ProfileLinksMixin, BrowserView):
    """The profile page: advice, ratings in words and bars, facts and links."""

    missing_template = ViewPageTemplateFile("templates/missing.pt")
    body_template = ViewPageTemplateFile("templates/profile_body.pt")

    def __call__(self):
        self.state = api.content.get_state(obj=self.context, default=None)
        return self.index()

    def body(self) -> str:
        """The profile's article.

        What visitors see depends only on catalogued data (the profile, its
        guide, the profiles it links), the language, the day (freshness) and
        what the user may see, so for everyone who cannot edit it is kept in
        RAM under those; editors, who also see states and warnings, get it
        rendered every time.
        """
        if self.is_editor():
            return self.body_template()
        guide = self.context.aq_parent
        inputs = (
            "profile-body",
            "/".join(self.context.getPhysicalPath()),
            # Changes saved without a reindex (scripts) count as well.
            self.context._p_mtime,
            guide._p_mtime,
            interval_of(guide),
            self.request.get("LANGUAGE", ""),
            today().isoformat(),
            *published_state_key(guide),
        )
        return cached_fragment(inputs, self.body_template)

    def criteria_rows(self) -> list[dict]:
        """The guide's visible criteria with this profile's cells."""
        values = getattr(self.context, "criteria_values", None)
        months, day = interval_of(self.context.aq_parent), today()
        return [
            {**row, "cell": criterion_cell(cell_of(values, row["id"]), months, day)}
            for row in guide_criteria(self.context.aq_parent)
        ]

    def missing_evidence(self) -> list[dict]:
        """For reviewers of a pending profile: unknown verdicts, missing sources."""
        if self.state != "pending" or not self.is_editor():
            return []
        values = getattr(self.context, "criteria_values", None)
        return missing_evidence(guide_criteria(self.context.aq_parent), values)

    def missing_box(self, missing) -> str:
        return self.missing_template(missing=missing)

    def is_archived(self) -> bool:
        return self.state == ARCHIVED

    def is_editor(self) -> bool:
        """Those who write or review profiles see the workflow state."""
        return is_guide_editor(self.context)

    def state_title(self) -> str:
        workflow_tool = api.portal.get_tool("portal_workflow")
        title = workflow_tool.getTitleForStateOnType(
            self.state, self.context.portal_type
        )
        return title or self.state or ""

    def reject_comment(self) -> str:
        """The reviewer's comment while the profile is back in draft after it."""
        return reject_comment(self.context)

    def kind_title(self) -> str:
        kinds = TermTitles.of_field("framework_kind")
        return kinds.title(self.context.framework_kind)

    def use_case_titles(self) -> list[str]:
        titles = TermTitles.of_field("use_cases")
        return titles.titles(titles.in_order(self.context.use_cases))

    def batteries(self) -> dict[str, list[str]]:
        """Battery titles, split into ``built_in`` and ``missing``."""
        have = set(self.context.batteries or ())
        terms = TermTitles.of_field("batteries").items()
        return {
            "built_in": [title for token, title in terms if token in have],
            "missing": [title for token, title in terms if token not in have],
        }

    def ratings(self) -> list[dict]:
        ratings = []
        for name in RATING_FIELDS:
            value = getattr(self.context, name, None)
            ratings.append(
                {
                    "name": name,
                    "title": RATING_TITLES[name],
                    "value": value,
                    "label": rating_label(value),
                    "css_class": f"framework-rating-{value}" if value else "",
                }
            )
        return ratings

    def last_reviewed(self) -> dict | None:
        reviewed = getattr(self.context, "last_reviewed", None)
        if not reviewed:
            return None
        return {
            "iso": reviewed.isoformat(),
            "text": api.portal.get_localized_time(datetime=reviewed),
        }

    def is_stale(self) -> bool:
        """A published profile whose last review is older than the guide's
        interval (archived ones already say they are no longer maintained)."""
        if self.state != "published":
            return False
        months = interval_of(self.context.aq_parent)
        return is_stale(getattr(self.context, "last_reviewed", None), months, today())

    def last_release(self) -> dict | None:
        """The latest release's date; ``quiet`` past the guide's threshold
        (published profiles only: archived ones say more already)."""
        released = getattr(self.context, "latest_release_date", None)
        if not released:
            return None
        months = warning_months(self.context.aq_parent)
        return {
            "iso": released.isoformat(),
            "text": api.portal.get_localized_time(datetime=released),
            "quiet": self.state == "published"
            and no_release_since(released, months, today()),
        }

    def release_suggestion(self) -> dict | None:
        """For a draft's editors: what the release check wrote into it."""
        return suggestion_for(self.context) if self.is_editor() else None

    def review_interval(self) -> int:
        return interval_of(self.context.aq_parent)

    def changelog(self) -> list[dict]:
        """The verdict history, newest first, in words."""
        kinds = TermTitles.of_field("framework_kind")
        use_cases = TermTitles.of_field("use_cases")

        def words(field, value):
            if field == "framework_kind":
                titles = [kinds.title(value)] if value else []
            else:
                titles = use_cases.titles(value)
            text = ", ".join(self._translate(title) for title in titles)
            return text or self._translate(_("nothing"))

        return [
            {
                "iso": entry["date"].isoformat(),
                "date": api.portal.get_localized_time(datetime=entry["date"]),
                "field": entry["field"],
                "old": words(entry["field"], entry["old"]),
                "new": words(entry["field"], entry["new"]),
            }
            for entry in changes(self.context)
        ]

    def _translate(self, message) -> str:
        return translate_message(message, self.request)

    def has_facts(self) -> bool:
        context = self.context
        return bool(
            context.license
            or context.latest_version
            or self.last_release()
            or context.first_release_year
            or self.last_reviewed()
            or self.successor()
            or self.links()
        )

    def text(self):
        text = getattr(self.context, "text", None)
        return text.output_relative_to(self.context) if text else ""
