"""Practice: the sessions people do, with their pain values, stored exactly once."""

from django.apps import AppConfig


class PracticeConfig(AppConfig):
    """Registers the practice app (not "sessions", which Django's own app uses)."""

    name = "scapula.practice"
    label = "practice"
