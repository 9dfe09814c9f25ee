"""Set Django up on demand, so commands that do not need it start fast."""

import os

import click

from scapula.core import ConfigError


def setup_django(*, migrate: bool = True) -> None:
    """Configure Django and, unless told not to, bring the database up to date."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scapula.config.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as error:
        raise ConfigError(str(error)) from error
    if migrate:
        _migrate_if_needed()


def _migrate_if_needed() -> None:
    """Create or update the tables, as `scapula serve` does, reporting it on stderr."""
    from django.core.management import call_command

    from scapula.config.startup import has_pending_migrations

    # Without this, a command run before the first `scapula serve` would find no tables.
    if has_pending_migrations():
        click.echo("Updating the database...", err=True)
        call_command("migrate", interactive=False, verbosity=0)
