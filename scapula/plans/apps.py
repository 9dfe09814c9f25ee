"""Plans: each person's self-assessment and the plans generated from it, with their history."""

from django.apps import AppConfig


class PlansConfig(AppConfig):
    """Registers the plans app."""

    name = "scapula.plans"
    label = "plans"
