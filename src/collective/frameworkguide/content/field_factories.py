"""The profile schema's repeated fields: ratings, lists of points, web addresses.

Each factory makes one optional field with the profile's rule as constraint::

    >>> rating_field("Flexibility", "1 = rigid, 5 = mix and match").max is None
    True
    >>> points_field("Strengths", "One per line").default
    []
"""

from collective.frameworkguide.content.url import web_url_field
from collective.frameworkguide.content.validation import check_lines
from collective.frameworkguide.content.validation import check_rating
from collective.frameworkguide.content.validation import check_web_url
from zope import schema


def rating_field(title, description) -> schema.Int:
    """A 1–5 rating (``check_rating`` says so in the editor's words)."""
    return schema.Int(
        title=title,
        description=description,
        required=False,
        constraint=check_rating,
    )


def points_field(title, description) -> schema.List:
    """One short point per line (strengths, weaknesses, example projects)."""
    return schema.List(
        title=title,
        description=description,
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
        constraint=check_lines,
    )


def optional_web_url_field(title, description) -> schema.URI:
    """A web address that may stay empty (see ``content/url.py``)."""
    return web_url_field(
        title=title,
        description=description,
        required=False,
        constraint=check_web_url,
    )


def choices_field(title, description, vocabulary: str) -> schema.Set:
    """Any number of a vocabulary's terms (use cases, batteries)."""
    return schema.Set(
        title=title,
        description=description,
        value_type=schema.Choice(vocabulary=vocabulary),
        required=False,
        default=set(),
        missing_value=set(),
    )
