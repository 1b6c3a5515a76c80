"""The chooser as a visitor reads it, and the REST answer put in the same terms.

``shown_on_page(html)`` reads ``@@framework-chooser``'s recommendations;
``shown_by_rest(data)`` turns ``@framework-chooser``'s JSON into the same shape,
so a test can say that both tell the same::

    self.assertEqual(shown_on_page(page.text), shown_by_rest(response.json()))

``add_use_case_nobody_is_for()`` gives the site a use case, *Web API*
(``api``), that no demo profile is recommended for.
"""

from collective.frameworkguide.settings import RECORD_PREFIX
from plone import api

import lxml.html
import re
import transaction


BADGES = {"best_match": "Best match", "tie": "Shares first place"}
USE_CASES_RECORD = f"{RECORD_PREFIX}.use_cases"


def add_use_case_nobody_is_for() -> str:
    """Add the use case *Web API* to the site's vocabulary (committed); its
    title."""
    lines = api.portal.get_registry_record(USE_CASES_RECORD)
    api.portal.set_registry_record(USE_CASES_RECORD, [*lines, "api|Web API"])
    transaction.commit()
    return "Web API"


def _words(element) -> str:
    return " ".join(element.text_content().split())


def _number(text: str) -> int:
    """The (possibly negative) integer in ``text``: "Score: −3 points" → -3."""
    match = re.search(r"([-−]?)\s*(\d+)", text)
    return -int(match[2]) if match[1] else int(match[2])


def _reason(text: str) -> dict:
    """ "Built in. (+2)" → {"message": "Built in.", "points": 2}."""
    match = re.fullmatch(r"(.*) \(([+−-])\s*(\d+)\)", text)
    points = int(match[3])
    return {"message": match[1], "points": points if match[2] == "+" else -points}


def shown_on_page(text: str) -> dict:
    """The outcome sentence and, per recommendation, its profile, the rank
    shown (``None`` when the page shows none), the badge, the score, the
    reasons for then against, and the decisive criteria shown apart."""
    page = lxml.html.fromstring(text)
    outcome = page.xpath("//*[contains(@class, 'framework-outcome')]")
    items = []
    for item in page.xpath("//li[contains(@class, 'framework-recommendation')]"):
        rank = item.xpath(".//*[contains(@class, 'framework-rank')]")
        score = item.xpath(".//*[contains(@class, 'framework-score')]")[0]
        badge = item.xpath(".//h3//*[contains(@class, 'badge')]")
        reasons = item.xpath(".//ul[contains(@class, 'framework-reasons')]/li")
        decisive = item.xpath(".//ul[contains(@class, 'framework-decisive-reasons')]")
        items.append(
            {
                "id": item.get("data-profile"),
                "rank": _number(_words(rank[0])) if rank else None,
                "badge": _words(badge[0]) if badge else None,
                "score": _number(_words(score)),
                "reasons": [_reason(_words(reason)) for reason in reasons],
                "decisive": len(decisive[0].xpath("./li")) if decisive else 0,
            }
        )
    return {"outcome": _words(outcome[0]) if outcome else None, "items": items}


def shown_by_rest(data: dict) -> dict:
    """``@framework-chooser``'s answer in the terms of :func:`shown_on_page`."""
    outcome = data["outcome"]
    token = outcome["token"] if outcome else None
    leaders = [leader["id"] for leader in outcome["leaders"]] if outcome else []
    items = []
    for item in data["items"]:
        reasons = item["reasons"]
        items.append(
            {
                "id": item["profile"]["id"],
                "rank": None if token == "no_match" else item["rank"],
                "badge": BADGES[token] if item["profile"]["id"] in leaders else None,
                "score": item["score"],
                "reasons": [r for r in reasons if r["points"] > 0]
                + [r for r in reasons if r["points"] < 0],
                "decisive": len(item["decisive_criteria"]),
            }
        )
    return {"outcome": outcome["message"] if outcome else None, "items": items}
