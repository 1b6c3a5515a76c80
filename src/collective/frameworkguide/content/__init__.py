"""The add-on's content types: FrameworkGuide (folder) and FrameworkProfile (item)."""
