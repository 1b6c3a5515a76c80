"""The profile's fields, declared once: what each holds and where it takes part.

Everything that lists a profile's fields is derived from ``PROFILE_FIELDS``:
the catalog card (and so the matrix and the REST API's plain data), the export
and import columns, the kind of JSON the REST API accepts, and the reviewer
desk's field-by-field difference. Adding a field to the schema
(``content/profile.py``) and one line here makes it appear everywhere::

    >>> names("export")[:3]
    ('title', 'description', 'framework_kind')
    >>> "last_reviewed" in names("import")
    False
    >>> names_of_kind("url")
    ('website', 'repository', 'documentation_url')
    >>> field("use_cases").vocabulary
    'collective.frameworkguide.UseCases'
"""

from dataclasses import dataclass


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
    name: str
    kind: str
    roles: tuple[str, ...] = ROLES
    vocabulary: str | None = None

    def __post_init__(self):
        assert self.kind in KINDS, self.kind
        assert set(self.roles) <= set(ROLES), self.roles


def _vocabulary(name: str) -> str:
    return f"collective.frameworkguide.{name}"


# In the order of the contract (DESIGN.md): the export's column order.
PROFILE_FIELDS = (
    ProfileField("title", "line", ("export", "import", "diff")),
    ProfileField("description", "text", ("export", "import", "diff")),
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
    ProfileField("latest_version", "line"),
    ProfileField("first_release_year", "number"),
    ProfileField("example_projects", "lines"),
    ProfileField("text", "rich"),
    # The image stays in its blob: the card keeps its file name only.
    ProfileField("logo", "image", ("card", "export", "import")),
    # Set by the ``publish`` transition: exported for information only.
    ProfileField("last_reviewed", "date", ("card", "export")),
    ProfileField("criteria_values", "cells", ("export", "import", "diff")),
    # A relation, not data of this profile: edited in the form only.
    ProfileField("replaced_by", "relation", ()),
)

_BY_NAME = {f.name: f for f in PROFILE_FIELDS}


def field(name: str) -> ProfileField:
    """The declaration of one field."""
    return _BY_NAME[name]


def names(role: str) -> tuple[str, ...]:
    """The names of the fields taking part in ``role``, in contract order."""
    assert role in ROLES, role
    return tuple(f.name for f in PROFILE_FIELDS if role in f.roles)


def names_of_kind(*kinds: str, role: str | None = None) -> tuple[str, ...]:
    """The names of the fields of these kinds (in ``role`` when given)."""
    return tuple(
        f.name
        for f in PROFILE_FIELDS
        if f.kind in kinds and (role is None or role in f.roles)
    )
