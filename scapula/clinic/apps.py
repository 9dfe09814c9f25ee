"""Registers the clinic app."""

from django.apps import AppConfig


class ClinicConfig(AppConfig):
    """Clinic mode's records: invitations, the audit log, patient summaries and alerts."""

    name = "scapula.clinic"
    label = "clinic"

    def ready(self) -> None:
        """Keep patient summaries and alerts current with every write (scapula.clinic.signals)."""
        from scapula.clinic import signals

        signals.connect()
