"""Upgrade to 1002: criteria on guides and typed cells on profiles.

Both fields live in the Python schemas and read as empty (no criteria, every
cell ``unknown``) on content made before them, so nothing is written to the
guides or profiles. Only the catalog cards are recomputed, so they carry the
``criteria`` cells the matrix reads.
"""

from collective.frameworkguide.upgrades.v1001 import refresh_cards


def upgrade(context=None) -> None:
    """One step (1001 → 1002): the cards."""
    refresh_cards()
