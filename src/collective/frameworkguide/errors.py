"""Every error the add-on raises, below one base class (as ``plone.api.exc``).

``FrameworkGuideError`` is the base of them all. The refusals of input are
``FrameworkGuideValidationError``: zope.schema ``ValidationError`` (so a
zope.interface ``Invalid``) whose ``doc()`` is a translatable sentence an
editor can act on. z3c.form shows that sentence next to the field, the REST
API returns it in the JSON error, the import in its report::

    >>> error = InvalidWebURL("ftp://example.org")
    >>> isinstance(error, FrameworkGuideError)
    True
    >>> str(error.doc()).startswith("Enter a full web address")
    True
"""

from collective.frameworkguide import _
from zope.i18nmessageid import Message
from zope.schema import ValidationError


class FrameworkGuideError(Exception):
    """Base class of the add-on's errors."""


class FrameworkGuideValidationError(FrameworkGuideError, ValidationError):
    """Base class of refused input: ``doc()`` returns the message, with a
    mapping when needed."""

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


# The profile's fields (content.validation).


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


class InvisibleCharacter(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_invisible_character",
        default="Character ${position} is an invisible control character "
        "(${code}). Remove it: such characters can hide text or change the "
        "order in which it is displayed.",
    )


class InvisibleCharacterInLine(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_invisible_character_in_line",
        default="Line ${line}, character ${position} is an invisible control "
        "character (${code}). Remove it: such characters can hide text or "
        "change the order in which it is displayed.",
    )


class TextTooLong(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_text_too_long",
        default="This text has ${length} characters; keep it to ${limit} "
        "characters or fewer.",
    )


class NonAsciiWebURL(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_web_url_not_ascii",
        default="Write the web address in ASCII characters only: percent-encode "
        "other characters (é becomes %C3%A9) and write an international domain "
        "name in its xn-- form.",
    )


class DuplicateTitle(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_duplicate_title",
        default="This guide already has a profile called “${title}”. Choose "
        "another title or edit the existing profile.",
    )


class UnknownTerm(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_unknown_term",
        default="“${value}” is not one of the choices: ${choices}.",
    )


# A guide's criteria and a profile's cells (criteria.schema).


class InvalidCriterion(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_invalid_criterion",
        default="Criterion ${number}: ${problem}",
    )


class InvalidCell(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_invalid_cell",
        default="“${criterion}”: ${problem}",
    )


class UnknownVerdict(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_unknown_verdict",
        default="“${criterion}”: choose yes, partial, no, not_applicable or unknown.",
    )


class InvalidPackageName(FrameworkGuideValidationError):
    __doc__ = message = _(
        "Enter the package's name as the package index spells it, for "
        "example Django or zope.interface: letters, digits, . _ and -."
    )


# The site's settings (settings.py).


class InvalidTermLine(FrameworkGuideValidationError):
    __doc__ = message = _(
        "Write one term per line as token|Title, for example crud|CRUD app. "
        "Tokens use lowercase letters, digits, - and _, and appear only once."
    )


class EmptyTermTitle(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_term_title_empty",
        default="“${line}” has nothing after the |: write the term's title "
        "there, as in crud|CRUD app (or leave out the | to use the token).",
    )


class TermInUse(FrameworkGuideValidationError):
    __doc__ = message = _(
        "msg_term_in_use",
        default="“${token}” is still chosen in ${profiles}. Choose another term "
        "in those profiles first, or keep the line (renaming its title is safe).",
    )


# Release signals (releases/).


class PackageIndexError(FrameworkGuideError):
    """A package index gave no usable answer; the text says why (logged)."""
