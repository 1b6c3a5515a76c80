"""JSON input of profiles and criteria: plone.restapi's deserializers plus our rules."""
