"""What the import says about a file or a row it refuses (translatable)."""

from collective.frameworkguide import _


NOT_JSON = _(
    "msg_import_not_a_json_export",
    default="This file is not a guide export (JSON expected). Upload the JSON "
    "file that “Export profiles” downloads.",
)
NOT_UTF8 = _(
    "msg_import_not_utf8",
    default="The file is not UTF-8 text: byte ${position} (${byte}) is not "
    "valid UTF-8. Upload the JSON file of an export as it was saved.",
)
NOT_AN_EXPORT = _(
    "msg_import_not_an_export",
    default="The file is not a Framework Guide export: it has no list of "
    "profiles under “profiles”.",
)
ROW_NOT_AN_OBJECT = _(
    "msg_import_row_not_an_object",
    default="A profile must be a JSON object of field names and values.",
)
MISSING_ID = _(
    "msg_import_missing_id",
    default="Each profile needs an “id”: the short name in its web address.",
)
REPEATED_ID = _(
    "msg_import_repeated_id",
    default="The id “${id}” appears more than once in the file.",
)
ID_OF_OTHER_ITEM = _(
    "msg_import_id_of_other_item",
    default="“${id}” is the id of another item in this guide, not of a profile.",
)
INVALID_ID = _(
    "msg_import_invalid_id",
    default="“${id}” cannot be used as an id: ${reason}",
)
UNKNOWN_FIELD = _(
    "msg_import_unknown_field",
    default="Unknown field: an import reads the fields of an export.",
)
MAY_NOT_ADD = _(
    "msg_import_may_not_add",
    default="You may not add profiles to this guide.",
)
MAY_NOT_EDIT = _(
    "msg_import_may_not_edit",
    default="You may not change this profile.",
)
ONLY_FIRST_STATE = _(
    "msg_import_only_first_state",
    default="This profile is “${state}”: an import changes profiles only while "
    "they are “${initial}”, so what visitors see changes only through review. "
    "Edit a working copy, or have the profile retracted, then import again.",
)
