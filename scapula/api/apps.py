"""The JSON API at /api/ (django-ninja), with one error shape for every 4xx."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    """Registers the API app."""

    name = "scapula.api"
    label = "scapula_api"
