"""Upgrade steps of the default profile, one ``NNNN.zcml`` per target version."""
