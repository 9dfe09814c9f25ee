"""Accounts: the people who own records (the local owner, and later clinicians and patients)."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Registers the accounts app and its ownership system check."""

    name = "scapula.accounts"
    label = "accounts"

    def ready(self) -> None:
        """Register system checks and the log line for refused sign-ins."""
        from scapula.accounts import backends, checks  # noqa: F401
