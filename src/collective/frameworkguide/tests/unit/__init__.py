"""Tests that need no Plone site: plain logic, templates, scripts."""
