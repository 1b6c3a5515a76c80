"""``@framework-chooser``'s JSON: a registered adapter of the chooser's result.

The answers as understood, the questions, the ranking of
``chooser.recommend`` (``IChooserResult``) and its outcome, what the HTML
chooser shows; the ranked profiles come as ``items`` in plone.restapi batches
(``b_start``, ``b_size``, ``items_total``, ``batching``), as in
``@framework-guide``::

    result = recommend(GuideComparison(guide), request.form)
    data = getMultiAdapter((result, request), ISerializeToJson)()
"""

from collective.frameworkguide.chooser.questions import EXPERIENCE_LEVELS
from collective.frameworkguide.chooser.questions import QUESTION_TITLES
from collective.frameworkguide.chooser.questions import YES_NO
from collective.frameworkguide.chooser.questions import YES_NO_PARAMETERS
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.interfaces import IChooserResult
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.restapi.serializers.profile import profile_reference
from collective.frameworkguide.restapi.serializers.terms import JsonTerms
from plone.restapi.batching import HypermediaBatch
from plone.restapi.interfaces import ISerializeToJson
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer


@implementer(ISerializeToJson)
@adapter(IChooserResult, IFrameworkGuideLayer)
class ChooserSerializer:
    """``@framework-chooser``: the answers as understood, the questions, the
    outcome and the ranked recommendations (``items``)."""

    def __init__(self, result, request):
        self.result = result
        self.request = request
        self.choices = {
            "use_case": JsonTerms(result.comparison.use_cases, request),
            "experience": JsonTerms(EXPERIENCE_LEVELS, request),
            **{name: JsonTerms(YES_NO, request) for name in YES_NO_PARAMETERS},
        }

    def __call__(self) -> dict:
        guide = self.result.comparison.guide
        answers = self.result.answers
        batch = HypermediaBatch(self.request, self.result.recommendations)
        answer = {
            "@id": f"{guide.absolute_url()}/@framework-chooser",
            "guide": {"@id": guide.absolute_url(), "title": guide.Title()},
            "answered": answers.given,
            "answers": {
                name: self.choices[name].term(value)
                for name, value in answers.as_query().items()
            },
            "notices": [
                translate_message(notice, self.request)
                for notice in self.result.notices
            ],
            "questions": self.questions(),
            "outcome": self.outcome(),
            "items": [self.recommendation(r) for r in batch],
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

    def outcome(self) -> dict | None:
        """``best_match``, ``tie`` or ``no_match`` with the page's sentence and
        the profiles in first place; ``None`` without a ranking."""
        outcome = self.result.outcome
        if outcome is None:
            return None
        return {
            "token": outcome.token,
            "message": translate_message(outcome.message, self.request),
            "leaders": [profile_reference(r.profile) for r in outcome.leaders],
        }

    def recommendation(self, recommendation) -> dict:
        profile = recommendation.profile
        return {
            "rank": recommendation.rank,
            "score": recommendation.score,
            "profile": {
                **profile_reference(profile),
                "description": profile.get("description") or "",
            },
            "reasons": [
                {
                    "message": translate_message(reason.message, self.request),
                    "points": reason.points,
                }
                for reason in recommendation.reasons
            ],
            "decisive_criteria": [
                {
                    "message": translate_message(verdict.message, self.request),
                    "criterion": {"id": verdict.criterion, "verdict": verdict.verdict},
                }
                for verdict in recommendation.decisive
            ],
        }
