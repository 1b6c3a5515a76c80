"""``@@framework-chooser``: a few questions, a ranked recommendation with reasons."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import compare_url
from collective.frameworkguide.browser.base import GuidePageMixin
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
