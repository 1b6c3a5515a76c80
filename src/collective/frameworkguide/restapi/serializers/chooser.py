"""JSON shape of ``@framework-chooser``: the chooser's questions and ranking.

The ranking is ``GuideComparison.recommend``'s, the one the HTML chooser
shows; recommendations come in plone.restapi batches (``b_start``,
``b_size``).
"""

from collective.frameworkguide.chooser.questions import EXPERIENCE_LEVELS
from collective.frameworkguide.chooser.questions import QUESTION_TITLES
from collective.frameworkguide.chooser.questions import YES_NO
from collective.frameworkguide.chooser.questions import YES_NO_PARAMETERS
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.restapi.serializers.guide import TermTitles
from plone.restapi.batching import HypermediaBatch
from zope.i18n import translate


class ChooserSerializer:
    """``@framework-chooser``: the answers as understood, the questions, and
    the ranked recommendations of ``GuideComparison.recommend``."""

    def __init__(self, comparison, answers, notices, recommendations, request):
        self.comparison = comparison
        self.answers = answers
        self.notices = notices
        self.recommendations = recommendations
        self.request = request
        self.use_cases = TermTitles(comparison.use_cases, request)
        self.choices = {
            "use_case": self.use_cases,
            "experience": TermTitles(EXPERIENCE_LEVELS, request),
            **{name: TermTitles(YES_NO, request) for name in YES_NO_PARAMETERS},
        }

    def __call__(self) -> dict:
        guide = self.comparison.guide
        batch = HypermediaBatch(self.request, self.recommendations)
        answer = {
            "@id": f"{guide.absolute_url()}/@framework-chooser",
            "guide": {"@id": guide.absolute_url(), "title": guide.Title()},
            "answered": self.answers.given,
            "answers": {
                name: self.choices[name].term(value)
                for name, value in self.answers.as_query().items()
            },
            "notices": [translate_message(n, self.request) for n in self.notices],
            "questions": self.questions(),
            "recommendations": [self.recommendation(r) for r in batch],
            "items_total": batch.items_total,
        }
        if batch.links:
            answer["batching"] = batch.links
        return answer

    def questions(self) -> list[dict]:
        """Each question (the query-string parameter) with the answers it takes."""
        return [
            {
                "name": name,
                "title": translate(title, context=self.request),
                "options": self.choices[name].all(),
            }
            for name, title in QUESTION_TITLES.items()
        ]

    def recommendation(self, recommendation) -> dict:
        profile = recommendation.profile
        return {
            "rank": recommendation.rank,
            "score": recommendation.score,
            "profile": {
                "@id": profile["url"],
                "id": profile["id"],
                "title": profile["title"],
                "description": profile.get("description") or "",
            },
            "reasons": [self.reason(reason) for reason in recommendation.reasons],
        }

    def reason(self, reason) -> dict:
        data = {
            "message": translate_message(reason.message, self.request),
            "points": reason.points,
        }
        if reason.criterion:
            data["criterion"] = {"id": reason.criterion, "verdict": reason.verdict}
        return data
