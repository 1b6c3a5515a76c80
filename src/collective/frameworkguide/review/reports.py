"""Reader reports ("outdated or wrong information") kept on a profile.

Reports are stored in an annotation of the profile, never in a field or the
catalog card, so neither the pages nor the REST API show them to visitors;
the reviewer desk lists the open ones and reviewers close them with a comment::

    report_id = add_report(profile, "Version 4 is out.", "", now)
    [r["id"] for r in open_reports(profile)] == [report_id]  # True
    close_report(profile, report_id, "reviewer-1", "Updated to 4.0.", now)

The per-address rate limit lives in the process's memory: it is a brake on
floods, not an account of who reported what (no address is stored).
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations

import threading
import time
import uuid


ANNOTATION_KEY = "collective.frameworkguide.reports"

MAX_MESSAGE_LENGTH = 2000
MAX_REPORTS_PER_WINDOW = 3
WINDOW_SECONDS = 3600

_recent: dict[str, list[float]] = {}
_lock = threading.Lock()


def allow_report(address: str, now: float | None = None) -> bool:
    """Whether ``address`` may send one more report now (and count it)."""
    now = time.time() if now is None else now
    with _lock:
        hits = [t for t in _recent.get(address, ()) if now - t < WINDOW_SECONDS]
        allowed = len(hits) < MAX_REPORTS_PER_WINDOW
        if allowed:
            hits.append(now)
        _recent[address] = hits
        if len(_recent) > 10000:  # forget idle addresses
            for key in [k for k, v in _recent.items() if not v]:
                del _recent[key]
        return allowed


def reset_rate_limit() -> None:
    with _lock:
        _recent.clear()


def _storage(profile, create=False):
    annotations = IAnnotations(profile)
    storage = annotations.get(ANNOTATION_KEY)
    if storage is None and create:
        storage = annotations[ANNOTATION_KEY] = OOBTree()
    return storage


def add_report(profile, message: str, email: str, now: datetime) -> str:
    """Store an open report; returns its id."""
    report_id = uuid.uuid4().hex[:12]
    _storage(profile, create=True)[report_id] = PersistentMapping(
        {
            "id": report_id,
            "created": now,
            "message": message[:MAX_MESSAGE_LENGTH],
            "email": email,
            "status": "open",
            "closed_by": None,
            "closed_on": None,
            "comment": "",
        }
    )
    return report_id


def reports(profile) -> list[dict]:
    """All reports, oldest first, as plain dicts."""
    storage = _storage(profile)
    if not storage:
        return []
    return sorted((dict(r) for r in storage.values()), key=lambda r: r["created"])


def open_reports(profile) -> list[dict]:
    return [r for r in reports(profile) if r["status"] == "open"]


def close_report(profile, report_id: str, userid: str, comment: str, now) -> bool:
    """Close an open report with the reviewer's comment; False if none."""
    storage = _storage(profile)
    report = storage.get(report_id) if storage else None
    if report is None or report["status"] != "open":
        return False
    report.update(status="closed", closed_by=userid, closed_on=now, comment=comment)
    return True
