"""Tests on a Plone site in one transaction (plone.app.testing integration layers)."""
