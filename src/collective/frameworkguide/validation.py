"""Field constraints with messages an editor can act on.

zope.schema's own errors ("Constraint not satisfied", "Value is too small") do not
tell an editor what to type instead, so every rule here raises a ``ValidationError``
whose ``doc()`` is a translatable sentence. z3c.form shows that sentence next to
the field; plone.restapi returns it in the JSON error.

    >>> check_web_url("ftp://example.org")
    Traceback (most recent call last):
    ...
    collective.frameworkguide.validation.InvalidWebURL: ...
"""

from collective.frameworkguide import _
from datetime import date
from urllib.parse import urlsplit
from zope.i18nmessageid import Message
from zope.schema import ValidationError


FIRST_YEAR = 1990
RATING_MIN = 1
RATING_MAX = 5
MAX_LINE_LENGTH = 200


class FrameworkGuideValidationError(ValidationError):
    """Base class: ``doc()`` returns the message, with a mapping when needed."""

    message = _("The value is not valid.")

    def __init__(self, value=None, **mapping):
        super().__init__(value)
        self.mapping = mapping

    def doc(self):
        # Message() keeps the msgid's default text and domain; the message
        # factory would drop the default and show editors the bare msgid.
        if self.mapping:
            return Message(self.message, mapping=self.mapping)
        return self.message


class InvalidWebURL(FrameworkGuideValidationError):
    __doc__ = message = _(
        "Enter a full web address that starts with http:// or https://, "
        "for example https://example.org."
    )


class YearOutOfRange(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_year_out_of_range",
        default="Enter a year between ${first} and ${last}.",
    )


class RatingOutOfRange(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_rating_out_of_range",
        default="Choose a rating from ${low} (lowest) to ${high} (highest).",
    )


class EmptyLine(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_empty_line",
        default="Line ${line} is empty: write one point per line, without blank lines.",
    )


class LineTooLong(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_line_too_long",
        default="Line ${line} has ${length} characters; keep each point to "
        "${limit} characters or fewer.",
    )


class DuplicateTitle(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_duplicate_title",
        default="This guide already has a profile called “${title}”. Choose "
        "another title or edit the existing profile.",
    )


def check_web_url(value: str) -> bool:
    """Accept only absolute http(s) addresses with a host.

    >>> check_web_url("https://flask.palletsprojects.com/")
    True
    """
    parts = urlsplit(value or "")
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidWebURL(value)
    return True


def check_first_release_year(value: int) -> bool:
    """A first release between 1990 (Python's birth) and the current year."""
    last = date.today().year
    if not FIRST_YEAR <= value <= last:
        raise YearOutOfRange(value, first=str(FIRST_YEAR), last=str(last))
    return True


def check_rating(value: int) -> bool:
    """Ratings are 1 to 5."""
    if not RATING_MIN <= value <= RATING_MAX:
        raise RatingOutOfRange(value, low=str(RATING_MIN), high=str(RATING_MAX))
    return True


def check_lines(value) -> bool:
    """Every point of a list is non-empty and at most 200 characters.

    >>> check_lines(["Simple", "Small core"])
    True
    """
    for number, line in enumerate(value or (), start=1):
        if not (line or "").strip():
            raise EmptyLine(value, line=str(number))
        if len(line) > MAX_LINE_LENGTH:
            raise LineTooLong(
                value,
                line=str(number),
                length=str(len(line)),
                limit=str(MAX_LINE_LENGTH),
            )
    return True
