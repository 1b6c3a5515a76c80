"""What an import reports: each bad row's errors, and what it wrote."""

from dataclasses import dataclass
from dataclasses import field
from zExceptions import BadRequest

import json


@dataclass(frozen=True)
class RowError:
    """One problem: ``row`` counts profiles from 1 (0 is the file itself)."""

    row: int
    profile_id: str
    field: str
    message: str


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    written: bool = False


def field_errors(error: BadRequest) -> list[tuple[str, str]]:
    """The ``(field, message)`` pairs of the REST deserializer's 400 error.

    >>> field_errors(BadRequest('[{"field": "title", "message": "Taken"}]'))
    [('title', 'Taken')]
    >>> field_errors(BadRequest("Not JSON"))
    [('', 'Not JSON')]
    """
    try:
        errors = json.loads(error.args[0])
    except (IndexError, TypeError, ValueError):
        return [("", str(error))]
    if not isinstance(errors, list):
        return [("", str(error))]
    return [(e.get("field") or "", str(e.get("message") or "")) for e in errors]
