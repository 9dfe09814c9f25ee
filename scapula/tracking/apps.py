"""Tracking: the pain diary (and later the outcome measures)."""

from django.apps import AppConfig


class TrackingConfig(AppConfig):
    """Registers the tracking app."""

    name = "scapula.tracking"
    label = "tracking"
