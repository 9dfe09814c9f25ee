"""`scapula info`: where the data lives and how the app is configured."""

import click

from scapula import __version__
from scapula.cli.django_setup import setup_django


@click.command()
def info() -> None:
    """Show the version, mode, data directory and database in use."""
    setup_django(migrate=False)
    from django.conf import settings

    from scapula.config.startup import describe_database

    click.echo(f"scapula {__version__}")
    click.echo(f"mode:      {settings.SCAPULA_MODE.value}")
    click.echo(f"data dir:  {settings.DATA_DIR}")
    click.echo(f"database:  {describe_database()}")
