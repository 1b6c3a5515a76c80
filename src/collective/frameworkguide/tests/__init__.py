"""Tests of collective.frameworkguide: unit/, integration/, functional/, support/."""
