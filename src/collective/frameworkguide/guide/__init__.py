"""What visitors read of a guide: published profiles, card, comparison, matrix."""
