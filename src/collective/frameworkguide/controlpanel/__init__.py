"""The ``@@framework-guide-settings`` control panel."""
