"""Web: the server-rendered pages and the shared layout."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    """Registers the web app."""

    name = "scapula.web"
    label = "web"
