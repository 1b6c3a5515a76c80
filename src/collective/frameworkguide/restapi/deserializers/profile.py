"""POST and PATCH of a profile: plone.restapi's deserializer plus the guide's rules.

Field constraints (``validation.py``) already run inside plone.restapi's field
deserializers. Two rules need more than one field's value and are added here,
so ``POST <guide>`` and ``PATCH <profile>`` (and the JSON import, which uses
this same adapter) refuse what the edit forms refuse:

- the title is unique in the guide, whatever the letter case
  (``content.uniqueness.check_unique_title``);
- a vocabulary value must be one of the terms; zope.schema's
  "Constraint not satisfied" becomes a sentence listing the choices;
- a blank line in a list (strengths, weaknesses, examples) gets the edit
  form's message with its line number, where plone.restapi's item
  deserializer only says "Required input is missing.";
- JSON of the wrong type, and web addresses with characters that cannot be
  parsed, are refused per field before plone.restapi reads them (it would
  answer some of them with a 500), and title, description and text get the
  profile's rules for invisible characters and length (``json_input``).

Errors answer ``400 Bad Request``; the body's ``message`` is a JSON list of
``{"field", "message", "error"}``, one per invalid field, and nothing is stored.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.frameworkguide.content.fields import kind_of
from collective.frameworkguide.content.fields import vocabulary_of
from collective.frameworkguide.content.uniqueness import check_unique_title
from collective.frameworkguide.errors import DuplicateTitle
from collective.frameworkguide.errors import EmptyLine
from collective.frameworkguide.errors import UnknownTerm
from collective.frameworkguide.interfaces import IFrameworkGuideLayer
from collective.frameworkguide.interfaces import IFrameworkProfile
from collective.frameworkguide.restapi.deserializers.json_input import behavior_errors
from collective.frameworkguide.restapi.deserializers.json_input import input_errors
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from zExceptions import BadRequest
from zope.component import adapter
from zope.component import getUtility
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.schema.interfaces import ConstraintNotSatisfied
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.interfaces import RequiredMissing

import json


UNKNOWN_TERM = UnknownTerm.message


@implementer(IDeserializeFromJson)
@adapter(IFrameworkProfile, IFrameworkGuideLayer)
class FrameworkProfileDeserializer(DeserializeFromJson):
    """plone.restapi's content deserializer with the guide-wide rules."""

    def __call__(self, validate_all=False, data=None, create=False, **kwargs):
        try:
            return super().__call__(
                validate_all=validate_all, data=data, create=create, **kwargs
            )
        except BadRequest as error:
            errors = error.args[0] if error.args else None
            if not isinstance(errors, list):
                raise
            # A JSON list, so clients parse it (plone.restapi sends a Python
            # repr, which JSON parsers refuse once a message has a quote).
            message = json.dumps(errors, ensure_ascii=False, default=str)
            raise BadRequest(message) from error

    def get_schema_data(self, data, validate_all, create=False):
        early = input_errors(data)
        refused = {error["field"] for error in early}
        readable = {name: value for name, value in data.items() if name not in refused}
        schema_data, errors = super().get_schema_data(readable, validate_all, create)
        # A field refused early is not also "required" when validate_all runs.
        errors = early + [e for e in errors if e.get("field") not in refused]
        for error in errors:
            self._explain_unknown_term(error)
            self._explain_blank_line(error, data)
        errors += behavior_errors(
            schema_data, skip={error.get("field") for error in errors}
        )
        if not any(error.get("field") == "title" for error in errors):
            title_error = self._title_error(data, create)
            if title_error is not None:
                errors.append(title_error)
        return schema_data, errors

    def _title_error(self, data: dict, create: bool) -> dict | None:
        """The unique-title rule, for a new title or a new profile."""
        if "title" not in data and not create:
            return None
        title = data.get("title") if "title" in data else self.context.title
        if not isinstance(title, str):
            return None
        guide = aq_parent(aq_inner(self.context))
        try:
            check_unique_title(guide, title, exclude=None if create else self.context)
        except DuplicateTitle as error:
            return {"message": error.doc(), "field": "title", "error": error}
        return None

    def _explain_unknown_term(self, error: dict) -> None:
        vocabulary_name = vocabulary_of(error.get("field"))
        if vocabulary_name is None or not isinstance(
            error.get("error"), ConstraintNotSatisfied
        ):
            return
        value = error["error"].args[0] if error["error"].args else ""
        vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(self.context)
        error["message"] = Message(
            UNKNOWN_TERM,
            mapping={
                "value": str(value),
                "choices": ", ".join(term.token for term in vocabulary),
            },
        )

    def _explain_blank_line(self, error: dict, data: dict) -> None:
        field = error.get("field")
        lines = data.get(field)
        if kind_of(field) != "lines" or not isinstance(
            error.get("error"), RequiredMissing
        ):
            return
        if not isinstance(lines, list):
            return
        for number, line in enumerate(lines, start=1):
            if not isinstance(line, str) or not line.strip():
                error["message"] = EmptyLine(lines, line=str(number)).doc()
                return
