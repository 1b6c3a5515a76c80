"""Import profiles into a guide from a JSON export: all or nothing.

Every row goes through plone.restapi's content deserializer, the very path of
``POST <guide>`` and ``PATCH <profile>`` (field constraints, vocabularies, the
unique title), so the import accepts exactly what the REST API accepts. Rows
are matched by ``id``: a new id creates a profile, a known one updates it. When
any row is invalid, or when only checking, the transaction is aborted and
doomed, so nothing at all is written::

    result = ProfileImporter(guide, request).run(payload)
    result.created, [(e.row, e.field) for e in result.errors]  # (['bottle'], [])

The columns it reads back are the fields with the ``import`` role of
``content/fields.py``; the informational columns of the export are skipped.
"""

from Acquisition import aq_base
from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.content.fields import names
from collective.frameworkguide.content.fields import names_of_kind
from collective.frameworkguide.exchange.criteria import import_criteria
from collective.frameworkguide.exchange.export import informational_columns
from collective.frameworkguide.exchange.export import same_image
from collective.frameworkguide.exchange.import_result import field_errors
from collective.frameworkguide.exchange.import_result import ImportResult
from collective.frameworkguide.exchange.import_result import RowError
from collective.frameworkguide.exchange.messages import ID_OF_OTHER_ITEM
from collective.frameworkguide.exchange.messages import INVALID_ID
from collective.frameworkguide.exchange.messages import MAY_NOT_ADD
from collective.frameworkguide.exchange.messages import MAY_NOT_EDIT
from collective.frameworkguide.exchange.messages import MISSING_ID
from collective.frameworkguide.exchange.messages import NOT_AN_EXPORT
from collective.frameworkguide.exchange.messages import NOT_JSON
from collective.frameworkguide.exchange.messages import NOT_UTF8
from collective.frameworkguide.exchange.messages import ONLY_FIRST_STATE
from collective.frameworkguide.exchange.messages import REPEATED_ID
from collective.frameworkguide.exchange.messages import ROW_NOT_AN_OBJECT
from collective.frameworkguide.exchange.messages import UNKNOWN_FIELD
from collective.frameworkguide.permissions import MODIFY_CONTENT
from plone import api
from plone.restapi.interfaces import IDeserializeFromJson
from plone.restapi.services.content.utils import add
from plone.restapi.services.content.utils import create
from zExceptions import BadRequest
from zExceptions import Unauthorized
from zope.component import getMultiAdapter
from zope.event import notify
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.lifecycleevent import ObjectCreatedEvent

import json
import transaction


