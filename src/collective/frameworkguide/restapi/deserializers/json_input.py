"""JSON input of a profile checked before and after plone.restapi reads it.

Before: plone.restapi's field deserializers answer some well-formed but
hostile JSON with a ``TypeError`` (a 500): a list where a choice is expected,
a number as rich text, any non-ASCII character in a web address. ``input_errors``
refuses wrong JSON types and unreadable addresses field by field, with a
message, and the deserializer leaves those fields out of plone.restapi's run.

After: the behavior fields (title, description, text) get the profile's rules
(``content.text_rules.BEHAVIOR_CHECKS``)::

    >>> [e["field"] for e in input_errors({"use_cases": [["crud"]], "title": "x"})]
    ['use_cases']
"""

from collective.frameworkguide import _
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.content.text_rules import BEHAVIOR_CHECKS
from collective.frameworkguide.content.validation import check_web_url_text
from collective.frameworkguide.content.validation import FrameworkGuideValidationError


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

TEXT_FIELDS = (
    "title",
    "description",
    "choose_when",
    "avoid_when",
    "license",
    "latest_version",
    "framework_kind",
)
URL_FIELDS = ("website", "repository", "documentation_url")
LIST_FIELDS = ("strengths", "weaknesses", "example_projects", "use_cases", "batteries")
NUMBER_FIELDS = (*RATING_FIELDS, "first_release_year")


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


def _wrong_type(name: str, value):
    """The message for a value of the wrong JSON type, else None."""
    if name in TEXT_FIELDS or name in URL_FIELDS:
        return None if isinstance(value, str) else EXPECTED_TEXT
    if name == "text":
        return None if _is_rich_text(value) else EXPECTED_TEXT
    if name in LIST_FIELDS:
        return None if _is_list_of_text(value) else EXPECTED_LIST
    if name in NUMBER_FIELDS:
        return None if _is_number(value) else EXPECTED_NUMBER
    return None


def input_errors(data: dict) -> list[dict]:
    """One error per field whose JSON cannot be read as that field's value."""
    errors = []
    for name, value in data.items():
        if value is None:
            continue
        message = _wrong_type(name, value)
        if message is not None:
            errors.append(_error(name, message))
        elif name in URL_FIELDS:
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
