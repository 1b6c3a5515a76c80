"""``@@framework-guide-export?format=json|csv``: every profile of a guide.

A row holds the profile's ``id``, its ``review_state`` and every field with
the ``export`` role of ``content/fields.py`` under its REST name. JSON values
are what plone.restapi's ``POST`` accepts, so the JSON export is also the
import format::

    rows = [profile_record(p) for p in exported_profiles(guide)]
    rows[0]["use_cases"], rows[0]["review_state"]  # (['one-page'], 'published')
"""

from collective.frameworkguide import PACKAGE_NAME
from collective.frameworkguide.content.fields import fields_in
from collective.frameworkguide.content.fields import kind_of
from collective.frameworkguide.content.fields import names
from collective.frameworkguide.criteria import cells_json
from collective.frameworkguide.exchange.criteria import exported_criteria
from collective.frameworkguide.guide.published import profile_brains
from datetime import date
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy

import base64
import csv
import io
import json


EXPORT_FORMAT = f"{PACKAGE_NAME}.export"
EXPORT_VERSION = 1

# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def informational_columns() -> tuple[str, ...]:
    """Columns written by the export, never read back by the import (see
    docs/exchange.rst): the workflow state and the fields not imported."""
    imported = names("import")
    return ("review_state", *(n for n in names("export") if n not in imported))


def exported_profiles(guide) -> list:
    """The guide's profiles the user may see, in folder order.

    Working copies (plone.app.iterate) are left out: they are pending changes
    of a profile that is exported itself, and share its title.
    """
    brains = profile_brains(guide, sort_on="getObjPositionInParent")
    profiles = (brain.getObject() for brain in brains)
    return [profile for profile in profiles if not IWorkingCopy.providedBy(profile)]


def _rich_text_json(value) -> dict | None:
    if not value:
        return None
    return {"data": value.raw, "content-type": value.mimeType, "encoding": "utf-8"}


def _image_json(value) -> dict | None:
    if not value:
        return None
    return {
        "filename": value.filename,
        "content-type": value.contentType,
        "encoding": "base64",
        "data": base64.b64encode(value.data).decode("ascii"),
    }


def same_image(stored, value) -> bool:
    """Whether ``value``, an image as the JSON export writes it, is ``stored``."""
    if not stored or not isinstance(value, dict) or value.get("encoding") != "base64":
        return False
    try:
        data = base64.b64decode(value.get("data") or "", validate=True)
    except (TypeError, ValueError):
        return False
    return (
        data == stored.data
        and value.get("filename") == stored.filename
        and value.get("content-type") == stored.contentType
    )


# JSON values by kind of field; for any other kind, sets become sorted lists,
# tuples lists and dates ISO dates.
_JSON_VALUES = {
    "cells": cells_json,
    "rich": _rich_text_json,
    "image": _image_json,
}


def _json_value(profile, declaration):
    value = getattr(profile, declaration.name, None)
    convert = _JSON_VALUES.get(declaration.kind)
    if convert is not None:
        return convert(value)
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
    for declaration in fields_in("export"):
        record[declaration.name] = _json_value(profile, declaration)
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
    kind = kind_of(name)
    if kind == "rich":
        value = value["data"]
    elif kind == "image":
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
    columns = ("id", "review_state", *names("export"))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for profile in exported_profiles(guide):
        record = profile_record(profile)
        writer.writerow([_csv_cell(record, name) for name in columns])
    return out.getvalue()
