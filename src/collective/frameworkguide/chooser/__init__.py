"""The chooser: its questions, the scoring of profiles and the decisive criteria."""
