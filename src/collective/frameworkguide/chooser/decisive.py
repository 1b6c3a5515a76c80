"""The verdicts on the guide's *decisive* criteria, shown with the chooser's
recommendations.

A decisive criterion's verdict is shown with every recommendation, with the
cell's note, apart from its reasons: it adds no points and is evidence the
reader weighs, while the score stays the sum of the rules answered in the
chooser (``scoring.py``).
"""

from collections.abc import Mapping
from collective.frameworkguide import _
from collective.frameworkguide.criteria import cell_of
from collective.frameworkguide.criteria import VERDICT_LABELS
from zope.i18nmessageid import Message


def decisive_verdicts(
    profile: Mapping, decisive: list[dict]
) -> list[tuple[Message, str, str]]:
    """``(message, criterion id, verdict)`` per decisive criterion (rows of the
    guide's ``criteria``), read from the catalog card's ``criteria``."""
    verdicts = []
    for row in decisive:
        cell = cell_of(profile.get("criteria"), row["id"])
        mapping = {
            "criterion": row["title"],
            "verdict": VERDICT_LABELS.get(cell["verdict"], cell["verdict"]),
            "note": cell["note"],
        }
        if cell["note"]:
            message = _(
                "reason_decisive_note",
                default="${criterion}: ${verdict}. ${note}",
                mapping=mapping,
            )
        else:
            message = _(
                "reason_decisive", default="${criterion}: ${verdict}.", mapping=mapping
            )
        verdicts.append((message, row["id"], cell["verdict"]))
    return verdicts
