"""Site-wide settings (plone.registry records) and their defaults.

Each vocabulary is stored as ordered lines ``token|Title`` so that a Site
Administrator can add, rename and reorder terms in ``@@framework-guide-settings``
while tokens stored on profiles stay stable::

    >>> parse_terms(["crud|CRUD app"])
    [('crud', 'CRUD app')]
"""

from collective.frameworkguide import _
from collective.frameworkguide.errors import EmptyTermTitle
from collective.frameworkguide.errors import InvalidTermLine
from zope import schema
from zope.interface import Interface

import re


RECORD_PREFIX = "collective.frameworkguide"

TOKEN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,49}$")

# Default terms as (token, title). The titles are message ids, so a site in
# another language shows them translated; a title a Site Administrator types
# in the control panel is shown as typed (it has no translation).
_DEFAULT_KIND_TERMS = (
    ("micro", _("Micro-framework")),
    ("full-stack", _("Full-stack framework (batteries included)")),
    ("pluggable", _("Slim, pluggable core")),
    ("cms", _("Content management system")),
)

_DEFAULT_USE_CASE_TERMS = (
    ("one-page", _("One-page app")),
    ("crud", _("CRUD app")),
    ("unique", _("Unique application")),
    ("cms", _("CMS / content-managed site")),
)

_DEFAULT_BATTERY_TERMS = (
    ("orm", _("ORM / database layer")),
    ("admin", _("Admin interface")),
    ("auth", _("Users and authentication")),
    ("permissions", _("Permissions")),
    ("workflow", _("Workflow")),
    ("forms", _("Forms")),
    ("templating", _("Templating")),
    ("i18n", _("Translations (i18n)")),
    ("migrations", _("Schema migrations")),
    ("search", _("Search")),
    ("caching", _("Caching")),
    ("rest-api", _("REST API")),
)


def _term_lines(terms) -> list[str]:
    return [f"{token}|{title}" for token, title in terms]


DEFAULT_FRAMEWORK_KINDS = _term_lines(_DEFAULT_KIND_TERMS)

DEFAULT_USE_CASES = _term_lines(_DEFAULT_USE_CASE_TERMS)

DEFAULT_BATTERIES = _term_lines(_DEFAULT_BATTERY_TERMS)


def parse_terms(lines) -> list[tuple[str, str]]:
    """Turn ``token|Title`` lines into ``(token, title)`` pairs, skipping blanks."""
    terms = []
    for line in lines or ():
        if not (line or "").strip():
            continue
        token, _sep, title = line.partition("|")
        token = token.strip()
        terms.append((token, title.strip() or token))
    return terms


def check_term_lines(lines) -> bool:
    """Every line is ``token|Title`` with a well-formed token used only once,
    and a title after a ``|``::

        >>> check_term_lines(["api|"])
        Traceback (most recent call last):
        ...
        collective.frameworkguide.errors.EmptyTermTitle: ['api|']
    """
    for line in lines or ():
        token, separator, title = (line or "").partition("|")
        if separator and token.strip() and not title.strip():
            raise EmptyTermTitle(lines, line=line.strip())
    seen = set()
    for token, _title in parse_terms(lines):
        if not TOKEN_PATTERN.match(token) or token in seen:
            raise InvalidTermLine(lines)
        seen.add(token)
    if not seen:
        raise InvalidTermLine(lines)
    return True


def removed_tokens(old_lines, new_lines) -> list[str]:
    """The tokens of ``old_lines`` that ``new_lines`` no longer has::

    >>> removed_tokens(["crud|CRUD", "cms|CMS"], ["cms|Content sites"])
    ['crud']
    """
    kept = {token for token, _title in parse_terms(new_lines)}
    return [token for token, _title in parse_terms(old_lines) if token not in kept]


DEFAULT_REVIEW_INTERVAL_MONTHS = 12

REVIEW_INTERVAL_RECORD = f"{RECORD_PREFIX}.review_interval_months"

PACKAGE_INDEX_RECORD = f"{RECORD_PREFIX}.package_index_url"


def check_index_url(value: str) -> bool:
    """Empty (off), or an http(s) address checked as the profiles' are."""
    from collective.frameworkguide.content.validation import check_web_url

    return not value or check_web_url(value)


def _terms_field(title, description, default):
    return schema.List(
        title=title,
        description=description,
        value_type=schema.TextLine(),
        default=list(default),
        missing_value=[],
        required=True,
        constraint=check_term_lines,
    )


class IFrameworkGuideSettings(Interface):
    """Registry records ``collective.frameworkguide.*`` (see registry.xml)."""

    framework_kinds = _terms_field(
        _("Kinds of framework"),
        _("One per line as token|Title. Used by the profiles' “Kind” field."),
        DEFAULT_FRAMEWORK_KINDS,
    )

    use_cases = _terms_field(
        _("Use cases"),
        _(
            "One per line as token|Title. Used by “Best for”, the quick pick "
            "and the chooser."
        ),
        DEFAULT_USE_CASES,
    )

    batteries = _terms_field(
        _("Batteries"),
        _("One per line as token|Title. What a framework can ship built in."),
        DEFAULT_BATTERIES,
    )

    review_interval_months = schema.Int(
        title=_("Review interval (months)"),
        description=_(
            "How long a published profile stays current after its last review. "
            "New guides start with this value; each guide can set its own."
        ),
        default=DEFAULT_REVIEW_INTERVAL_MONTHS,
        min=1,
        max=120,
        required=True,
    )

    package_index_url = schema.TextLine(
        title=_("Package index URL"),
        description=_(
            "The JSON simple API of a package index, for example "
            "https://pypi.org/simple/ or a devpi mirror's …/+simple/. Empty: "
            "release checks are off."
        ),
        default="",
        missing_value="",
        required=False,
        constraint=check_index_url,
    )
