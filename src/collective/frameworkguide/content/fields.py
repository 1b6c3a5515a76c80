"""The profile's fields, declared once: what each holds and where it takes part.

Everything that lists a profile's fields is derived from ``PROFILE_FIELDS``:
the catalog card (and so the pages and the REST API's plain data), the export
and import columns, the kind of JSON the REST API accepts, and the reviewer
desk's field-by-field difference. Adding a field to the schema
(``content/profile.py``) and one line here makes it appear everywhere::

    >>> names("export")[:3]
    ('title', 'description', 'framework_kind')
    >>> "last_reviewed" in names("import")
    False
    >>> names_of_kind("url")
    ('website', 'repository', 'documentation_url')
    >>> field("use_cases").kind, vocabulary_of("use_cases")
    ('choices', 'collective.frameworkguide.UseCases')
    >>> kind_of("first_release_year"), kind_of("review_state")
    ('number', None)

The REST API's plain values (copied from the card as they are) are
``names_of_kind("line", "text", "url", "lines", "number", role="card")``.

The helpers read ``PROFILE_FIELDS`` when called, never at import time, so
what is derived follows the table even when a test changes it.
"""

from collective.frameworkguide import _
from dataclasses import dataclass
from zope.i18nmessageid import Message


# What a field's value is: decides its JSON shape, its export cell, its card
# value and the check of REST input.
KINDS = (
    "line",  # one line of text (TextLine)
    "text",  # plain paragraphs (Text)
    "rich",  # RichText (the plone.richtext behavior's ``text``)
    "url",  # a web address
    "lines",  # a list of lines (List of TextLine)
    "choice",  # one vocabulary token
    "choices",  # a set of vocabulary tokens
    "rating",  # a whole number 1-5
    "number",  # a whole number (a year)
    "date",  # a date
    "image",  # a blob image
    "cells",  # the criteria cells (``criteria_values``)
    "relation",  # a relation to another profile
)

# Where a field takes part.
ROLES = (
    "card",  # the catalog card (``framework_card``): matrix, pages, REST data
    "export",  # a column of the export
    "import",  # read back by the import and accepted by REST POST/PATCH
    "diff",  # compared on the reviewer desk
)


@dataclass(frozen=True)
class ProfileField:
    """One field: its kind of value, its roles and, for a choice, its vocabulary.

    Fields that a behavior provides, not the profile's schema, name that
    ``behavior`` and carry the ``title`` the guide shows for them.
    """

    name: str
    kind: str
    roles: tuple[str, ...] = ROLES
    vocabulary: str | None = None
    behavior: str | None = None
    title: Message | None = None

    def __post_init__(self):
        assert self.kind in KINDS, self.kind
        assert set(self.roles) <= set(ROLES), self.roles


def _vocabulary(name: str) -> str:
    return f"collective.frameworkguide.{name}"


def _basic(name: str, kind: str, title: Message) -> ProfileField:
    """A field of the plone.basic behavior: off the card, since every catalog
    brain has its own ``Title`` and ``Description``."""
    roles = ("export", "import", "diff")
    return ProfileField(name, kind, roles, behavior="plone.basic", title=title)


# In the contract's order (docs/integrators.rst): the export's column order.
PROFILE_FIELDS = (
    _basic("title", "line", _("Title")),
    _basic("description", "text", _("Summary")),
    ProfileField("framework_kind", "choice", vocabulary=_vocabulary("FrameworkKinds")),
    ProfileField("use_cases", "choices", vocabulary=_vocabulary("UseCases")),
    ProfileField("choose_when", "text"),
    ProfileField("avoid_when", "text"),
    ProfileField("strengths", "lines"),
    ProfileField("weaknesses", "lines"),
    ProfileField("learning_curve", "rating"),
    ProfileField("documentation_quality", "rating"),
    ProfileField("flexibility", "rating"),
    ProfileField("ecosystem", "rating"),
    ProfileField("batteries", "choices", vocabulary=_vocabulary("Batteries")),
    ProfileField("website", "url"),
    ProfileField("repository", "url"),
    ProfileField("documentation_url", "url"),
    ProfileField("license", "line"),
    ProfileField("package_name", "line"),
    ProfileField("latest_version", "line"),
    ProfileField("latest_release_date", "date"),
    ProfileField("first_release_year", "number"),
    ProfileField("example_projects", "lines"),
    ProfileField("text", "rich", behavior="plone.richtext", title=_("In more detail")),
    # The image stays in its blob: the card keeps its file name only.
    ProfileField("logo", "image", ("card", "export", "import")),
    # Set by the ``publish`` transition: exported for information only.
    ProfileField("last_reviewed", "date", ("card", "export")),
    # The card holds the cells under ``criteria`` (see guide/card.py).
    ProfileField("criteria_values", "cells", ("export", "import", "diff")),
    # A relation, not data of this profile: edited in the form only.
    ProfileField("replaced_by", "relation", ()),
)


def _declared(name: str) -> ProfileField | None:
    for declaration in PROFILE_FIELDS:
        if declaration.name == name:
            return declaration
    return None


def field(name: str) -> ProfileField:
    """The declaration of one field (``KeyError`` for any other name)."""
    declaration = _declared(name)
    if declaration is None:
        raise KeyError(name)
    return declaration


def kind_of(name: str) -> str | None:
    """The kind of a field's value; ``None`` for a name that is no field."""
    declaration = _declared(name)
    return declaration.kind if declaration is not None else None


def vocabulary_of(name: str) -> str | None:
    """The vocabulary of a choice field; ``None`` for any other name."""
    declaration = _declared(name)
    return declaration.vocabulary if declaration is not None else None


def fields_in(role: str) -> tuple[ProfileField, ...]:
    """The declarations of the fields taking part in ``role``, in contract order."""
    assert role in ROLES, role
    return tuple(f for f in PROFILE_FIELDS if role in f.roles)


def names(role: str) -> tuple[str, ...]:
    """The names of the fields taking part in ``role``, in contract order."""
    return tuple(f.name for f in fields_in(role))


def names_of_kind(*kinds: str, role: str | None = None) -> tuple[str, ...]:
    """The names of the fields of these kinds (in ``role`` when given)."""
    return tuple(
        f.name
        for f in PROFILE_FIELDS
        if f.kind in kinds and (role is None or role in f.roles)
    )
