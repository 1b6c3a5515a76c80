"""The maintenance signal: how long since a framework's last release.

A profile's ``latest_release_date`` older than its guide's
``release_warning_months`` means visitors see "no release since …" and the
reviewer desk lists the profile::

    >>> from datetime import date
    >>> no_release_since(date(2024, 1, 10), 18, today=date(2025, 7, 10))
    False
    >>> no_release_since(date(2024, 1, 10), 18, today=date(2025, 7, 11))
    True
    >>> no_release_since(None, 18, today=date(2025, 7, 11))
    False
"""

from collective.frameworkguide.guide.freshness import add_months
from collective.frameworkguide.guide.freshness import as_date
from datetime import date


DEFAULT_WARNING_MONTHS = 18


def warning_months(guide) -> int:
    """The guide's threshold in months (18 for guides made before the field)."""
    value = getattr(guide, "release_warning_months", None) if guide else None
    return int(value) if value else DEFAULT_WARNING_MONTHS


def no_release_since(last_release, months: int, today: date) -> bool:
    """True when the last known release is older than ``months``."""
    day = as_date(last_release)
    return day is not None and add_months(day, months) < today


def release_signal(card: dict, months: int, today: date) -> dict:
    """What pages and JSON show of a profile's card: the last release's date
    and whether it is older than the guide's threshold."""
    last = as_date(card.get("latest_release_date"))
    return {
        "last_release": last,
        "no_release_since": no_release_since(last, months, today),
    }
