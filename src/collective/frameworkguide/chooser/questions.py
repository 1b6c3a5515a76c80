"""The chooser's questions, and how a query string becomes its answers.

Shared by ``@@framework-chooser``, the REST endpoint ``@framework-chooser`` and
their serializer; the scoring rules are in ``scoring.py``::

    >>> answers, notices = parse_answers(
    ...     {"use_case": "crud", "admin": "maybe"}, {"crud": "CRUD app"}
    ... )
    >>> answers.use_case, answers.needs_admin
    ('crud', None)
"""

from collections.abc import Mapping
from collective.frameworkguide import _
from collective.frameworkguide.guide.querystring import QueryReader
from collective.frameworkguide.guide.querystring import shorten
from dataclasses import dataclass
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
