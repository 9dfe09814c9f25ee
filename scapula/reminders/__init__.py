"""Reminders: desk-break and session reminder settings, and the private calendar feed."""
