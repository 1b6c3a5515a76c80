"""Table widgets for the criteria (guide) and the cells (profile), no JavaScript.

collective.z3cform.datagridfield adds and removes rows with JavaScript (its
auto-append row is ignored by the server without it), and the guide's pages
must work without JavaScript; the cells table has one fixed row per criterion
of the guide, which is not a data grid at all. So both are small z3c.form
widgets: plain inputs named ``<widget name>.<row>.<key>``.

- Criteria: one row per criterion (hidden ones included, marked *removed*),
  then ``BLANK_ROWS`` empty rows for new ones; an *order* number per row sorts
  them. Ids are made once from the title and travel in a hidden input.
- Cells: one row per visible criterion of the profile's guide. Cells of hidden
  criteria are kept as stored (restorable), never shown or dropped.

Both lay each row out as a block (``framework-form-row``) that stacks its
inputs on a phone. When the field's rule refuses the submitted rows, each
refused row shows its own message inside its block (the same rules,
``criteria.schema``, run per row: ``criteria_errors.py``), and the message
under the whole widget is left out.

Their data converters, from the submitted rows to the fields' values, are in
``criteria_converters.py``.
"""

from collective.frameworkguide import _
from collective.frameworkguide.browser.criteria_errors import cell_error
from collective.frameworkguide.browser.criteria_errors import CELL_KEYS
from collective.frameworkguide.browser.criteria_errors import criterion_error
from collective.frameworkguide.browser.criteria_errors import IRowsWidget
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import guide_of
from collective.frameworkguide.criteria import VERDICT_LABELS
from collective.frameworkguide.criteria import VERDICTS
from collective.frameworkguide.criteria.schema import ICriteriaField
from collective.frameworkguide.criteria.schema import ICriteriaValuesField
from collective.frameworkguide.i18n import translate_message
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form.browser.widget import HTMLFormElement
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import IFormLayer
from z3c.form.interfaces import INPUT_MODE
from z3c.form.interfaces import NO_VALUE
from z3c.form.widget import FieldWidget
from z3c.form.widget import Widget
from zope.component import adapter
from zope.i18nmessageid import Message
from zope.interface import implementer


BLANK_ROWS = 3


class ICriteriaWidget(IRowsWidget):
    """The guide's criteria table."""


class ICellsWidget(IRowsWidget):
    """A profile's cells table."""


def _text(form, key) -> str:
    value = form.get(key, "")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return value if isinstance(value, str) else ""


class TableWidget(HTMLFormElement, Widget):
    input_template = None
    display_template = None

    def render(self):
        if self.mode == INPUT_MODE:
            return self.input_template()
        return self.display_template()

    def aria(self, key: str, **mapping) -> str:
        """An input's accessible name (see ``LABELS``), translated."""
        message = Message(LABELS[key], mapping=mapping)
        return translate_message(message, self.request)

    def present(self) -> bool:
        return f"{self.name}.present" in self.request.form

    def row_error(self, problem=None, field: str = "") -> dict | None:
        """A refused row's message (translated) and the input to mark."""
        if problem is None:
            return None
        return {"message": translate_message(problem, self.request), "field": field}

    def invalid(self, row: dict, field: str) -> str | None:
        """The id of the message when ``field`` of ``row`` is the refused
        input (for ``aria-describedby``), else ``None``."""
        error = row.get("error")
        if not error or error["field"] not in (field, ""):
            return None
        return f"{row['dom']}-error"

    def shows_row_errors(self) -> bool:
        return any(row.get("error") for row in self.rows())


