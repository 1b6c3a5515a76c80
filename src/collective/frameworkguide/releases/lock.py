"""One release check at a time, whatever the number of Zope instances.

The lease lives in the database (an annotation of the site), not in a
process: taking it is a transaction of its own that writes one persistent
object. Two runs that start together both write it, and the database refuses
the second commit (a write conflict, on FileStorage, ZEO and RelStorage
alike): that run stops without doing anything. A run that finds a lease
still valid stops too. A lease that outlived its run (a killed process)
expires after ``LEASE_SECONDS``. The lease also keeps the last run's summary,
which the view and ``@framework-guide`` show.
"""

from persistent import Persistent
from persistent.mapping import PersistentMapping
from ZODB.POSException import ConflictError
from zope.annotation.interfaces import IAnnotations

import time
import transaction


LOCK_KEY = "collective.frameworkguide.releases.lock"
LEASE_SECONDS = 30 * 60


class RunLease(Persistent):
    """Who holds the check until when, and how the last run ended."""

    holder = None
    until = 0.0
    finished = 0.0
    summary = None

    def held(self, now: float) -> bool:
        return self.holder is not None and self.until > now


def lease_of(site, create: bool = False) -> RunLease | None:
    annotations = IAnnotations(site)
    lease = annotations.get(LOCK_KEY)
    if lease is None and create:
        lease = annotations[LOCK_KEY] = RunLease()
    return lease


def acquire(site, holder: str, fresh_seconds: float | None = None) -> str | None:
    """Take the lease in a transaction of its own; ``None`` when taken, else
    why not: ``"running"`` (another run holds it, or took it at the same
    moment) or ``"fresh"`` (a run finished less than ``fresh_seconds`` ago).

    Whatever the current transaction holds is aborted first.
    """
    transaction.abort()
    transaction.begin()  # see what other instances committed
    now = time.time()
    lease = lease_of(site, create=True)
    if lease.held(now):
        transaction.abort()
        return "running"
    if fresh_seconds is not None and now - lease.finished < fresh_seconds:
        transaction.abort()
        return "fresh"
    lease.holder = holder
    lease.until = now + LEASE_SECONDS
    try:
        transaction.commit()
    except ConflictError:
        transaction.abort()
        return "running"
    return None


def release(site, holder: str, summary: dict) -> None:
    """Give the lease back, keeping the run's summary (committed)."""
    transaction.begin()
    lease = lease_of(site, create=True)
    if lease.holder == holder:
        lease.holder = None
        lease.until = 0.0
    lease.finished = time.time()
    lease.summary = PersistentMapping(summary)
    transaction.commit()


def last_run(site) -> dict | None:
    """The last finished run's summary (``None`` before the first)."""
    lease = lease_of(site)
    return dict(lease.summary) if lease is not None and lease.summary else None
