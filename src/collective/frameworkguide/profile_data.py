"""Plain-data views of a profile, shared by the catalog, HTML views and REST.

>>> card = card_for(profile)  # doctest: +SKIP
>>> card["use_cases"]
['crud']
"""

from collective.frameworkguide.content.profile import RATING_FIELDS


CARD_FIELDS = (
    "framework_kind",
    "use_cases",
    "batteries",
    *RATING_FIELDS,
    "license",
    "latest_version",
    "first_release_year",
    "choose_when",
)

_SET_FIELDS = ("use_cases", "batteries")


def card_for(profile) -> dict:
    """The values of ``CARD_FIELDS``: sets as sorted lists, missing as ``None``."""
    card = {}
    for name in CARD_FIELDS:
        value = getattr(profile, name, None)
        if name in _SET_FIELDS:
            value = sorted(value or ())
        card[name] = value
    return card
