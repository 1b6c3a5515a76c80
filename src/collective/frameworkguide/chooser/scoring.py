"""The chooser: a few answers in, a ranked list of profiles with reasons out.

Pure functions over plain data, shared by ``@@framework-chooser`` and the REST
endpoint ``@framework-chooser`` (through ``recommend.py``); nothing here reads
the request or the site. The questions and how answers are read live in
``questions.py``; this module holds the scoring rules::

    >>> from collective.frameworkguide.chooser.questions import parse_answers
    >>> answers, notices = parse_answers(
    ...     {"use_case": "crud", "admin": "yes"}, {"crud": "CRUD app"}
    ... )
    >>> profiles = [
    ...     {"id": "flask", "title": "Flask", "use_cases": ["one-page"]},
    ...     {"id": "django", "title": "Django", "use_cases": ["crud"],
    ...      "batteries": ["admin"]},
    ... ]
    >>> [(r.profile["id"], r.score) for r in rank(profiles, answers)]
    [('django', 6), ('flask', -1)]

Every point comes from a profile's own data (``use_cases``, ``batteries``,
``learning_curve``, ``flexibility``, ``ecosystem``, ``documentation_quality``),
so editors change a recommendation by editing profiles; the rules are listed in
``docs/visitors.rst``.
"""

from collections.abc import Mapping
from collective.frameworkguide import _
from collective.frameworkguide.chooser.decisive import decisive_verdicts
from collective.frameworkguide.chooser.questions import ChooserAnswers
from collective.frameworkguide.guide.card import rating_label
from collective.frameworkguide.guide.card import RATING_TITLES
from dataclasses import dataclass
from dataclasses import field
from zope.i18nmessageid import Message


# Points per rule; a rating counts as high from 4 and as low up to 2 (of 5).
USE_CASE_POINTS = 4
EASY_TO_LEARN_POINTS = 2
STEEP_FOR_NEWCOMERS_POINTS = -2
VERY_STEEP_POINTS = -1
ADMIN_POINTS = 2
NO_ADMIN_POINTS = -1
FLEXIBLE_POINTS = 2
RIGID_POINTS = -2
ORM_POINTS = 1
NO_ORM_POINTS = -1
PERMISSIONS_POINTS = 2
WORKFLOW_POINTS = 2
NO_ACCESS_CONTROL_POINTS = -1
HIGH = 4
LOW = 2


@dataclass(frozen=True)
class Reason:
    """One rule that applied to a profile: its points and why, as an i18n message.

    A decisive criterion's verdict is a ``Reason`` with ``criterion`` (its id)
    and ``verdict`` set and no points: evidence for the reader, not a weight,
    kept apart from the reasons of the ranking (``Recommendation.decisive``).
    """

    message: Message
    points: int
    criterion: str = ""
    verdict: str = ""


@dataclass
class Recommendation:
    """A profile (plain data, as from the catalog card) with its score, the
    reasons that make it (each worth points) and, apart, the verdicts on the
    guide's decisive criteria (worth none). Equal scores share a ``rank``."""

    profile: dict
    score: int = 0
    reasons: list[Reason] = field(default_factory=list)
    rank: int = 0
    decisive: list[Reason] = field(default_factory=list)

    @property
    def pros(self) -> list[Reason]:
        return [r for r in self.reasons if r.points > 0]

    @property
    def cons(self) -> list[Reason]:
        return [r for r in self.reasons if r.points < 0]


def _rating_reason(msgid: str, default: str, name: str, value: int) -> Message:
    return _(
        msgid,
        default=default,
        mapping={"criterion": RATING_TITLES[name], "rating": rating_label(value)},
    )


