"""HTTP caching of the guide's pages (plone.app.caching rulesets).

Every page of ours depends on catalog data only, so the rulesets' ETags (which
include Plone's catalog counter) change with every publish, retract, archive
or saved edit: a cached page never outlives the advice it shows.
"""
