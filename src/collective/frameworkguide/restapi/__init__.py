"""The REST API (plone.restapi): endpoints, serializers and deserializers."""
