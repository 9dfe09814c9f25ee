"""Reminders: desk-break settings (clinical.md §4) and the private calendar feed."""

from django.apps import AppConfig


class RemindersConfig(AppConfig):
    """Registers the reminders app."""

    name = "scapula.reminders"
    label = "reminders"
