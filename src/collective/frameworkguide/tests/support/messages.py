"""The messages editors and API clients get, written out by hand.

The tests compare what the forms, REST and the import answer with these
texts, kept apart from the code that makes them, so that a changed message is
a failing test.
"""

from datetime import date


THIS_YEAR = date.today().year
NEXT_YEAR = THIS_YEAR + 1

MSG_URL = (
    "Enter a full web address that starts with http:// or https://, "
    "for example https://example.org."
)
MSG_RATING = "Choose a rating from 1 (lowest) to 5 (highest)."
MSG_YEAR = f"Enter a year between 1990 and {THIS_YEAR}."
MSG_YEAR_DIGITS = "Enter the year in digits, for example 2010."
MSG_REQUIRED = "Required input is missing."
MSG_TOO_LONG = "Value is too long"  # zope.schema's, for plone.basic and TextLines
MSG_TEXT = "Send this field as text (a JSON string)."
MSG_LIST = "Send this field as a list of texts (a JSON array of strings)."
MSG_NUMBER = "Send this field as a whole number."
MSG_TERM_LINE = (
    "Write one term per line as token|Title, for example crud|CRUD app. "
    "Tokens use lowercase letters, digits, - and _, and appear only once."
)


def msg_duplicate(title: str) -> str:
    return (
        f"This guide already has a profile called “{title}”. Choose another "
        "title or edit the existing profile."
    )


def msg_empty_line(line: int) -> str:
    return f"Line {line} is empty: write one point per line, without blank lines."


def msg_line_too_long(line: int, length: int) -> str:
    return (
        f"Line {line} has {length} characters; keep each point to 200 "
        "characters or fewer."
    )


def msg_invisible(position: int, code: str, line: int | None = None) -> str:
    where = f"Line {line}, character" if line else "Character"
    return (
        f"{where} {position} is an invisible control character ({code}). Remove "
        "it: such characters can hide text or change the order in which it is "
        "displayed."
    )


def msg_too_long(length: int, limit: int) -> str:
    return f"This text has {length} characters; keep it to {limit} characters or fewer."


def msg_unknown(value: str, choices: str) -> str:
    return f"“{value}” is not one of the choices: {choices}."
