"""The chooser: a few answers in, a ranked list of profiles with reasons out.

Pure functions over plain data, shared by ``@@framework-chooser`` and the REST
endpoint ``@framework-chooser``; nothing here reads the request or the site::

    >>> answers, notices = parse_answers(
    ...     {"use_case": "crud", "admin": "yes"}, {"crud": "CRUD app"}
    ... )
    >>> [r.profile["id"] for r in rank(profiles, answers)]  # doctest: +SKIP
    ['django', 'plone', 'flask', 'pyramid']

Every point comes from a profile's own data (``use_cases``, ``batteries``,
``learning_curve``, ``flexibility``, ``ecosystem``, ``documentation_quality``),
so editors change a recommendation by editing profiles; the rules are listed in
``docs/visitors.rst``.
"""

from collections.abc import Mapping
from collective.frameworkguide import _
from collective.frameworkguide.criteria.reasons import decisive_verdicts
from collective.frameworkguide.profile_data import rating_label
from collective.frameworkguide.profile_data import RATING_TITLES
from collective.frameworkguide.querystring import QueryReader
from collective.frameworkguide.querystring import shorten
from dataclasses import dataclass
from dataclasses import field
from zope.i18nmessageid import Message


# Query-string parameters and the answers they accept ("" = no preference).
EXPERIENCE_LEVELS = {
    "new": _("experience_new", default="New to web frameworks"),
    "some": _("experience_some", default="Some experience"),
    "experienced": _("experience_experienced", default="Experienced"),
}
YES_NO = {
    "yes": _("answer_yes", default="Yes"),
    "no": _("answer_no", default="No"),
}
YES_NO_PARAMETERS = ("admin", "own_libraries", "permissions")
QUESTION_TITLES = {
    "use_case": _("What are you building?"),
    "experience": _("How experienced is your team with web frameworks?"),
    "admin": _("Do you need a built-in admin interface or back office?"),
    "own_libraries": _(
        "Do you want to pick your own libraries (database layer, templates, forms)?"
    ),
    "permissions": _("Do you need fine-grained permissions and workflows?"),
}

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
class ChooserAnswers:
    """What the visitor told the chooser; ``None`` and ``""`` mean no preference."""

    use_case: str = ""
    use_case_title: str = ""
    experience: str = ""
    needs_admin: bool | None = None
    own_libraries: bool | None = None
    needs_permissions: bool | None = None

    @property
    def given(self) -> bool:
        """Whether at least one question was answered."""
        return bool(
            self.use_case
            or self.experience
            or self.needs_admin is not None
            or self.own_libraries is not None
            or self.needs_permissions is not None
        )

    def as_query(self) -> dict[str, str]:
        """The answers as query-string parameters (the chooser's form names)."""

        def yes_no(value):
            return "" if value is None else ("yes" if value else "no")

        return {
            "use_case": self.use_case,
            "experience": self.experience,
            "admin": yes_no(self.needs_admin),
            "own_libraries": yes_no(self.own_libraries),
            "permissions": yes_no(self.needs_permissions),
        }


@dataclass(frozen=True)
class Reason:
    """One rule that applied to a profile: its points and why, as an i18n message.

    A decisive criterion's verdict is a reason with ``criterion`` (its id) and
    ``verdict`` set and no points: evidence for the reader, not a weight.
    """

    message: Message
    points: int
    criterion: str = ""
    verdict: str = ""


@dataclass
class Recommendation:
    """A profile (plain data, as from the catalog card) with its score and reasons."""

    profile: dict
    score: int = 0
    reasons: list[Reason] = field(default_factory=list)
    rank: int = 0

    @property
    def pros(self) -> list[Reason]:
        return [r for r in self.reasons if r.points > 0]

    @property
    def cons(self) -> list[Reason]:
        return [r for r in self.reasons if r.points < 0]

    @property
    def decisive(self) -> list[Reason]:
        """The verdicts on the guide's decisive criteria."""
        return [r for r in self.reasons if r.criterion]


def _invalid_answer(name: str, value: str) -> Message:
    return _(
        "notice_invalid_answer",
        default="“${value}” is not an answer to “${name}”; it was ignored.",
        mapping={"value": shorten(value), "name": name},
    )


def parse_answers(
    form: Mapping, use_cases: Mapping[str, str]
) -> tuple[ChooserAnswers, list[Message]]:
    """Answers from a query string's form mapping, and notices about what was ignored.

    ``use_cases`` maps the guide's use-case tokens to their titles (the
    ``collective.frameworkguide.use_cases`` vocabulary). Unknown, repeated or
    unreadable values never raise: they become notices.
    """
    reader = QueryReader(form)
    notices: list[Message] = []

    use_case = reader.one("use_case")
    if use_case and use_case not in use_cases:
        notices.append(
            _(
                "notice_unknown_use_case",
                default="“${value}” is not a use case of this guide; it was ignored.",
                mapping={"value": shorten(use_case)},
            )
        )
        use_case = ""

    experience = reader.one("experience")
    if experience and experience not in EXPERIENCE_LEVELS:
        notices.append(_invalid_answer("experience", experience))
        experience = ""

    flags: dict[str, bool | None] = {}
    for name in YES_NO_PARAMETERS:
        value = reader.one(name)
        flags[name] = {"yes": True, "no": False}.get(value)
        if value and flags[name] is None:
            notices.append(_invalid_answer(name, value))

    answers = ChooserAnswers(
        use_case=use_case,
        use_case_title=use_cases.get(use_case, ""),
        experience=experience,
        needs_admin=flags["admin"],
        own_libraries=flags["own_libraries"],
        needs_permissions=flags["permissions"],
    )
    return answers, reader.notices + notices


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
    # Ties go to the larger ecosystem, then the better documentation: both
    # make the first months with a framework easier.
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

    ``profiles`` are plain dicts as ``GuideComparison.all_profiles`` gives them
    (catalog card values plus ``id``, ``title`` and ``url``); ``decisive`` are
    the guide's decisive criteria, whose verdicts join the reasons.
    """
    recommendations = []
    for profile in profiles:
        reasons = reasons_for(profile, answers) + [
            Reason(message, 0, criterion, verdict)
            for message, criterion, verdict in decisive_verdicts(profile, decisive)
        ]
        score = sum(reason.points for reason in reasons)
        recommendations.append(Recommendation(profile, score, reasons))
    recommendations.sort(key=_sort_key)
    for position, recommendation in enumerate(recommendations, start=1):
        recommendation.rank = position
    return recommendations
