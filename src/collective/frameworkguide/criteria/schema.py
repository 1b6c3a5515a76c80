"""The ``criteria`` field of a guide and the ``criteria_values`` field of a profile.

Both are plain zope.schema fields (a ``List`` of dicts, a ``Dict`` of dicts)
marked with an interface, so the widgets (``browser/criteria_widgets.py``) and
the REST field deserializers (``restapi/deserializers/criteria.py``) are found
for them. Their constraints hold every rule, so the edit forms, REST and the
import refuse the same input::

    >>> check_cells({"async": {"verdict": "maybe"}})
    Traceback (most recent call last):
    ...
    collective.frameworkguide.errors.UnknownVerdict: {'async': {'verdict': 'maybe'}}
"""

from collective.frameworkguide import _
from collective.frameworkguide.content.validation import check_characters
from collective.frameworkguide.content.validation import check_web_url
from collective.frameworkguide.criteria import MAX_DESCRIPTION_LENGTH
from collective.frameworkguide.criteria import MAX_ID_LENGTH
from collective.frameworkguide.criteria import MAX_NOTE_LENGTH
from collective.frameworkguide.criteria import MAX_TITLE_LENGTH
from collective.frameworkguide.criteria import VERDICTS
from collective.frameworkguide.errors import FrameworkGuideValidationError
from collective.frameworkguide.errors import InvalidCell
from collective.frameworkguide.errors import InvalidCriterion
from collective.frameworkguide.errors import UnknownVerdict
from collective.frameworkguide.guide.freshness import as_date
from collective.frameworkguide.guide.freshness import today
from zope import schema
from zope.interface import alsoProvides
from zope.schema.interfaces import IDict
from zope.schema.interfaces import IList

import re


ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class ICriteriaField(IList):
    """Marker of a guide's ``criteria`` field."""


class ICriteriaValuesField(IDict):
    """Marker of a profile's ``criteria_values`` field."""


PROBLEM_TITLE = _("msg_criterion_title", default="give it a title.")
PROBLEM_TITLE_LONG = _(
    "msg_criterion_title_long", default="keep the title under 100 characters."
)
PROBLEM_DESCRIPTION_LONG = _(
    "msg_criterion_description_long",
    default="keep the description under 300 characters.",
)
PROBLEM_ID = _(
    "msg_criterion_id",
    default="its id may hold only lower-case letters, digits and hyphens.",
)
PROBLEM_ID_TAKEN = _("msg_criterion_id_taken", default="another row has its id.")
PROBLEM_CHARACTERS = _(
    "msg_criterion_characters", default="remove the invisible characters."
)
PROBLEM_NOTE_LONG = _(
    "msg_cell_note_long", default="keep the note under 500 characters."
)
PROBLEM_SOURCE = _(
    "msg_cell_source",
    default="enter a source address that starts with http:// or https://.",
)
PROBLEM_DATE = _("msg_cell_date", default="enter a date as YYYY-MM-DD.")
PROBLEM_FUTURE = _("msg_cell_future", default="the date lies in the future.")


def _text_ok(value: str, multiline: bool = False) -> bool:
    try:
        return check_characters(value, multiline=multiline)
    except FrameworkGuideValidationError:
        return False


def criterion_problem(row, taken: set) -> object:
    """What is wrong with one row (a message), or ``None``."""
    if not isinstance(row, dict):
        return PROBLEM_TITLE
    title = row.get("title")
    if not isinstance(title, str) or not title.strip():
        return PROBLEM_TITLE
    if len(title) > MAX_TITLE_LENGTH:
        return PROBLEM_TITLE_LONG
    description = row.get("description") or ""
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION_LENGTH:
        return PROBLEM_DESCRIPTION_LONG
    if not (_text_ok(title) and _text_ok(description, multiline=True)):
        return PROBLEM_CHARACTERS
    row_id = row.get("id")
    if not isinstance(row_id, str) or not ID_PATTERN.match(row_id):
        return PROBLEM_ID
    if len(row_id) > MAX_ID_LENGTH:
        return PROBLEM_ID
    if row_id in taken:
        return PROBLEM_ID_TAKEN
    return None


def check_criteria(rows) -> bool:
    """Every row has an id (unique), a title and short texts."""
    taken: set = set()
    for number, row in enumerate(rows or (), start=1):
        problem = criterion_problem(row, taken)
        if problem is not None:
            raise InvalidCriterion(rows, number=str(number), problem=problem)
        taken.add(row["id"])
    return True


def cell_problem(cell) -> object:
    """What is wrong with one cell (a message), or ``None``; ``UnknownVerdict``
    is told apart by the caller."""
    if not isinstance(cell, dict):
        return PROBLEM_DATE
    note = cell.get("note") or ""
    if not isinstance(note, str) or len(note) > MAX_NOTE_LENGTH:
        return PROBLEM_NOTE_LONG
    if not _text_ok(note, multiline=True):
        return PROBLEM_CHARACTERS
    source = cell.get("source_url") or ""
    if not isinstance(source, str):
        return PROBLEM_SOURCE
    if source:
        try:
            check_web_url(source)
        except (FrameworkGuideValidationError, TypeError, ValueError):
            return PROBLEM_SOURCE
    verified = cell.get("verified_on")
    if verified not in (None, ""):
        day = as_date(verified)
        if day is None:
            return PROBLEM_DATE
        if day > today():
            return PROBLEM_FUTURE
    return None


def check_cells(values, titles: dict | None = None) -> bool:
    """Every cell has a known verdict, a short note, a web source and a date
    not in the future. ``titles`` names criteria in the messages."""
    titles = titles or {}
    for key, cell in (values or {}).items():
        if not isinstance(key, str) or not ID_PATTERN.match(key) or len(key) > 50:
            raise InvalidCell(values, criterion=str(key)[:50], problem=PROBLEM_ID)
        name = titles.get(key, key)
        verdict = cell.get("verdict") if isinstance(cell, dict) else None
        if verdict not in VERDICTS:
            raise UnknownVerdict(values, criterion=name)
        problem = cell_problem(cell)
        if problem is not None:
            raise InvalidCell(values, criterion=name, problem=problem)
    return True


def criteria_field(**kwargs) -> schema.List:
    field = schema.List(
        value_type=schema.Dict(key_type=schema.TextLine()),
        required=False,
        default=[],
        missing_value=[],
        constraint=check_criteria,
        **kwargs,
    )
    alsoProvides(field, ICriteriaField)
    return field


def criteria_values_field(**kwargs) -> schema.Dict:
    field = schema.Dict(
        key_type=schema.TextLine(),
        value_type=schema.Dict(key_type=schema.TextLine()),
        required=False,
        default={},
        missing_value={},
        constraint=check_cells,
        **kwargs,
    )
    alsoProvides(field, ICriteriaValuesField)
    return field
