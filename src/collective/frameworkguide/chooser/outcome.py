"""What a ranking says: one best match, a tie for first place, or no match.

Shared by ``@@framework-chooser`` and ``@framework-chooser``, so both say the
same. A profile is the *best match* only when it alone has the highest score
and that score is above zero; equal scores share a rank (``scoring.rank``)::

    >>> from collective.frameworkguide.chooser.questions import ChooserAnswers
    >>> from collective.frameworkguide.chooser.scoring import Recommendation
    >>> ranking = [
    ...     Recommendation({"id": "django", "title": "Django"}, 2, rank=1),
    ...     Recommendation({"id": "plone", "title": "Plone"}, 2, rank=1),
    ...     Recommendation({"id": "flask", "title": "Flask"}, -1, rank=3),
    ... ]
    >>> found = outcome_of(ranking, ChooserAnswers(needs_admin=True))
    >>> found.token, [r.profile["id"] for r in found.leaders]
    ('tie', ['django', 'plone'])
    >>> outcome_of(ranking[2:], ChooserAnswers(needs_admin=True)).token
    'no_match'
"""

from collective.frameworkguide import _
from collective.frameworkguide.chooser.questions import ChooserAnswers
from collective.frameworkguide.chooser.scoring import Recommendation
from dataclasses import dataclass
from itertools import takewhile
from zope.i18nmessageid import Message


BEST_MATCH = "best_match"
TIE = "tie"
NO_MATCH = "no_match"

# How the page orders frameworks that share a place (``scoring._sort_key``).
# A tie for first place names its frameworks up to this many, then counts them.
NAMED_LEADERS = 4
TIE_ORDER_NOTE = _(
    "tie_order_note",
    default="Frameworks with the same score share a place; within it they are "
    "listed by ecosystem, then documentation, then name.",
)


@dataclass(frozen=True)
class Outcome:
    """``token`` (``best_match``, ``tie`` or ``no_match``), the profiles in
    first place with a score above zero (``leaders``: one for a best match,
    several for a tie, none without a match) and the sentence that says so."""

    token: str
    leaders: tuple[Recommendation, ...]
    message: Message


def _no_match(recommendations, answers: ChooserAnswers) -> Outcome:
    recommended_for_use_case = any(
        answers.use_case in (r.profile.get("use_cases") or ()) for r in recommendations
    )
    if answers.use_case and not recommended_for_use_case:
        message = _(
            "outcome_no_match_use_case",
            default="This guide recommends no framework for “${use_case}”, and "
            "none scores above zero with your answers, so there is no best "
            "match. Below is what speaks for and against each.",
            mapping={"use_case": answers.use_case_title or answers.use_case},
        )
    elif not any(r.reasons for r in recommendations):
        message = _(
            "outcome_nothing_applies",
            default="None of your answers speaks for or against any framework "
            "in this guide, so there is no best match. Answer another question, "
            "or compare them yourself.",
        )
    else:
        message = _(
            "outcome_no_match",
            default="No framework in this guide scores above zero with your "
            "answers, so there is no best match. Below is what speaks for and "
            "against each.",
        )
    return Outcome(NO_MATCH, (), message)


def _names(recommendations) -> str | Message:
    """ "Django and Plone", "Django, Flask and Plone"; past ``NAMED_LEADERS``
    "12 frameworks"."""
    titles = [r.profile["title"] for r in recommendations]
    if len(titles) > NAMED_LEADERS:
        return _(
            "names_count",
            default="${count} frameworks",
            mapping={"count": len(titles)},
        )
    return _(
        "names_and",
        default="${names} and ${last}",
        mapping={"names": ", ".join(titles[:-1]), "last": titles[-1]},
    )


def outcome_of(
    recommendations: list[Recommendation], answers: ChooserAnswers
) -> Outcome | None:
    """The outcome of a ranking (best first, as ``scoring.rank`` gives it);
    ``None`` without a ranking."""
    if not recommendations:
        return None
    if recommendations[0].score <= 0:
        return _no_match(recommendations, answers)
    leaders = tuple(takewhile(lambda r: r.rank == 1, recommendations))
    score = leaders[0].score
    if len(leaders) == 1:
        message = _(
            "outcome_best_match",
            default="${framework} fits your answers best (score ${score}).",
            mapping={"framework": leaders[0].profile["title"], "score": score},
        )
        return Outcome(BEST_MATCH, leaders, message)
    message = _(
        "outcome_tie",
        default="${frameworks} share first place (score ${score}): nothing in "
        "your answers puts one ahead, so there is no best match.",
        mapping={"frameworks": _names(leaders), "score": score},
    )
    return Outcome(TIE, leaders, message)
