"""Tests of collective.frameworkguide."""
