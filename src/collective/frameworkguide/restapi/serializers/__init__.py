"""JSON shapes of the guide, the chooser and profiles, as registered adapters."""
