"""Settings changes invalidate cached guide pages too.

The vocabularies' titles live in the registry, not the catalog; bumping the
catalog counter when they change makes every ETag built on it change as well.
"""

from collective.frameworkguide.settings import RECORD_PREFIX
from plone import api


def bump_catalog_counter(event) -> None:
    """Subscriber for ``IRecordModifiedEvent`` of our records."""
    record = getattr(event, "record", None)
    if record is None or not record.__name__.startswith(f"{RECORD_PREFIX}."):
        return
    catalog = api.portal.get_tool("portal_catalog")
    catalog._increment_counter()
