"""FrameworkGuide: the folder that holds one guide's Framework Profiles."""

from collective.frameworkguide import _
from collective.frameworkguide.criteria.schema import criteria_field
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.releases.maintenance import DEFAULT_WARNING_MONTHS
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


def default_review_interval() -> int:
    """The control panel's interval: new guides start with it, and guides made
    before the field existed read it until an editor sets their own."""
    from collective.frameworkguide.guide.freshness import default_interval

    return default_interval()


class IFrameworkGuideSchema(model.Schema):
    """Schema of a Framework Guide.

    Title, description and the intro text come from the plone.basic and
    plone.richtext behaviors (see the FTI).
    """

    review_interval_months = schema.Int(
        title=_("Review interval (months)"),
        description=_(
            "A published profile is due for review when its last review is "
            "older than this. Visitors then see a notice on it."
        ),
        min=1,
        max=120,
        required=False,
        defaultFactory=default_review_interval,
    )

    release_warning_months = schema.Int(
        title=_("Release warning (months)"),
        description=_(
            "Visitors see “no release since …” on a profile whose latest "
            "release is older than this, and the reviewer desk lists it."
        ),
        min=1,
        max=240,
        required=False,
        default=DEFAULT_WARNING_MONTHS,
    )

    model.fieldset(
        "criteria",
        label=_("Criteria"),
        fields=["criteria"],
    )

    criteria = criteria_field(
        title=_("Criteria"),
        description=_(
            "Rows the matrix compares beyond the fixed fields, for example "
            "“Async views”. Each profile gives a verdict with a source per row. "
            "Fill an empty row to add one; tick “Removed” to hide a row (the "
            "profiles keep their verdicts and get them back when you untick "
            "it); the chooser shows each framework's verdict on decisive rows "
            "beside its reasons, worth no points."
        ),
    )


@implementer(IFrameworkGuide)
class FrameworkGuide(Container):
    """A guide: its published profiles make the comparison and the chooser."""
