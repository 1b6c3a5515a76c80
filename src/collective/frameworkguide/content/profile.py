"""FrameworkProfile: one framework's advice, ratings and facts."""

from collective.frameworkguide import _
from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.content.field_factories import choices_field
from collective.frameworkguide.content.field_factories import optional_web_url_field
from collective.frameworkguide.content.field_factories import points_field
from collective.frameworkguide.content.field_factories import rating_field
from collective.frameworkguide.content.fields import names_of_kind
from collective.frameworkguide.content.validation import check_first_release_year
from collective.frameworkguide.content.validation import check_line
from collective.frameworkguide.content.validation import check_package_name
from collective.frameworkguide.content.validation import check_text
from collective.frameworkguide.content.year import year_field
from collective.frameworkguide.criteria.schema import criteria_values_field
from collective.frameworkguide.interfaces import IFrameworkProfile
from plone.app.z3cform.widgets.contentbrowser import ContentBrowserFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobImage
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer


RATING_FIELDS = names_of_kind("rating")


class IFrameworkProfileSchema(model.Schema):
    """Schema of a Framework Profile; field names are the REST API's names.

    Title and description come from the plone.basic behavior, ``text`` from
    plone.richtext.
    """

    framework_kind = schema.Choice(
        title=_("Kind of framework"),
        description=_(
            "What sort of framework this is: a micro-framework, a full-stack "
            "framework with batteries included, a pluggable core or a CMS."
        ),
        vocabulary="collective.frameworkguide.FrameworkKinds",
        required=False,
    )

    use_cases = choices_field(
        _("Best for"),
        _(
            "The kinds of project this framework serves best. The quick pick and "
            "the chooser recommend it for these."
        ),
        "collective.frameworkguide.UseCases",
    )

    logo = NamedBlobImage(
        title=_("Logo"),
        description=_("Optional. A small square image works best (PNG or SVG)."),
        required=False,
    )

    model.fieldset(
        "advice",
        label=_("Advice"),
        fields=["choose_when", "avoid_when", "strengths", "weaknesses"],
    )

    choose_when = schema.Text(
        title=_("Choose it when…"),
        description=_(
            "In plain sentences: the situations in which a reader should pick "
            "this framework."
        ),
        required=True,
        constraint=check_text,
    )

    avoid_when = schema.Text(
        title=_("Avoid it when…"),
        description=_("In plain sentences: when another framework serves better."),
        required=False,
        constraint=check_text,
    )

    strengths = points_field(
        _("Strengths"),
        _("One strength per line, at most 200 characters each."),
    )

    weaknesses = points_field(
        _("Weaknesses"),
        _("One weakness per line, at most 200 characters each."),
    )

    model.fieldset(
        "ratings",
        label=_("Ratings"),
        fields=list(RATING_FIELDS),
    )

    learning_curve = rating_field(
        _("Ease of learning"),
        _("1 = steep and hard for beginners, 5 = gentle, quick to pick up."),
    )

    documentation_quality = rating_field(
        _("Documentation"),
        _("1 = sparse or hard to follow, 5 = complete, clear and up to date."),
    )

    flexibility = rating_field(
        _("Flexibility"),
        _("1 = the framework's way or none, 5 = mix and match any libraries you like."),
    )

    ecosystem = rating_field(
        _("Ecosystem"),
        _("1 = few add-ons and little community, 5 = many add-ons, large community."),
    )

    model.fieldset(
        "facts",
        label=_("Facts"),
        fields=[
            "batteries",
            "website",
            "repository",
            "documentation_url",
            "license",
            "package_name",
            "latest_version",
            "latest_release_date",
            "first_release_year",
            "example_projects",
            "replaced_by",
            "last_reviewed",
        ],
    )

    batteries = choices_field(
        _("Built in (batteries)"),
        _("What ships with the framework itself, without add-ons."),
        "collective.frameworkguide.Batteries",
    )

    website = optional_web_url_field(
        _("Website"),
        _("The project's home page, starting with https://."),
    )

    repository = optional_web_url_field(
        _("Source repository"),
        _("Where the source code lives, starting with https://."),
    )

    documentation_url = optional_web_url_field(
        _("Documentation address"),
        _("The official documentation, starting with https://."),
    )

    license = schema.TextLine(
        title=_("License"),
        description=_("The license's short name, for example BSD-3-Clause or GPL-2.0."),
        required=False,
        max_length=100,
        constraint=check_line,
    )

    package_name = schema.TextLine(
        title=_("Package name on the index"),
        description=_(
            "The name on the package index, for example Django or Flask. When "
            "the site checks the index, a newer release is proposed to the "
            "reviewers."
        ),
        required=False,
        max_length=100,
        constraint=check_package_name,
    )

    latest_version = schema.TextLine(
        title=_("Latest version"),
        description=_("The latest stable release, for example 3.1.2."),
        required=False,
        max_length=50,
        constraint=check_line,
    )

    latest_release_date = schema.Date(
        title=_("Latest release date"),
        description=_(
            "When the latest version was released. Visitors see a notice when "
            "it is older than the guide allows."
        ),
        required=False,
    )

    first_release_year = year_field(
        title=_("First release (year)"),
        description=_("The year of the first public release, 1990 or later."),
        required=False,
        constraint=check_first_release_year,
    )

    example_projects = points_field(
        _("Example projects"),
        _("One project built with it per line, at most 200 characters each."),
    )

    directives.widget(
        "replaced_by",
        ContentBrowserFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": [PROFILE_TYPE]},
    )
    replaced_by = RelationChoice(
        title=_("Replaced by"),
        description=_(
            "Optional. The profile of the framework that succeeds this one; "
            "archived profiles link to it."
        ),
        vocabulary="plone.app.vocabularies.Catalog",
        required=False,
    )

    model.fieldset(
        "criteria",
        label=_("Criteria"),
        fields=["criteria_values"],
    )

    criteria_values = criteria_values_field(
        title=_("Criteria"),
        description=_(
            "One row per criterion of the guide: the verdict, a short note, "
            "where a reader can check it and when you last did."
        ),
    )

    directives.omitted(IAddForm, "last_reviewed")
    last_reviewed = schema.Date(
        title=_("Last reviewed"),
        description=_("Set automatically when a reviewer publishes the profile."),
        required=False,
        readonly=True,
    )


@implementer(IFrameworkProfile)
class FrameworkProfile(Item):
    """One framework's profile inside a guide."""
