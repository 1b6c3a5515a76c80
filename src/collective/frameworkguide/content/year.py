"""A calendar year field: typed and shown as plain digits.

z3c.form's integer converter formats numbers for the locale, so a year of 2010
came back as "2,010" in the edit form. ``year_field`` makes an ordinary
``zope.schema.Int`` (so plone.supermodel and plone.restapi see a plain Int)
that also provides ``IYearField``, for which ``YearDataConverter`` is
registered::

    >>> year_field(title="First release").__class__.__name__
    'Int'
"""

from collective.frameworkguide import _
from z3c.form.converter import BaseDataConverter
from z3c.form.converter import FormatterValidationError
from z3c.form.interfaces import IWidget
from zope import schema
from zope.component import adapter
from zope.interface import alsoProvides
from zope.schema.interfaces import IInt


class IYearField(IInt):
    """Marker of an ``Int`` field holding a calendar year."""


def year_field(**kwargs) -> schema.Int:
    field = schema.Int(**kwargs)
    alsoProvides(field, IYearField)
    return field


@adapter(IYearField, IWidget)
class YearDataConverter(BaseDataConverter):
    """``2010`` <-> ``"2010"``, without the locale's thousands separator."""

    message = _(
        "msg_year_not_a_number",
        default="Enter the year in digits, for example 2010.",
    )

    def toWidgetValue(self, value):
        if value is None or value == self.field.missing_value:
            return ""
        return str(value)

    def toFieldValue(self, value):
        value = (value or "").strip()
        if not value:
            return self.field.missing_value
        if not (value.isascii() and value.isdigit()):
            raise FormatterValidationError(self.message, value)
        return int(value)
