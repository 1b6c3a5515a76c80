"""Review of advice: reviewer desk, reader reports, reminders, advice history."""