@implementer(ICriteriaWidget)
class CriteriaWidget(TableWidget):
    klass = "framework-criteria-widget"
    input_template = ViewPageTemplateFile("templates/criteria_input.pt")
    display_template = ViewPageTemplateFile("templates/criteria_display.pt")

    def extract(self, default=NO_VALUE):
        if not self.present():
            return default
        form = self.request.form
        count = _text(form, f"{self.name}.count")
        rows = []
        for index in range(int(count) if count.isdigit() else 0):
            prefix = f"{self.name}.{index}."
            rows.append(
                {
                    "id": _text(form, prefix + "id").strip(),
                    "title": _text(form, prefix + "title").strip(),
                    "description": _text(form, prefix + "description").strip(),
                    "decisive": bool(form.get(prefix + "decisive")),
                    "hidden": bool(form.get(prefix + "hidden")),
                    "position": _text(form, prefix + "position").strip(),
                }
            )
        return rows

    def rows(self) -> list[dict]:
        """The stored rows, then blank ones, each with its input names."""
        value = self.value if isinstance(self.value, list) else []
        rows = [dict(row) for row in value if row.get("id") or row.get("title")]
        rows += [
            {"id": "", "title": "", "description": "", "decisive": False}
            for _index in range(BLANK_ROWS)
        ]
        taken: set = set()
        for index, row in enumerate(rows):
            row["prefix"] = f"{self.name}.{index}."
            row["dom"] = f"{self.id}-{index}"
            row["position"] = row.get("position") or str(index + 1)
            row["number"] = index + 1
            row["error"] = self._criterion_error(row, taken)
        return rows

    def _criterion_error(self, row: dict, taken: set) -> dict | None:
        if self.error is None:
            return None
        return self.row_error(*criterion_error(row, taken))


@implementer(ICellsWidget)
class CellsWidget(TableWidget):
    klass = "framework-cells-widget"
    input_template = ViewPageTemplateFile("templates/cells_input.pt")
    display_template = ViewPageTemplateFile("templates/cells_display.pt")

    def criteria(self) -> list[dict]:
        return guide_criteria(guide_of(self.form.context))

    def extract(self, default=NO_VALUE):
        if not self.present():
            return default
        form = self.request.form
        cells = {}
        for row in self.criteria():
            prefix = f"{self.name}.{row['id']}."
            cells[row["id"]] = {
                key: _text(form, prefix + key).strip() for key in CELL_KEYS
            }
        return cells

    def verdicts(self) -> list[dict]:
        return [
            {"value": verdict, "title": VERDICT_LABELS[verdict]} for verdict in VERDICTS
        ]

    def rows(self) -> list[dict]:
        value = self.value if isinstance(self.value, dict) else {}
        rows = []
        for row in self.criteria():
            cell = value.get(row["id"]) or {}
            rows.append(
                {
                    **row,
                    "prefix": f"{self.name}.{row['id']}.",
                    "dom": f"{self.id}-{row['id']}",
                    "verdict": cell.get("verdict") or "unknown",
                    "note": cell.get("note") or "",
                    "source_url": cell.get("source_url") or "",
                    "verified_on": cell.get("verified_on") or "",
                }
            )
        for row in rows:
            row["error"] = self._cell_error(row)
        return rows

    def _cell_error(self, row: dict) -> dict | None:
        return None if self.error is None else self.row_error(*cell_error(row))


@adapter(ICriteriaField, IFormLayer)
@implementer(IFieldWidget)
def CriteriaFieldWidget(field, request):
    return FieldWidget(field, CriteriaWidget(request))


@adapter(ICriteriaValuesField, IFormLayer)
@implementer(IFieldWidget)
def CellsFieldWidget(field, request):
    return FieldWidget(field, CellsWidget(request))


# Messages used by the templates (built in Python for the accessible labels).
LABELS = {
    "order": _("label_criterion_order", default="Order of row ${number}"),
    "title": _("label_criterion_title", default="Title of row ${number}"),
    "description": _(
        "label_criterion_description", default="Description of row ${number}"
    ),
    "decisive": _("label_criterion_decisive", default="Row ${number} is decisive"),
    "hidden": _("label_criterion_hidden", default="Remove row ${number}"),
    "verdict": _("label_cell_verdict", default="Verdict on “${criterion}”"),
    "note": _("label_cell_note", default="Note on “${criterion}”"),
    "source_url": _("label_cell_source", default="Source for “${criterion}”"),
    "verified_on": _("label_cell_verified", default="“${criterion}” verified on"),
}
