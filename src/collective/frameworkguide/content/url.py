"""A web address field whose form input is checked before it is parsed.

zope.schema's ``URI.fromUnicode`` fails with a ``TypeError`` (an error page,
not a message) on any non-ASCII text, such as an invisible direction override
or an "é" in a path. ``web_url_field`` makes an ordinary ``zope.schema.URI``
(plone.supermodel and plone.restapi see a plain URI) that also provides
``IWebURLField``, for which ``WebURLDataConverter`` is registered::

    >>> web_url_field(title="Website").__class__.__name__
    'URI'
"""

from collective.frameworkguide.content.validation import check_web_url_text
from collective.frameworkguide.errors import FrameworkGuideValidationError
from z3c.form.converter import FieldDataConverter
from z3c.form.converter import FormatterValidationError
from z3c.form.interfaces import IWidget
from zope import schema
from zope.component import adapter
from zope.interface import alsoProvides
from zope.schema.interfaces import IURI


class IWebURLField(IURI):
    """Marker of a ``URI`` field holding a web page's address."""


def web_url_field(**kwargs) -> schema.URI:
    field = schema.URI(**kwargs)
    alsoProvides(field, IWebURLField)
    return field


@adapter(IWebURLField, IWidget)
class WebURLDataConverter(FieldDataConverter):
    """Refuses invisible and non-ASCII characters with the editor's message."""

    def toFieldValue(self, value):
        value = (value or "").strip()
        if not value:
            return self.field.missing_value
        try:
            check_web_url_text(value)
        except FrameworkGuideValidationError as error:
            raise FormatterValidationError(error.doc(), value) from error
        return super().toFieldValue(value)
