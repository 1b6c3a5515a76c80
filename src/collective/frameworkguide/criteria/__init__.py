"""Editor-defined criteria of a guide and the typed cells profiles fill in.

A guide's ``criteria`` is an ordered list of rows (plain dicts)::

    {"id": "async-views", "title": "Async views", "description": "",
     "decisive": False, "hidden": False}

``id`` is made from the first title and never changes. Removing a row in the
form hides it (``hidden``): the profiles keep their cells, and unhiding the
row brings them back. A profile's ``criteria_values`` maps criterion ids to
cells::

    {"verdict": "yes", "note": "", "source_url": "https://…",
     "verified_on": datetime.date(2026, 10, 1)}

A criterion without a cell reads as ``unknown``. Everything here is plain
data and pure functions::

    >>> new_criterion_id("Async views", {"async-views"})
    'async-views-2'
    >>> cell_of({}, "async-views")["verdict"]
    'unknown'
"""

from Acquisition import aq_chain
from collective.frameworkguide import _
from collective.frameworkguide.guide.freshness import add_months
from collective.frameworkguide.guide.freshness import as_date
from collective.frameworkguide.interfaces import IFrameworkGuide
from plone.i18n.normalizer import idnormalizer


VERDICTS = ("yes", "partial", "no", "not_applicable", "unknown")
UNKNOWN = "unknown"

VERDICT_LABELS = {
    "yes": _("verdict_yes", default="yes"),
    "partial": _("verdict_partial", default="partly"),
    "no": _("verdict_no", default="no"),
    "not_applicable": _("verdict_not_applicable", default="not applicable"),
    "unknown": _("verdict_unknown", default="not known"),
}

# Shown next to the words, never instead of them (hidden from screen readers).
VERDICT_ICONS = {
    "yes": "✓",
    "partial": "◐",
    "no": "✗",
    "not_applicable": "n/a",
    "unknown": "?",
}

MAX_TITLE_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 300
MAX_NOTE_LENGTH = 500
MAX_ID_LENGTH = 50


def new_criterion_id(title: str, taken) -> str:
    """A URL-friendly id from ``title`` that is not in ``taken``."""
    base = idnormalizer.normalize(title or "", max_length=MAX_ID_LENGTH) or "criterion"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def clean_row(row: dict) -> dict:
    """A criterion row with every key, texts stripped, flags as booleans."""
    return {
        "id": str(row.get("id") or "").strip(),
        "title": str(row.get("title") or "").strip(),
        "description": str(row.get("description") or "").strip(),
        "decisive": bool(row.get("decisive")),
        "hidden": bool(row.get("hidden")),
    }


def guide_of(obj):
    """The guide ``obj`` is in (or is), ``None`` outside a guide."""
    for item in aq_chain(obj) if obj is not None else ():
        if IFrameworkGuide.providedBy(item):
            return item
    return None


def merge_criteria(rows: list[dict], stored: list[dict]) -> list[dict]:
    """``rows`` (submitted) with ids for new rows, and the ``stored`` rows that
    were left out appended as hidden."""
    submitted = {row.get("id") for row in rows if row.get("id")}
    rows = list(rows) + [
        dict(row, hidden=True) for row in stored if row["id"] not in submitted
    ]
    taken = {row.get("id") for row in rows if row.get("id")}
    result = []
    for row in rows:
        row = clean_row(row)
        if not row["id"]:
            row["id"] = new_criterion_id(row["title"], taken)
            taken.add(row["id"])
        result.append(row)
    return result


def guide_criteria(guide, hidden: bool = False) -> list[dict]:
    """The guide's criteria rows (copies), in order; with ``hidden`` also the
    removed ones."""
    rows = getattr(guide, "criteria", None) or []
    return [clean_row(row) for row in rows if hidden or not row.get("hidden")]


def clean_cell(cell: dict | None) -> dict:
    """A cell with every key: verdict ``unknown`` when missing, dates as dates."""
    cell = cell or {}
    verdict = cell.get("verdict") or UNKNOWN
    return {
        "verdict": verdict,
        "note": (cell.get("note") or "").strip(),
        "source_url": (cell.get("source_url") or "").strip(),
        "verified_on": as_date(cell.get("verified_on")),
    }


def is_empty(cell: dict) -> bool:
    """Nothing said: ``unknown`` without note, source or date."""
    cell = clean_cell(cell)
    return cell["verdict"] == UNKNOWN and not (
        cell["note"] or cell["source_url"] or cell["verified_on"]
    )


def clean_values(values: dict | None) -> dict:
    """What a profile stores: cleaned cells, empty ones left out."""
    return {
        str(key): clean_cell(cell)
        for key, cell in (values or {}).items()
        if isinstance(cell, dict) and not is_empty(cell)
    }


def cells_json(values: dict | None) -> dict:
    """A profile's cells as JSON (the export, the REST API): cleaned as
    :func:`clean_values`, dates as ISO strings::

        >>> from datetime import date
        >>> cells = {"orm": {"verdict": "yes", "verified_on": date(2026, 1, 2)}}
        >>> cells_json(cells)["orm"]["verified_on"]
        '2026-01-02'
    """
    cells = clean_values(values)
    for cell in cells.values():
        day = cell["verified_on"]
        cell["verified_on"] = day.isoformat() if day else None
    return cells


def cell_of(values: dict | None, criterion_id: str) -> dict:
    """The cell of one criterion (``unknown`` when the profile has none)."""
    return clean_cell((values or {}).get(criterion_id))


def is_cell_stale(cell: dict, months: int, today) -> bool:
    """A cell with a verdict whose evidence was checked longer ago than the
    guide's review interval (a cell never verified is not marked: it shows
    no date to distrust)."""
    verified = as_date(cell.get("verified_on"))
    return verified is not None and add_months(verified, months) < today


def missing_evidence(criteria: list[dict], values: dict | None) -> list[dict]:
    """For the reviewer: per visible criterion, what its cell lacks.

    ``problems`` holds ``"unknown"`` (no verdict yet) and/or ``"no_source"``
    (a verdict without a source to check).
    """
    rows = []
    for row in criteria:
        cell = cell_of(values, row["id"])
        problems = []
        if cell["verdict"] == UNKNOWN:
            problems.append("unknown")
        elif cell["verdict"] != "not_applicable" and not cell["source_url"]:
            problems.append("no_source")
        if problems:
            rows.append({"id": row["id"], "title": row["title"], "problems": problems})
    return rows
