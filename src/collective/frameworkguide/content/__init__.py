"""The add-on's content types: FrameworkGuide (folder) and FrameworkProfile (item)."""

# Their portal_type names (profiles/default/types.xml), written nowhere else.
GUIDE_TYPE = "FrameworkGuide"
PROFILE_TYPE = "FrameworkProfile"
