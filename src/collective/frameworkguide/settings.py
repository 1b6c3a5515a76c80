"""Site-wide settings (plone.registry records) and their defaults.

Each vocabulary is stored as ordered lines ``token|Title`` so that a Site
Administrator can add, rename and reorder terms in ``@@framework-guide-settings``
while tokens stored on profiles stay stable::

    >>> parse_terms(["crud|CRUD app"])
    [('crud', 'CRUD app')]
"""

from collective.frameworkguide import _
from zope import schema
from zope.interface import Interface

import re


RECORD_PREFIX = "collective.frameworkguide"

TOKEN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,49}$")

DEFAULT_FRAMEWORK_KINDS = [
    "micro|Micro-framework",
    "full-stack|Full-stack framework (batteries included)",
    "pluggable|Slim, pluggable core",
    "cms|Content management system",
]

DEFAULT_USE_CASES = [
    "one-page|One-page app",
    "crud|CRUD app",
    "unique|Unique application",
    "cms|CMS / content-managed site",
]

DEFAULT_BATTERIES = [
    "orm|ORM / database layer",
    "admin|Admin interface",
    "auth|Users and authentication",
    "permissions|Permissions",
    "workflow|Workflow",
    "forms|Forms",
    "templating|Templating",
    "i18n|Translations (i18n)",
    "migrations|Schema migrations",
    "search|Search",
    "caching|Caching",
    "rest-api|REST API",
]


class InvalidTermLine(schema.ValidationError):
    __doc__ = _(
        "Write one term per line as token|Title, for example crud|CRUD app. "
        "Tokens use lowercase letters, digits, - and _, and appear only once."
    )


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
    """Every line is ``token|Title`` with a well-formed token used only once."""
    seen = set()
    for token, _title in parse_terms(lines):
        if not TOKEN_PATTERN.match(token) or token in seen:
            raise InvalidTermLine(lines)
        seen.add(token)
    if not seen:
        raise InvalidTermLine(lines)
    return True


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
