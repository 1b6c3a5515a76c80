"""``@@framework-chooser``: a few questions, a ranked recommendation with reasons."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import compare_url
from collective.frameworkguide.browser.base import GuidePageMixin
from collective.frameworkguide.chooser.outcome import BEST_MATCH
from collective.frameworkguide.chooser.outcome import NO_MATCH
from collective.frameworkguide.chooser.outcome import TIE_ORDER_NOTE
from collective.frameworkguide.chooser.questions import EXPERIENCE_LEVELS
from collective.frameworkguide.chooser.questions import QUESTION_TITLES
from collective.frameworkguide.chooser.questions import YES_NO
from collective.frameworkguide.chooser.questions import YES_NO_PARAMETERS
from collective.frameworkguide.chooser.recommend import recommend
from collective.frameworkguide.criteria import VERDICT_ICONS
from collective.frameworkguide.guide.comparison import GuideComparison
from Products.Five.browser import BrowserView
from urllib.parse import urlencode


# A ranking of a thousand cards helps nobody and weighs megabytes; the rest
# scored lower and is counted, not listed.
SHOWN_RECOMMENDATIONS = 10
NO_PREFERENCE = _("No preference")
NOT_SURE = _("Not sure yet")


class FrameworkChooserView(GuidePageMixin, BrowserView):
    """The chooser form (GET, so a result is a shareable URL) and its result."""

    def update(self):
        self.comparison = GuideComparison(self.context)
        result = recommend(self.comparison, self.request.form)
        self.answers = result.answers
        self.notices = result.notices
        self.recommendations = result.recommendations
        self.outcome = result.outcome
        self.selected = self.answers.as_query()
        # Submitted with every answer left at "no preference".
        self.nothing_answered = not self.answers.given and any(
            name in self.request.form for name in QUESTION_TITLES
        )

    def __call__(self):
        self.update()
        return self.index()

    def shown_recommendations(self) -> list:
        """The best ``SHOWN_RECOMMENDATIONS`` of the ranking."""
        return self.recommendations[:SHOWN_RECOMMENDATIONS]

    def unlisted_count(self) -> int:
        return max(0, len(self.recommendations) - SHOWN_RECOMMENDATIONS)

    def outcome_token(self) -> str:
        """``best_match``, ``tie`` or ``no_match`` (``""`` without a ranking)."""
        return self.outcome.token if self.outcome is not None else ""

    def is_match(self) -> bool:
        """Whether anything speaks for a framework: ranks and a comparison of
        the first two are shown only then."""
        return self.outcome_token() not in ("", NO_MATCH)

    def outcome_class(self) -> str:
        tone = "alert-info" if self.is_match() else "alert-warning"
        token = self.outcome_token()
        return f"alert {tone} framework-outcome framework-outcome-{token}"

    def is_best_match(self, recommendation) -> bool:
        return self.outcome_token() == BEST_MATCH and recommendation.rank == 1

    def shares_first_place(self, recommendation) -> bool:
        return recommendation in (self.outcome.leaders if self.is_match() else ())

    def card_class(self, recommendation) -> str:
        classes = ["card", "mb-3", "framework-recommendation"]
        if self.is_best_match(recommendation):
            classes.append("framework-best-match")
        elif self.shares_first_place(recommendation):
            classes.append("framework-shared-first")
        return " ".join(classes)

    def tie_note(self):
        """How frameworks of equal score are ordered, when some are shown."""
        ranks = [r.rank for r in self.shown_recommendations()]
        return TIE_ORDER_NOTE if len(set(ranks)) < len(ranks) else None

    def questions(self) -> list[dict]:
        """Each question with its parameter name, options and the chosen value."""
        choices = {
            "use_case": [("", NOT_SURE), *self.comparison.use_cases.items()],
            "experience": [("", NO_PREFERENCE), *EXPERIENCE_LEVELS.items()],
        }
        for name in YES_NO_PARAMETERS:
            choices[name] = [("", NO_PREFERENCE), *YES_NO.items()]
        return [
            {
                "name": name,
                "title": QUESTION_TITLES[name],
                "options": [
                    {
                        "value": value,
                        "title": title,
                        "id": f"chooser-{name}-{value or 'any'}",
                        "checked": self.selected[name] == value,
                    }
                    for value, title in options
                ],
            }
            for name, options in choices.items()
        ]

    def verdict_icon(self, verdict: str) -> str:
        return VERDICT_ICONS.get(verdict, "?")

    def share_url(self) -> str:
        query = urlencode([(k, v) for k, v in self.selected.items() if v])
        return f"{self.context.absolute_url()}/@@framework-chooser?{query}"

    def compare_top_url(self) -> str:
        top = [r.profile["id"] for r in self.recommendations[:2]]
        return compare_url(self.context.absolute_url(), top)
