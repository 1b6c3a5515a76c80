"""When cached pages go stale: invalidation of HTTP and RAM caches, purging.

Every page of ours depends on catalog data only, so the plone.app.caching
rulesets' ETags (which include Plone's catalog counter) change with every
publish, retract, archive or saved edit: a cached page never outlives the
advice it shows. Settings changes bump that counter too (``invalidation``).
Caching proxies keep the pages without asking Zope: ``purge`` tells
plone.cachepurging which paths to purge for each change.
"""
