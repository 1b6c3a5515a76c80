"""When cached pages go stale: invalidation of HTTP and RAM caches.

Every page of ours depends on catalog data only, so the plone.app.caching
rulesets' ETags (which include Plone's catalog counter) change with every
publish, retract, archive or saved edit: a cached page never outlives the
advice it shows. Settings changes bump that counter too (``invalidation``).
"""
