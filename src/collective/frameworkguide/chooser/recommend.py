"""The chooser's answer for a guide: a form's answers in, ranked profiles out.

Shared by ``@@framework-chooser`` and the REST endpoint ``@framework-chooser``.
Unlike the pure scoring rules (``scoring.py``), it reads the guide's published
profiles (``GuideComparison.all_profiles``) and keeps rankings in RAM::

    result = recommend(GuideComparison(guide), {"use_case": "crud"})
    [r.profile["id"] for r in result.recommendations]  # ['django', ...]
"""

from collections.abc import Mapping
from collective.frameworkguide.chooser.outcome import Outcome
from collective.frameworkguide.chooser.outcome import outcome_of
from collective.frameworkguide.chooser.questions import ChooserAnswers
from collective.frameworkguide.chooser.questions import parse_answers
from collective.frameworkguide.chooser.scoring import rank
from collective.frameworkguide.chooser.scoring import Recommendation
from collective.frameworkguide.guide.published import published_state_key
from collective.frameworkguide.guide.ramcache import cached_fragment
from collective.frameworkguide.interfaces import IChooserResult
from dataclasses import dataclass
from zope.i18nmessageid import Message
from zope.interface import implementer


@implementer(IChooserResult)
@dataclass
class ChooserResult:
    """The answers as understood, the notices about the rest, the ranking
    (empty while no question is answered) and what it says (``outcome``:
    ``None`` without a ranking), for the guide of ``comparison``."""

    comparison: object  # a GuideComparison
    answers: ChooserAnswers
    notices: list[Message]
    recommendations: list[Recommendation]
    outcome: Outcome | None = None


def recommend(comparison, form: Mapping) -> ChooserResult:
    """The chooser's answers read from ``form`` and the published profiles of
    ``comparison`` (a ``GuideComparison``) ranked by :func:`scoring.rank`."""
    answers, notices = parse_answers(form, comparison.use_cases)
    if not answers.given:
        return ChooserResult(comparison, answers, notices, [])
    decisive = [row for row in comparison.criteria if row["decisive"]]
    # Scoring every profile is the chooser's whole cost; the same answers on
    # the same published data give the same ranking (shared, read-only).
    ranked = cached_fragment(
        (
            "ranking",
            *published_state_key(comparison.guide),
            answers.as_query(),
            decisive,
        ),
        lambda: rank(comparison.all_profiles, answers, decisive),
    )
    return ChooserResult(
        comparison, answers, notices, ranked, outcome_of(ranked, answers)
    )
