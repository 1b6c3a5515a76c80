"""Field constraints with messages an editor can act on.

zope.schema's own errors ("Constraint not satisfied", "Value is too small") do not
tell an editor what to type instead, so every rule here raises one of the
``errors`` module, whose ``doc()`` is a translatable sentence. z3c.form shows
that sentence next to the field; plone.restapi returns it in the JSON error::

    >>> check_web_url("ftp://example.org")
    Traceback (most recent call last):
    ...
    collective.frameworkguide.errors.InvalidWebURL: ftp://example.org
"""

from collective.frameworkguide.errors import EmptyLine
from collective.frameworkguide.errors import InvalidPackageName
from collective.frameworkguide.errors import InvalidWebURL
from collective.frameworkguide.errors import InvisibleCharacter
from collective.frameworkguide.errors import InvisibleCharacterInLine
from collective.frameworkguide.errors import LineTooLong
from collective.frameworkguide.errors import NonAsciiWebURL
from collective.frameworkguide.errors import RatingOutOfRange
from collective.frameworkguide.errors import TextTooLong
from collective.frameworkguide.errors import YearOutOfRange
from datetime import date
from urllib.parse import urlsplit

import re
import unicodedata


FIRST_YEAR = 1990
RATING_MIN = 1
RATING_MAX = 5
MAX_LINE_LENGTH = 200
# Plain-text advice (choose_when, avoid_when), a web address, the rich text's
# HTML source. Title and description keep plone.basic's limits (1024, 10000).
MAX_TEXT_LENGTH = 5000
MAX_URL_LENGTH = 2000
MAX_RICH_TEXT_LENGTH = 100_000

# Explicit text-direction controls: embeddings, overrides and isolates (the
# "Trojan Source" characters). Marks (U+200E, U+200F, U+061C) stay allowed.
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\t\n\r")


def invisible_character(value: str, multiline: bool = False) -> tuple | None:
    r"""``(position, "U+XXXX")`` of the first character that must not be stored.

    Control characters (tab and line breaks allowed in ``multiline`` text),
    lone surrogates (JSON can carry them, no page can show them) and explicit
    text-direction controls (``DIRECTION_CONTROLS``)::

        >>> invisible_character("Flask\u202eksalf")
        (6, 'U+202E')
        >>> invisible_character("Line one\nline two", multiline=True) is None
        True
    """
    for position, char in enumerate(value or "", start=1):
        if multiline and char in LINE_BREAKS:
            continue
        if char in DIRECTION_CONTROLS or unicodedata.category(char) in ("Cc", "Cs"):
            return position, f"U+{ord(char):04X}"
    return None


def check_characters(value: str, multiline: bool = False) -> bool:
    """Refuse invisible characters (see ``invisible_character``)."""
    found = invisible_character(value, multiline)
    if found is not None:
        raise InvisibleCharacter(value, position=str(found[0]), code=found[1])
    return True


def check_length(value: str, limit: int) -> bool:
    if len(value or "") > limit:
        raise TextTooLong(value, length=str(len(value)), limit=str(limit))
    return True


def check_line(value: str) -> bool:
    """A single line of plain text (title, license, version).

    >>> check_line("BSD-3-Clause")
    True
    """
    return check_characters(value)


def check_text(value: str) -> bool:
    r"""Plain text of several lines: the advice fields.

    >>> check_text("Choose it when\nyou need an admin UI.")
    True
    """
    check_characters(value, multiline=True)
    return check_length(value, MAX_TEXT_LENGTH)


def check_description(value: str) -> bool:
    """plone.basic's description (it keeps its own length limit)."""
    return check_characters(value, multiline=True)


def check_rich_text(raw: str) -> bool:
    """The rich text's HTML source; Plone's safe_html filters the markup."""
    check_characters(raw, multiline=True)
    return check_length(raw, MAX_RICH_TEXT_LENGTH)


def check_web_url_text(value: str) -> bool:
    """What a web address may contain before it is parsed at all.

    zope.schema's URI field fails with a ``TypeError`` on non-ASCII text, so
    the form's converter and the REST API's deserializer check this first.
    """
    check_characters(value)
    check_length(value, MAX_URL_LENGTH)
    if not value.isascii():
        raise NonAsciiWebURL(value)
    return True


def check_web_url(value: str) -> bool:
    """Accept only absolute http(s) addresses with a host.

    >>> check_web_url("https://flask.palletsprojects.com/")
    True
    """
    check_web_url_text(value or "")
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


# PEP 508's project names.
PACKAGE_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)


def check_package_name(value: str) -> bool:
    """A project name as a package index knows it.

    >>> check_package_name("zope.interface")
    True
    """
    if not PACKAGE_NAME.match(value):
        raise InvalidPackageName(value)
    return True


def check_rating(value: int) -> bool:
    """Ratings are 1 to 5."""
    if not RATING_MIN <= value <= RATING_MAX:
        raise RatingOutOfRange(value, low=str(RATING_MIN), high=str(RATING_MAX))
    return True


def check_lines(value) -> bool:
    """Every point of a list is non-empty, visible and at most 200 characters.

    >>> check_lines(["Simple", "Small core"])
    True
    """
    for number, line in enumerate(value or (), start=1):
        if not (line or "").strip():
            raise EmptyLine(value, line=str(number))
        found = invisible_character(line)
        if found is not None:
            raise InvisibleCharacterInLine(
                value, line=str(number), position=str(found[0]), code=found[1]
            )
        if len(line) > MAX_LINE_LENGTH:
            raise LineTooLong(
                value,
                line=str(number),
                length=str(len(line)),
                limit=str(MAX_LINE_LENGTH),
            )
    return True
