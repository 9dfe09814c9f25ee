"""Portability: exports (JSON, CSV, FHIR), import, backup and restore, and deletion."""

from django.apps import AppConfig


class PortabilityConfig(AppConfig):
    """Registers the portability app (no models of its own)."""

    name = "scapula.portability"
    label = "portability"
