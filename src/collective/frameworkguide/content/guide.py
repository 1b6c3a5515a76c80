"""FrameworkGuide: the folder that holds one guide's Framework Profiles."""

from collective.frameworkguide.interfaces import IFrameworkGuide
from plone.dexterity.content import Container
from plone.supermodel import model
from zope.interface import implementer


class IFrameworkGuideSchema(model.Schema):
    """Schema of a Framework Guide.

    Title, description and the intro text come from the plone.basic and
    plone.richtext behaviors (see the FTI); the guide's own fields are added by
    later versions (criteria, review interval).
    """


@implementer(IFrameworkGuide)
class FrameworkGuide(Container):
    """A guide: its published profiles make the comparison and the chooser."""
