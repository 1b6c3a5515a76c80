"""The matrix rows of a guide's criteria, from the profiles' catalog cards.

Each row has the shape of ``guide.matrix.matrix_row`` (``name``, ``title``,
``kind``, ``cells``, ``differs``) with ``kind == "criterion"``, the criterion's
id as ``token``, and cells that carry the whole typed value::

    {"value": "yes", "label": <Message yes>, "icon": "✓", "note": "…",
     "source_url": "https://…", "verified_on": date(2026, 10, 1), "stale": False}

All plain, picklable data: the HTML matrix is cached under a digest of it.
"""

from collective.frameworkguide.criteria import cell_of
from collective.frameworkguide.criteria import is_cell_stale
from collective.frameworkguide.criteria import VERDICT_ICONS
from collective.frameworkguide.criteria import VERDICT_LABELS


def criterion_cell(cell: dict, months: int, today) -> dict:
    verdict = cell["verdict"]
    return {
        "value": verdict,
        "label": VERDICT_LABELS.get(verdict, verdict),
        "icon": VERDICT_ICONS.get(verdict, "?"),
        "note": cell["note"],
        "source_url": cell["source_url"],
        "verified_on": cell["verified_on"],
        "stale": is_cell_stale(cell, months, today),
    }


def criterion_rows(
    criteria: list[dict], profiles: list[dict], months: int, today
) -> list[dict]:
    """One row per criterion (in the guide's order) across ``profiles``.

    ``differs`` compares the verdicts only: notes and sources may differ while
    the frameworks agree.
    """
    rows = []
    for criterion in criteria:
        cells = [
            criterion_cell(cell_of(p.get("criteria"), criterion["id"]), months, today)
            for p in profiles
        ]
        rows.append(
            {
                "name": "criteria",
                "token": criterion["id"],
                "title": criterion["title"],
                "description": criterion["description"],
                "decisive": criterion["decisive"],
                "kind": "criterion",
                "cells": cells,
                "differs": len({cell["value"] for cell in cells}) > 1,
            }
        )
    return rows


def differences_only(rows: list[dict]) -> list[dict]:
    """The rows where the shown profiles differ (advice texts always stay:
    they are each framework's own words)."""
    return [row for row in rows if row["differs"] or row["kind"] == "advice"]
