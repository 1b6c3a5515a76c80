"""The reviewer desk's field-by-field difference of a pending profile.

A pending profile is compared with the published content it would replace:
the baseline of a working copy (plone.app.iterate), or the CMFEditions version
that was live at the last ``publish`` of a retracted profile. The fields
compared are those with the ``diff`` role of ``content/fields.py``, in words::

    field_diff(published_version(profile), profile)
    # [{"name": "learning_curve", "title": "Ease of learning",
    #   "old": "Medium", "new": "High"}]
"""

from collective.frameworkguide.content.fields import fields_in
from collective.frameworkguide.content.fields import kind_of
from collective.frameworkguide.content.profile import IFrameworkProfileSchema
from collective.frameworkguide.content.vocabularies import FIELD_RECORDS
from collective.frameworkguide.content.vocabularies import TermTitles
from collective.frameworkguide.criteria import cell_of
from collective.frameworkguide.criteria import VERDICT_LABELS
from collective.frameworkguide.guide.card import rating_label
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.workflow.history import entries
from collective.frameworkguide.workflow.history import PUBLISH_ACTIONS
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from zope.globalrequest import getRequest
from zope.schema import getFieldsInOrder

import logging
import re


logger = logging.getLogger("collective.frameworkguide.review.diff")

_TAGS = re.compile(r"<[^>]+>")


class Words:
    """Field values in words: vocabulary titles, rating labels, plain text."""

    def __init__(self):
        self.request = getRequest()
        self.terms = {
            name: TermTitles.of_field(name).translated(self.request)
            for name in FIELD_RECORDS
        }

    def translate(self, message) -> str:
        return translate_message(message, self.request)

    def __call__(self, name, value):
        if value is None or value == "" or value == set() or value == []:
            return ""
        if name in self.terms:
            tokens = [value] if isinstance(value, str) else sorted(value)
            return ", ".join(self.terms[name].titles(tokens))
        if kind_of(name) == "rating":
            return self.translate(rating_label(value) or str(value))
        if hasattr(value, "raw"):  # RichTextValue
            return " ".join(_TAGS.sub(" ", value.raw or "").split())
        if isinstance(value, (list, tuple)):
            return "; ".join(value)
        if isinstance(value, dict):  # criteria_values: id, verdict, source
            return "; ".join(
                self.cell(key, cell_of(value, key)) for key in sorted(value)
            )
        return str(value)

    def cell(self, key: str, cell: dict) -> str:
        text = f"{key}: {self.translate(VERDICT_LABELS[cell['verdict']])}"
        if cell["note"]:
            text += f" ({cell['note']})"
        return f"{text} <{cell['source_url']}>" if cell["source_url"] else text


def compared_fields() -> list[tuple[str, object]]:
    """``(name, title)`` of the fields with the ``diff`` role, in the edit
    form's order: plone.basic's (title, summary), the schema's, then the
    other behaviors' (the text)."""
    schema = dict(getFieldsInOrder(IFrameworkProfileSchema))
    schema_order = list(schema)

    def form_position(declaration) -> tuple[int, int]:
        if declaration.behavior == "plone.basic":
            return (0, 0)
        if declaration.name in schema:
            return (1, schema_order.index(declaration.name))
        return (2, 0)

    compared = sorted(fields_in("diff"), key=form_position)
    return [
        (f.name, schema[f.name].title if f.name in schema else f.title)
        for f in compared
    ]


def field_diff(published, pending) -> list[dict]:
    """Rows ``{name, title, old, new}`` for each field whose value differs."""
    words = Words()
    rows = []
    for name, title in compared_fields():
        old = words(name, getattr(published, name, None))
        new = words(name, getattr(pending, name, None))
        if old != new:
            rows.append({"name": name, "title": title, "old": old, "new": new})
    return rows


def published_version(profile):
    """The published content a pending ``profile`` would replace, or None."""
    if IWorkingCopy.providedBy(profile):
        policy = ICheckinCheckoutPolicy(profile, None)
        return policy.getBaseline() if policy is not None else None
    published_at = None
    for entry in entries(profile):
        if entry.get("action") in PUBLISH_ACTIONS:
            published_at = entry["time"]
    if published_at is None:
        return None  # never published: everything is new
    repository = api.portal.get_tool("portal_repository")
    try:
        history = repository.getHistoryMetadata(profile)
        if not history:
            return None
        live = None
        for version_id in range(history.getLength(countPurged=False)):
            meta = history.retrieve(version_id)["metadata"]["sys_metadata"]
            if meta["timestamp"] <= published_at.timeTime():
                live = version_id
        return repository.retrieve(profile, live).object if live is not None else None
    except Exception:  # a purged or unreadable history: no diff, no error
        logger.exception("No published version of %s", profile.absolute_url())
        return None
