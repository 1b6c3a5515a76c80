"""A profile page's place in its guide, for the navigation beside it.

Profiles are not a displayed type (``registry/navigation.xml``; a guide may
hold a thousand, docs/decisions.rst), so Plone's navigation portlet lists
none of them. Left alone it would still list the one being shown, alone under
the guide: the portlet's strategy adds the current item and its parents to
the tree whatever their type. :class:`ProfileNavtreeStrategy` leaves them out,
so the navigation portlet reads the same on a guide and on its profiles, and
the guide's profiles portlet (``browser/profiles_portlet.py``) lists them,
a window of them at a time.

>>> profiles = [{"id": f"p{n}"} for n in range(10)]
>>> window = profile_window(profiles, "p8", size=4)
>>> [p["id"] for p in window["profiles"]]
['p6', 'p7', 'p8', 'p9']
>>> window["first"], window["last"], window["total"]
(7, 10, 10)
>>> [p["id"] for p in profile_window(profiles, "draft", size=3)["profiles"]]
['p0', 'p1', 'p2']
"""

from plone.app.portlets.portlets.navigation import NavtreeStrategy


class ProfileNavtreeStrategy(NavtreeStrategy):
    """The navigation portlet's strategy on a profile page, without the
    profile itself when its type is not displayed in the navigation."""

    def __init__(self, context, portlet):
        super().__init__(context, portlet)
        # Set on the instance by Plone's sitemap strategy.
        self.showAllParents = False


def profile_window(profiles: list[dict], current_id: str, size: int) -> dict:
    """At most ``size`` of ``profiles`` (in their order), the profile with
    ``current_id`` near the middle when it is among them, else the first.

    Answers the ``profiles`` shown, the positions of the first and the last
    of them (counted from 1) and the ``total``.
    """
    ids = [profile["id"] for profile in profiles]
    current = ids.index(current_id) if current_id in ids else 0
    start = max(0, min(current - size // 2, len(profiles) - size))
    shown = profiles[start : start + size]
    return {
        "profiles": shown,
        "first": start + 1,
        "last": start + len(shown),
        "total": len(profiles),
    }
