"""When advice is due for review, and what changed recently: pure date arithmetic.

A published profile is *stale* once its review interval (in months, from its
guide) has passed since ``last_reviewed``; a profile never reviewed is stale
too. The same interval says how long a profile counts as *new* (first
published) or *changed* (a verdict moved) in the matrix::

    >>> from datetime import date
    >>> add_months(date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    >>> is_stale(date(2024, 3, 1), 12, today=date(2025, 3, 1))
    False
    >>> is_stale(date(2024, 3, 1), 12, today=date(2025, 3, 2))
    True

Every function takes ``today`` so the tests freeze time by passing it.
"""

from collective.frameworkguide.settings import DEFAULT_REVIEW_INTERVAL_MONTHS
from collective.frameworkguide.settings import REVIEW_INTERVAL_RECORD
from datetime import date
from datetime import datetime

import calendar


DRAFT_IDLE_DAYS = 30


def as_date(value) -> date | None:
    """A ``date`` from a date, datetime, Zope DateTime or ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "asdatetime"):  # Zope's DateTime
        return value.asdatetime().date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` ahead, clamped to the end of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


def review_due(last_reviewed, months: int) -> date | None:
    """The day after which the profile is stale (``None`` if never reviewed)."""
    reviewed = as_date(last_reviewed)
    return add_months(reviewed, months) if reviewed else None


def is_stale(last_reviewed, months: int, today: date) -> bool:
    """Stale when the review is older than ``months`` (or there was none)."""
    due = review_due(last_reviewed, months)
    return due is None or today > due


def age_in_days(day, today: date) -> int | None:
    day = as_date(day)
    return (today - day).days if day else None


def is_recent(day, months: int, today: date) -> bool:
    """``day`` lies within the last ``months`` (for *new* and *changed*)."""
    day = as_date(day)
    return day is not None and add_months(day, months) >= today


def freshness(card: dict, months: int, today: date) -> dict:
    """What the matrix header and the desk show of a profile's card.

    ``card`` needs ``last_reviewed`` and may have ``first_published`` and
    ``last_changed`` (see ``guide.card.card_for``).
    """
    new = is_recent(card.get("first_published"), months, today)
    return {
        "stale": is_stale(card.get("last_reviewed"), months, today),
        "due": review_due(card.get("last_reviewed"), months),
        "new": new,
        "changed": not new and is_recent(card.get("last_changed"), months, today),
    }


def default_interval() -> int:
    """The control panel's review interval (12 when the record is missing)."""
    from plone import api

    try:
        value = api.portal.get_registry_record(REVIEW_INTERVAL_RECORD, default=None)
    except Exception:  # no site (scripts before setSite) or no registry
        value = None
    return int(value or DEFAULT_REVIEW_INTERVAL_MONTHS)


def interval_of(guide) -> int:
    """The guide's review interval in months, else the control panel's."""
    value = getattr(guide, "review_interval_months", None) if guide else None
    return int(value) if value else default_interval()


def today() -> date:
    """Today's date; the one place views ask, so tests can replace it."""
    return date.today()
