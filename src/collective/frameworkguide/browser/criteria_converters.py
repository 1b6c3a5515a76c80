"""Data converters of the criteria and cells tables: form rows to field values.

What the widgets (``criteria_widgets.py``) extract from the request becomes
the field's value here, checked by the fields' own rules (``criteria.schema``)
so the form shows their messages: criteria rows in the submitted order, with
ids for new rows and dropped rows kept hidden; cells cleaned and typed, the
cells of criteria not in the form kept as stored.
"""

from collective.frameworkguide.browser.criteria_widgets import ICellsWidget
from collective.frameworkguide.browser.criteria_widgets import ICriteriaWidget
from collective.frameworkguide.criteria import cell_of
from collective.frameworkguide.criteria import clean_row
from collective.frameworkguide.criteria import clean_values
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import merge_criteria
from collective.frameworkguide.criteria.schema import check_cells
from collective.frameworkguide.criteria.schema import check_criteria
from collective.frameworkguide.criteria.schema import ICriteriaField
from collective.frameworkguide.criteria.schema import ICriteriaValuesField
from collective.frameworkguide.errors import FrameworkGuideValidationError
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.interfaces import IFrameworkProfile
from z3c.form.converter import BaseDataConverter
from z3c.form.converter import FormatterValidationError
from zope.component import adapter


@adapter(ICriteriaField, ICriteriaWidget)
class CriteriaConverter(BaseDataConverter):
    """Rows in form order (by their *order* number); new rows get ids."""

    def toWidgetValue(self, value):
        return [clean_row(row) for row in value or ()]

    def toFieldValue(self, value):
        def order(item):
            index, row = item
            position = row.get("position") or ""
            return (int(position) if position.isdigit() else index + 1, index)

        rows = [
            row
            for _index, row in sorted(enumerate(value or ()), key=order)
            if row.get("id") or row.get("title")
        ]
        # Rows someone dropped from the submitted form stay, hidden.
        guide = self.widget.form.context
        stored = guide_criteria(guide, hidden=True) if _is_guide(guide) else []
        result = merge_criteria(rows, stored)
        _apply_rule(check_criteria, value, result)
        return result


def _is_guide(obj) -> bool:
    return IFrameworkGuide.providedBy(obj)


def _apply_rule(check, submitted, *args) -> None:
    """Run a field rule; its message becomes the widget's error."""
    try:
        check(*args)
    except FrameworkGuideValidationError as error:
        raise FormatterValidationError(error.doc(), submitted) from error


@adapter(ICriteriaValuesField, ICellsWidget)
class CellsConverter(BaseDataConverter):
    """Cells as strings for the form; typed, cleaned and merged on the way back."""

    def toWidgetValue(self, value):
        widget_value = {}
        for key in value or {}:
            cell = cell_of(value, key)
            day = cell["verified_on"]
            widget_value[key] = {**cell, "verified_on": day.isoformat() if day else ""}
        return widget_value

    def toFieldValue(self, value):
        titles = {row["id"]: row["title"] for row in self.widget.criteria()}
        _apply_rule(check_cells, value, value, titles)
        context = self.widget.form.context
        stored = (
            getattr(context, "criteria_values", None)
            if IFrameworkProfile.providedBy(context)
            else None
        )
        # Cells of criteria not in the form (hidden ones) stay as they are.
        kept = {k: v for k, v in (stored or {}).items() if k not in (value or {})}
        return clean_values({**kept, **(value or {})})
