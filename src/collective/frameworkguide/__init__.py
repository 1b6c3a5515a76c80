"""collective.frameworkguide: a reviewed guide to choosing a Python web framework."""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "collective.frameworkguide"

_ = MessageFactory(PACKAGE_NAME)