def reasons_for(profile: Mapping, answers: ChooserAnswers) -> list[Reason]:
    """The rules that apply to one profile, in the order of the questions."""
    reasons: list[Reason] = []
    batteries = set(profile.get("batteries") or ())

    if answers.use_case and answers.use_case in (profile.get("use_cases") or ()):
        message = _(
            "reason_use_case",
            default="This guide recommends it for “${use_case}”.",
            mapping={"use_case": answers.use_case_title or answers.use_case},
        )
        reasons.append(Reason(message, USE_CASE_POINTS))

    learning = profile.get("learning_curve")
    if learning and answers.experience == "new":
        if learning >= HIGH:
            message = _rating_reason(
                "reason_easy_to_learn",
                "${criterion}: ${rating}. A good start for a team new to web "
                "frameworks.",
                "learning_curve",
                learning,
            )
            reasons.append(Reason(message, EASY_TO_LEARN_POINTS))
        elif learning <= LOW:
            message = _rating_reason(
                "reason_steep_for_newcomers",
                "${criterion}: ${rating}. Hard going for a team new to web frameworks.",
                "learning_curve",
                learning,
            )
            reasons.append(Reason(message, STEEP_FOR_NEWCOMERS_POINTS))
    elif learning and answers.experience == "some" and learning < LOW:
        message = _rating_reason(
            "reason_very_steep",
            "${criterion}: ${rating}. Expect a long learning period.",
            "learning_curve",
            learning,
        )
        reasons.append(Reason(message, VERY_STEEP_POINTS))

    if answers.needs_admin:
        if "admin" in batteries:
            message = _("reason_admin", default="An admin interface is built in.")
            reasons.append(Reason(message, ADMIN_POINTS))
        else:
            message = _(
                "reason_no_admin",
                default="No admin interface built in: you would build or add one.",
            )
            reasons.append(Reason(message, NO_ADMIN_POINTS))

    flexibility = profile.get("flexibility")
    if answers.own_libraries and flexibility:
        if flexibility >= HIGH:
            message = _rating_reason(
                "reason_flexible",
                "${criterion}: ${rating}. Mix in the libraries you prefer.",
                "flexibility",
                flexibility,
            )
            reasons.append(Reason(message, FLEXIBLE_POINTS))
        elif flexibility <= LOW:
            message = _rating_reason(
                "reason_rigid",
                "${criterion}: ${rating}. Its built-in parts are hard to swap.",
                "flexibility",
                flexibility,
            )
            reasons.append(Reason(message, RIGID_POINTS))
    elif answers.own_libraries is False:
        if "orm" in batteries:
            message = _("reason_orm", default="A database layer (ORM) is built in.")
            reasons.append(Reason(message, ORM_POINTS))
        else:
            message = _(
                "reason_no_orm",
                default="You choose and integrate a database layer yourself.",
            )
            reasons.append(Reason(message, NO_ORM_POINTS))

    if answers.needs_permissions:
        if "permissions" in batteries:
            message = _(
                "reason_permissions", default="Fine-grained permissions are built in."
            )
            reasons.append(Reason(message, PERMISSIONS_POINTS))
        if "workflow" in batteries:
            message = _("reason_workflow", default="Content workflows are built in.")
            reasons.append(Reason(message, WORKFLOW_POINTS))
        if not batteries & {"permissions", "workflow"}:
            message = _(
                "reason_no_access_control",
                default="Neither permissions nor workflows are built in.",
            )
            reasons.append(Reason(message, NO_ACCESS_CONTROL_POINTS))
    return reasons


def _sort_key(recommendation: Recommendation):
    profile = recommendation.profile
    # Within a tie, the larger ecosystem, then the better documentation come
    # first (both make the first months easier); they share the rank.
    return (
        -recommendation.score,
        -(profile.get("ecosystem") or 0),
        -(profile.get("documentation_quality") or 0),
        (profile.get("title") or "").lower(),
    )


def rank(
    profiles: list[dict], answers: ChooserAnswers, decisive: list[dict] = ()
) -> list[Recommendation]:
    """Every profile scored against the answers, best first, ranks from 1.

    Equal scores share a rank (1, 1, 3, …): nothing in the answers sets them
    apart. ``profiles`` are plain dicts as ``GuideComparison.all_profiles``
    gives them (catalog card values plus ``id``, ``title`` and ``url``);
    ``decisive`` are the guide's decisive criteria, whose verdicts are kept
    beside the reasons (``Recommendation.decisive``).
    """
    recommendations = []
    for profile in profiles:
        reasons = reasons_for(profile, answers)
        verdicts = [
            Reason(message, 0, criterion, verdict)
            for message, criterion, verdict in decisive_verdicts(profile, decisive)
        ]
        score = sum(reason.points for reason in reasons)
        recommendations.append(Recommendation(profile, score, reasons, 0, verdicts))
    recommendations.sort(key=_sort_key)
    previous = None
    for position, recommendation in enumerate(recommendations, start=1):
        tied = previous is not None and previous.score == recommendation.score
        recommendation.rank = previous.rank if tied else position
        previous = recommendation
    return recommendations