class ProfileImporter:
    """Create or update a guide's profiles from the rows of a JSON export."""

    def __init__(self, guide, request):
        self.guide = guide
        self.request = request
        self.workflow = api.portal.get_tool("portal_workflow")

    def run(self, payload: bytes | str, write: bool = True) -> ImportResult:
        """Import ``payload``; with ``write=False`` only check it.

        The result lists every bad row. Unless all rows are good and ``write``
        is true, every change made while checking is thrown away.
        """
        result = ImportResult()
        rows = self._rows(payload, result)
        seen: set[str] = set()
        for number, row in enumerate(rows, start=1):
            self._import_row(number, row, seen, result)
        if result.errors or not write:
            # Rows were written one by one through the REST path; dropping
            # the whole transaction undoes them all (and the catalog queue).
            transaction.abort()
            transaction.doom()
        else:
            result.written = True
        return result

    def _message(self, message: Message, **mapping) -> str:
        if mapping:
            message = Message(message, mapping=mapping)
        return translate(message, context=self.request)

    def _error(self, result, row, profile_id, field_name, message, **mapping):
        text = self._message(message, **mapping)
        result.errors.append(RowError(row, profile_id, field_name, text))

    def _rows(self, payload, result: ImportResult) -> list:
        try:
            data = json.loads(payload)
        except UnicodeDecodeError as error:
            # An export is UTF-8; any other bytes are a damaged or foreign file.
            byte = f"0x{error.object[error.start]:02X}"
            self._error(
                result, 0, "", "", NOT_UTF8, position=str(error.start + 1), byte=byte
            )
            return []
        except (ValueError, TypeError):
            # The parser's own text ("Expecting value: line 1 column 1") means
            # nothing to an editor who picked the wrong file.
            self._error(result, 0, "", "", NOT_JSON)
            return []
        rows = data.get("profiles") if isinstance(data, dict) else None
        if not isinstance(rows, list):
            self._error(result, 0, "", "", NOT_AN_EXPORT)
            return []
        # The guide's criteria first, so the profiles' cells find their rows.
        problem = import_criteria(self.guide, data)
        if problem is not None:
            result.errors.append(RowError(0, "", "criteria", self._message(problem)))
            return []
        return rows

    def _import_row(self, number: int, row, seen: set, result: ImportResult):
        if not isinstance(row, dict):
            self._error(result, number, "", "", ROW_NOT_AN_OBJECT)
            return
        profile_id = row.get("id")
        if not isinstance(profile_id, str) or not profile_id.strip():
            self._error(result, number, "", "id", MISSING_ID)
            return
        if profile_id in seen:
            self._error(result, number, profile_id, "id", REPEATED_ID, id=profile_id)
            return
        seen.add(profile_id)
        known = {"id", *names("export"), *informational_columns()}
        unknown = sorted(name for name in row if name not in known)
        for name in unknown:
            self._error(result, number, profile_id, name, UNKNOWN_FIELD)
        if unknown:
            return
        imported = names("import")
        fields = {name: value for name, value in row.items() if name in imported}
        existing = self.guide.get(profile_id) if profile_id in self.guide else None
        if existing is None:
            self._create(number, profile_id, fields, result)
        elif getattr(aq_base(existing), "portal_type", None) != PROFILE_TYPE:
            self._error(
                result, number, profile_id, "id", ID_OF_OTHER_ITEM, id=profile_id
            )
        else:
            self._update(number, existing, fields, result)

    def _deserialize(self, obj, fields: dict, create: bool):
        """Run the REST deserializer on ``obj``.

        Returns ``(errors, changed)``: a ``(field, message)`` pair per invalid
        field, and the names of the fields whose value changed.
        """
        deserializer = getMultiAdapter((obj, self.request), IDeserializeFromJson)
        try:
            deserializer(validate_all=True, data=fields, create=create)
        except BadRequest as error:
            return field_errors(error), []
        changed = [
            name.rsplit(".", 1)[-1]
            for modified in deserializer.modified.values()
            for name in modified
        ]
        return [], changed

    def _create(self, number, profile_id, fields, result):
        try:
            obj = create(self.guide, PROFILE_TYPE, id_=profile_id)
        except Unauthorized:
            self._error(result, number, profile_id, "id", MAY_NOT_ADD)
            return
        # Wrapped like plone.restapi's POST does, so vocabularies and the
        # unique-title rule see the guide.
        errors, _changed = self._deserialize(
            obj.__of__(self.guide), fields, create=True
        )
        for name, message in errors:
            result.errors.append(RowError(number, profile_id, name, message))
        if errors:
            return
        notify(ObjectCreatedEvent(obj))
        try:
            add(self.guide, obj, rename=False)
        except BadRequest as error:
            self._error(
                result,
                number,
                profile_id,
                "id",
                INVALID_ID,
                id=profile_id,
                reason=str(error),
            )
            return
        result.created.append(profile_id)

    def _update(self, number, profile, fields, result):
        profile_id = profile.getId()
        if not api.user.has_permission(MODIFY_CONTENT, obj=profile):
            self._error(result, number, profile_id, "id", MAY_NOT_EDIT)
            return
        # A new image object never equals the stored one, so the same logo
        # would count as a change (and block a published profile).
        unchanged_images = {
            name
            for name in names_of_kind("image", role="import")
            if same_image(getattr(profile, name, None), fields.get(name))
        }
        fields = {n: v for n, v in fields.items() if n not in unchanged_images}
        errors, changed = self._deserialize(profile, fields, create=False)
        for name, message in errors:
            result.errors.append(RowError(number, profile_id, name, message))
        if errors:
            return
        if not changed:
            result.unchanged.append(profile_id)
            return
        state, initial = self._states(profile)
        if state != initial:
            self._error(
                result,
                number,
                profile_id,
                ", ".join(changed),
                ONLY_FIRST_STATE,
                state=self._state_title(profile, state),
                initial=self._state_title(profile, initial),
            )
            return
        result.updated.append(profile_id)

    def _states(self, profile) -> tuple[str | None, str | None]:
        """The profile's state and its workflow's initial state."""
        workflows = self.workflow.getWorkflowsFor(profile)
        initial = workflows[0].initial_state if workflows else None
        return api.content.get_state(obj=profile, default=None), initial

    def _state_title(self, profile, state: str | None) -> str:
        title = self.workflow.getTitleForStateOnType(state, profile.portal_type)
        return translate(title or state or "", domain="plone", context=self.request)
