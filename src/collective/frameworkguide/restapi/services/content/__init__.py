"""``GET`` and ``PATCH`` of a profile with ETag preconditions."""
