"""The messages of refused criteria rows and cells, each in its own row.

When the field's rule (``criteria.schema``) refuses what was submitted, the
widgets (``criteria_widgets.py``) run the same rule on each row, so every
refused row shows its message inside its block and marks the input it is
about; ``RowErrorsSnippet`` then leaves out the copy z3c.form would print
under the whole widget.
"""

from collective.frameworkguide.criteria import merge_criteria
from collective.frameworkguide.criteria.schema import check_cells
from collective.frameworkguide.criteria.schema import criterion_problem
from collective.frameworkguide.criteria.schema import PROBLEM_DATE
from collective.frameworkguide.criteria.schema import PROBLEM_FUTURE
from collective.frameworkguide.criteria.schema import PROBLEM_NOTE_LONG
from collective.frameworkguide.criteria.schema import PROBLEM_SOURCE
from collective.frameworkguide.errors import FrameworkGuideValidationError
from collective.frameworkguide.errors import InvalidCriterion
from collective.frameworkguide.errors import UnknownVerdict
from z3c.form.error import ErrorViewSnippet
from z3c.form.interfaces import IWidget
from zope.component import adapter
from zope.schema import ValidationError


CELL_KEYS = ("verdict", "note", "source_url", "verified_on")

# Which input of a cell each problem of ``check_cells`` is about.
CELL_PROBLEM_FIELDS = {
    PROBLEM_NOTE_LONG: "note",
    PROBLEM_SOURCE: "source_url",
    PROBLEM_DATE: "verified_on",
    PROBLEM_FUTURE: "verified_on",
}


def criterion_error(row: dict, taken: set) -> tuple:
    """``(message, input)`` for one submitted criteria row, ``()`` if the
    rule accepts it; ``taken`` collects the ids of the rows before it."""
    if not (row.get("id") or row.get("title")):
        return ()
    [candidate] = merge_criteria([row], [])
    problem = criterion_problem(candidate, taken)
    taken.add(candidate["id"])
    if problem is None:
        return ()
    error = InvalidCriterion(None, number=str(row["number"]), problem=problem)
    return error.doc(), "title"


def cell_error(row: dict) -> tuple:
    """``(message, input)`` for one submitted cell, ``()`` if the rule
    accepts it."""
    cell = {key: row[key] for key in CELL_KEYS}
    try:
        check_cells({row["id"]: cell}, {row["id"]: row["title"]})
    except UnknownVerdict as error:
        return error.doc(), "verdict"
    except FrameworkGuideValidationError as error:
        return error.doc(), CELL_PROBLEM_FIELDS.get(error.mapping.get("problem"), "")
    return ()


class IRowsWidget(IWidget):
    """A table widget whose rows show their own errors."""


@adapter(ValidationError, None, IRowsWidget, None, None, None)
class RowErrorsSnippet(ErrorViewSnippet):
    """The field's message under the widget, left out when the refused rows
    show their own (so it is not repeated under the table)."""

    def render(self):
        if self.widget.shows_row_errors():
            # Not "": Plone's field wrapper writes ``render() or False``.
            return "<!-- shown in the refused rows -->"
        return super().render()
