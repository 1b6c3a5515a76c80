"""JSON input of a profile checked before and after plone.restapi reads it.

Before: plone.restapi's field deserializers answer some well-formed but
hostile JSON with a ``TypeError`` (a 500): a list where a choice is expected,
a number as rich text, any non-ASCII character in a web address. ``input_errors``
refuses wrong JSON types and unreadable addresses field by field, with a
message, and the deserializer leaves those fields out of plone.restapi's run.
The JSON type a field takes follows from its kind in ``content/fields.py``.

After: the behavior fields (title, description, text) get the profile's rules
(``content.text_rules.BEHAVIOR_CHECKS``)::

    >>> [e["field"] for e in input_errors({"use_cases": [["crud"]], "title": "x"})]
    ['use_cases']
"""

from collective.frameworkguide import _
from collective.frameworkguide.content.fields import kind_of
from collective.frameworkguide.content.text_rules import BEHAVIOR_CHECKS
from collective.frameworkguide.content.validation import check_web_url_text
from collective.frameworkguide.errors import FrameworkGuideValidationError


EXPECTED_TEXT = _(
    "msg_json_expected_text",
    default="Send this field as text (a JSON string).",
)
EXPECTED_LIST = _(
    "msg_json_expected_list",
    default="Send this field as a list of texts (a JSON array of strings).",
)
EXPECTED_NUMBER = _(
    "msg_json_expected_number",
    default="Send this field as a whole number.",
)


def _is_text(value) -> bool:
    return isinstance(value, str)


def _is_rich_text(value) -> bool:
    if isinstance(value, str):
        return True
    return (
        isinstance(value, dict)
        and isinstance(value.get("data"), str)
        and all(
            isinstance(value.get(key, ""), str) for key in ("content-type", "encoding")
        )
    )


def _is_list_of_text(value) -> bool:
    # plone.restapi takes a single string for a one-item list.
    if isinstance(value, str):
        return True
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_number(value) -> bool:
    # bool is an int in Python: ``true`` would be stored as the rating 1.
    # A string goes on to plone.restapi, which reads "4" and refuses "four".
    return isinstance(value, str) or (
        isinstance(value, int) and not isinstance(value, bool)
    )


def _error(field: str, message, error=None) -> dict:
    return {"field": field, "message": message, "error": error or message}


# The JSON a field of each kind must arrive as, and the message when it does
# not; other kinds (and names that are no field) are left to plone.restapi.
_EXPECTED_JSON = {
    "line": (_is_text, EXPECTED_TEXT),
    "text": (_is_text, EXPECTED_TEXT),
    "choice": (_is_text, EXPECTED_TEXT),
    "url": (_is_text, EXPECTED_TEXT),
    "rich": (_is_rich_text, EXPECTED_TEXT),
    "lines": (_is_list_of_text, EXPECTED_LIST),
    "choices": (_is_list_of_text, EXPECTED_LIST),
    "rating": (_is_number, EXPECTED_NUMBER),
    "number": (_is_number, EXPECTED_NUMBER),
}


def _wrong_type(name: str, value):
    """The message for a value of the wrong JSON type, else None."""
    expected = _EXPECTED_JSON.get(kind_of(name))
    if expected is None:
        return None
    is_readable, message = expected
    return None if is_readable(value) else message


def input_errors(data: dict) -> list[dict]:
    """One error per field whose JSON cannot be read as that field's value."""
    errors = []
    for name, value in data.items():
        if value is None:
            continue
        message = _wrong_type(name, value)
        if message is not None:
            errors.append(_error(name, message))
        elif kind_of(name) == "url":
            try:
                check_web_url_text(value.strip())
            except FrameworkGuideValidationError as error:
                errors.append(_error(name, error.doc(), error))
    return errors


def behavior_errors(schema_data: dict, skip=()) -> list[dict]:
    """The profile's rules on the values plone.restapi read for behavior fields."""
    errors = []
    for values in schema_data.values():
        for name, value in values.items():
            check = BEHAVIOR_CHECKS.get(name)
            if check is None or name in skip or value is None:
                continue
            try:
                check(value)
            except FrameworkGuideValidationError as error:
                errors.append(_error(name, error.doc(), error))
    return errors
