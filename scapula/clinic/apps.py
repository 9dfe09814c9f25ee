"""Registers the clinic app."""

from django.apps import AppConfig


class ClinicConfig(AppConfig):
    """Clinic mode's records: invitations, the audit log, patient summaries and alerts."""

    name = "scapula.clinic"
    label = "clinic"
