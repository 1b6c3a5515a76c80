"""``@@framework-guide-export?format=json|csv``: every profile of a guide.

A row holds the profile's ``id``, its ``review_state`` and every field of the
contract under its REST name. JSON values are what plone.restapi's ``POST``
accepts, so the JSON export is also the import format::

    >>> rows = [profile_record(p) for p in exported_profiles(guide)]  # doctest: +SKIP
    >>> rows[0]["use_cases"], rows[0]["review_state"]
    (['one-page'], 'published')
"""

from collective.frameworkguide import PACKAGE_NAME
from collective.frameworkguide.exchange.criteria import exported_cells
from collective.frameworkguide.exchange.criteria import exported_criteria
from datetime import date
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy

import base64
import csv
import io
import json


EXPORT_FORMAT = f"{PACKAGE_NAME}.export"
EXPORT_VERSION = 1

# The contract's field names (DESIGN.md), in its order.
PROFILE_FIELDS = (
    "title",
    "description",
    "framework_kind",
    "use_cases",
    "choose_when",
    "avoid_when",
    "strengths",
    "weaknesses",
    "learning_curve",
    "documentation_quality",
    "flexibility",
    "ecosystem",
    "batteries",
    "website",
    "repository",
    "documentation_url",
    "license",
    "latest_version",
    "first_release_year",
    "example_projects",
    "text",
    "logo",
    "last_reviewed",
    "criteria_values",
)

# Written by the export, never read back by the import (see docs/exchange.rst).
INFORMATIONAL_FIELDS = ("review_state", "last_reviewed")

# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def exported_profiles(guide) -> list:
    """The guide's profiles the user may see, in folder order.

    Working copies (plone.app.iterate) are left out: they are pending changes
    of a profile that is exported itself, and share its title.
    """
    brains = api.content.find(
        context=guide,
        depth=1,
        portal_type="FrameworkProfile",
        sort_on="getObjPositionInParent",
    )
    profiles = (brain.getObject() for brain in brains)
    return [profile for profile in profiles if not IWorkingCopy.providedBy(profile)]


def _json_value(profile, name: str):
    value = getattr(profile, name, None)
    if name == "criteria_values":
        return exported_cells(value)
    if name == "text":
        if not value:
            return None
        return {"data": value.raw, "content-type": value.mimeType, "encoding": "utf-8"}
    if name == "logo":
        if not value:
            return None
        return {
            "filename": value.filename,
            "content-type": value.contentType,
            "encoding": "base64",
            "data": base64.b64encode(value.data).decode("ascii"),
        }
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def profile_record(profile) -> dict:
    """One profile as plain JSON data: id, workflow state and every field."""
    record = {
        "id": profile.getId(),
        "review_state": api.content.get_state(obj=profile, default=None),
    }
    for name in PROFILE_FIELDS:
        record[name] = _json_value(profile, name)
    return record


def export_data(guide) -> dict:
    """The whole JSON document of a guide's export."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "guide": {
            "id": guide.getId(),
            "title": guide.Title(),
            "criteria": exported_criteria(guide),
        },
        "exported": date.today().isoformat(),
        "profiles": [profile_record(p) for p in exported_profiles(guide)],
    }


def _csv_cell(record: dict, name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if name == "text":
        value = value["data"]
    elif name == "logo":
        value = value["filename"] or ""
    elif isinstance(value, list):
        value = "\n".join(value)
    elif isinstance(value, dict):  # criteria_values, as in the JSON export
        value = json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    value = str(value)
    if value.startswith(_FORMULA_STARTS):
        value = "'" + value
    return value


def export_csv(guide) -> str:
    """One row per profile; list values one per line inside their cell,
    ``text`` as its HTML source, ``logo`` as its file name."""
    columns = ("id", "review_state", *PROFILE_FIELDS)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for profile in exported_profiles(guide):
        record = profile_record(profile)
        writer.writerow([_csv_cell(record, name) for name in columns])
    return out.getvalue()
