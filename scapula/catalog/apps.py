"""Registers the catalog with Django so a broken catalog stops start-up, not a page view."""

from django.apps import AppConfig


class CatalogConfig(AppConfig):
    """The catalog has no models: its data are the TOML files in data/."""

    name = "scapula.catalog"
    label = "catalog"

    def ready(self) -> None:
        """Register the catalog system check."""
        from scapula.catalog import checks  # noqa: F401
