"""Concurrent editing of profiles: no save silently overwrites another one.

Plone's locking (the ``plone.locking`` behavior) keeps a second editor out of
the edit form while the first has it open. It does not protect a form that is
already open: a lock that was stolen ("Unlock") or timed out, or a second
browser tab, lets a stale form be saved over newer content. ``stamp`` closes
that gap for the profile edit form.
"""
