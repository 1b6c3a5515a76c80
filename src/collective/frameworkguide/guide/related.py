"""Which other profiles to offer next to some chosen ones, best related first.

A profile page links to comparisons and the compare page lists profiles to
pick; with hundreds of profiles, listing them all would make every page heavy
and the list useless. Profiles of the same kind come first, then those sharing
a use case, then the rest, each group in title order (the catalog's order).

    >>> flask = {"id": "flask", "framework_kind": "micro", "use_cases": ["api"]}
    >>> django = {"id": "django", "framework_kind": "full", "use_cases": ["crud"]}
    >>> bottle = {"id": "bottle", "framework_kind": "micro", "use_cases": []}
    >>> [p["id"] for p in related_profiles([flask], [django, bottle, flask], 5)]
    ['bottle', 'django']
"""

from collections.abc import Iterator
from collections.abc import Sequence
from collective.frameworkguide.guide.published import published_profile_brains


def relatedness(profile: dict, chosen: Sequence[dict]) -> int:
    """0 for the same kind as a chosen profile, 1 for a shared use case, 2 else."""
    kinds = {p.get("framework_kind") for p in chosen} - {None, ""}
    use_cases = {u for p in chosen for u in (p.get("use_cases") or ())}
    if profile.get("framework_kind") in kinds:
        return 0
    if use_cases.intersection(profile.get("use_cases") or ()):
        return 1
    return 2


def related_profiles(
    chosen: Sequence[dict], profiles: Sequence[dict], limit: int
) -> list[dict]:
    """At most ``limit`` of ``profiles`` other than ``chosen``, best related
    first; ``sorted`` is stable, so each group keeps the catalog's order."""
    chosen_ids = {p["id"] for p in chosen}
    others = [p for p in profiles if p["id"] not in chosen_ids]
    return sorted(others, key=lambda p: relatedness(p, chosen))[:limit]


def related_brains(guide, own: dict, limit: int) -> list:
    """Catalog brains of at most ``limit`` published profiles of ``guide``
    other than ``own``, in the order of :func:`related_profiles`.

    Asks the catalog's ``framework_kind`` and ``use_cases`` indexes group by
    group with a ``sort_limit``, so a profile page of a large guide reads a
    few brains rather than every profile's card.
    """
    found, seen = [], {own["id"]}
    for brain in _related_candidates(guide, own, sort_limit=limit * 2 + 2):
        if brain.getId in seen:
            continue
        seen.add(brain.getId)
        found.append(brain)
        if len(found) == limit:
            break
    return found


def _related_candidates(guide, own: dict, sort_limit: int) -> Iterator:
    if own.get("framework_kind"):
        kind = own["framework_kind"]
        yield from published_profile_brains(
            guide, framework_kind=kind, sort_limit=sort_limit
        )
    if own.get("use_cases"):
        use_cases = list(own["use_cases"])
        yield from published_profile_brains(
            guide, use_cases=use_cases, sort_limit=sort_limit
        )
    yield from published_profile_brains(guide, sort_limit=sort_limit)
