"""RAM cache for page fragments and plain data, keyed on a digest of their inputs.

A fragment's key is the pickled data it is rendered from (plus the language),
not a guess at when that data may change: two requests that would render the
same table share one rendering, and any change in the data (a publish, an edit,
a new vocabulary title, another day for the freshness markers) is a new key.
There is nothing to invalidate, so a cached fragment can never be stale.

    >>> cached_fragment(("matrix", "en", {"rows": []}), lambda: "<table/>")
    '<table/>'
"""

from collections.abc import Callable
from plone.memoize.ram import global_cache

import hashlib
import pickle


NAMESPACE = "collective.frameworkguide.fragments"


def fragment_key(inputs) -> str:
    """A digest of ``inputs`` (anything picklable: dicts, Messages, dates)."""
    return hashlib.sha256(pickle.dumps(inputs, protocol=4)).hexdigest()


def cached_fragment(inputs, render: Callable[[], str]) -> str:
    """``render()``'s result for ``inputs``, rendered at most once per process
    while it stays in the (size-bounded) RAM cache."""
    key = {"fragment": fragment_key(inputs)}
    html = global_cache.query(NAMESPACE, key, None)
    if html is None:
        html = render()
        global_cache.set(html, NAMESPACE, key)
    return html
