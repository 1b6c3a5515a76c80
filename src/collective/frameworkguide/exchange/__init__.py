"""Export a guide's profiles as JSON or CSV and import them back from JSON."""
