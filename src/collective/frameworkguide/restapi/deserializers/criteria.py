"""plone.restapi field deserializers for ``criteria`` and ``criteria_values``.

The same rules as the edit forms (``widgets.py``):

- ``criteria``: a list of ``{id, title, description, decisive, hidden}``; a row
  without ``id`` gets one made from its title, and rows left out of the list
  stay, hidden (their cells are kept and come back when they are shown again).
- ``criteria_values``: ``{criterion id: {verdict, note, source_url,
  verified_on}}``; cells of hidden criteria stay as stored. A cell for an id
  the guide does not have (yet) is kept but shown nowhere, like a hidden
  row's: so an import may bring profiles before their guide's criteria.

Wrong JSON types answer 400 with a sentence naming the field.
"""

from collective.frameworkguide import _
from collective.frameworkguide.criteria import clean_values
from collective.frameworkguide.criteria import guide_criteria
from collective.frameworkguide.criteria import guide_of
from collective.frameworkguide.criteria import merge_criteria
from collective.frameworkguide.criteria.schema import check_cells
from collective.frameworkguide.criteria.schema import ICriteriaField
from collective.frameworkguide.criteria.schema import ICriteriaValuesField
from collective.frameworkguide.i18n import translate_message
from collective.frameworkguide.interfaces import IFrameworkGuide
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.deserializer.dxfields import DefaultFieldDeserializer
from plone.restapi.interfaces import IFieldDeserializer
from zope.component import adapter
from zope.interface import implementer
from zope.publisher.interfaces.browser import IBrowserRequest


NOT_A_LIST_OF_ROWS = _(
    "msg_criteria_json",
    default="Send a list of objects with title, description, decisive and hidden.",
)
NOT_A_MAPPING_OF_CELLS = _(
    "msg_cells_json",
    default="Send an object that maps criterion ids to objects with verdict, "
    "note, source_url and verified_on.",
)


@implementer(IFieldDeserializer)
@adapter(ICriteriaField, IDexterityContent, IBrowserRequest)
class CriteriaDeserializer(DefaultFieldDeserializer):
    def __call__(self, value):
        value = [] if value is None else value
        if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
            raise ValueError(translate_message(NOT_A_LIST_OF_ROWS, self.request))
        for row in value:
            for key in ("title", "description", "id"):
                if row.get(key) is not None and not isinstance(row[key], str):
                    raise ValueError(
                        translate_message(NOT_A_LIST_OF_ROWS, self.request)
                    )
        stored = (
            guide_criteria(self.context, hidden=True)
            if IFrameworkGuide.providedBy(self.context)
            else []
        )
        result = merge_criteria(value, stored)
        self.field.validate(result)
        return result


@implementer(IFieldDeserializer)
@adapter(ICriteriaValuesField, IDexterityContent, IBrowserRequest)
class CellsDeserializer(DefaultFieldDeserializer):
    def __call__(self, value):
        value = {} if value is None else value
        if not isinstance(value, dict) or not all(
            isinstance(cell, dict) for cell in value.values()
        ):
            raise ValueError(translate_message(NOT_A_MAPPING_OF_CELLS, self.request))
        guide = guide_of(self.context)
        visible = guide_criteria(guide) if guide is not None else []
        check_cells(value, {row["id"]: row["title"] for row in visible})
        shown = {row["id"] for row in visible}
        stored = getattr(self.context, "criteria_values", None) or {}
        kept = {
            key: cell
            for key, cell in stored.items()
            if key not in shown and key not in value
        }
        result = clean_values({**kept, **value})
        self.field.validate(result)
        return result
