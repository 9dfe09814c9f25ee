"""Set Django up on demand, so commands that do not need it start fast."""

import os

from scapula.core import ConfigError


def setup_django() -> None:
    """Configure Django with scapula's settings; a bad setting becomes a ConfigError."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scapula.config.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as error:
        raise ConfigError(str(error)) from error
