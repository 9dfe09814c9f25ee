"""Screening: stored safety screenings and clinician clearances, and the exercise gate."""

from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    """Registers the screening app."""

    name = "scapula.screening"
    label = "screening"
