"""Criteria in the guide's export and import (``exchange``).

The export's ``guide`` object carries ``criteria`` (every row, hidden ones
too); each profile row carries ``criteria_values``. The import applies the
criteria before the profiles, so the cells find their rows: a row with a known
id is updated, a new one is appended, rows the file does not name stay as
they are (an import never removes a criterion).
"""

from collective.frameworkguide import _
from collective.frameworkguide.criteria import clean_row
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import new_criterion_id
from collective.frameworkguide.criteria.schema import check_criteria
from collective.frameworkguide.errors import FrameworkGuideValidationError
from collective.frameworkguide.permissions import MODIFY_CONTENT
from plone import api


NOT_A_LIST = _(
    "msg_import_criteria",
    default="“guide.criteria” must be a list of objects with id, title, "
    "description, decisive and hidden.",
)

MAY_NOT_CHANGE = _(
    "msg_import_criteria_permission",
    default="The file adds or changes criteria of this guide, and you may not "
    "edit the guide.",
)


def exported_criteria(guide) -> list[dict]:
    return guide_criteria(guide, hidden=True)


def import_criteria(guide, data) -> object:
    """Merge the file's ``guide.criteria`` into ``guide``; the problem (a
    message) or ``None``. Files without criteria change nothing."""
    header = data.get("guide") if isinstance(data, dict) else None
    rows = header.get("criteria") if isinstance(header, dict) else None
    if rows is None:
        return None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return NOT_A_LIST
    stored = guide_criteria(guide, hidden=True)
    taken = {row["id"] for row in stored}
    imported = {}
    for row in rows:
        row = clean_row(row)
        if not row["id"]:
            row["id"] = new_criterion_id(row["title"], taken)
        taken.add(row["id"])
        imported[row["id"]] = row
    merged = [imported.pop(row["id"], row) for row in stored]
    merged += list(imported.values())
    try:
        check_criteria(merged)
    except FrameworkGuideValidationError as error:
        return error.doc()
    if merged != stored:
        if not api.user.has_permission(MODIFY_CONTENT, obj=guide):
            return MAY_NOT_CHANGE
        guide.criteria = merged
    return None
