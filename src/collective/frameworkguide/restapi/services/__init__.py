"""REST endpoints of the guide (plone.restapi), one sub-package per endpoint."""
